/// Safeguarded Newton iteration for quantiles.
enum RootFinding {
    /// Solves `survival(x) = target` for a decreasing `survival` with derivative `−density`,
    /// bracketing the root and falling back to bisection when a Newton step leaves the bracket.
    static func decreasing(target: Double, start: Double, survival: (Double) -> Double,
                           density: (Double) -> Double) -> Double {
        var low = start, high = start
        var step = 1.0
        while survival(low) < target { low -= step; step *= 2 }
        step = 1.0
        while survival(high) > target { high += step; step *= 2 }
        var x = min(max(start, low), high)
        for _ in 0..<200 {
            let f = survival(x) - target
            if f == 0 { return x }
            if f > 0 { low = x } else { high = x }
            let slope = -density(x)
            var next = slope != 0 ? x - f / slope : .nan
            if !(next > low && next < high) { next = 0.5 * (low + high) }
            if abs(next - x) <= 1e-15 * max(1, abs(x)) { return next }
            x = next
        }
        return x
    }
}
