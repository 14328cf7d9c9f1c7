import Foundation

/// Safeguarded Newton iteration that inverts a monotone probability function
/// on the positive half-line.
///
/// The quantiles of the t (by symmetry), F and chi-square distributions are
/// all roots `x > 0` of `g(x) = target`, where `g` is a directly computed tail
/// probability: increasing (a lower tail) or decreasing (an upper tail).
/// The iteration works on `h(x) = ±(ln g(x) − ln target)` as a function of
/// `ln x`. In these coordinates the power-law tails of the t and F
/// distributions are straight lines, so Newton's method is nearly exact far
/// out in the tails, and the relative accuracy of `g` translates directly
/// into relative accuracy of the root. Each step updates `x` by the factor
/// `exp(−h / (dh/d ln x))`, so the iterate keeps full precision even when
/// `|ln x|` is large.
///
/// The root stays inside a bracket `[low, high]` that every evaluation
/// shrinks; a Newton step that would leave it is replaced by a geometric
/// bisection (or by a jump of a factor 16 while one end is still open).
enum QuantileSolver {
    /// Whether the probability function rises or falls with `x`.
    enum Monotonicity {
        case increasing
        case decreasing
    }

    /// Finds `x > 0` with `probability(x) = target`.
    ///
    /// - Parameters:
    ///   - target: A probability in `(0, 1)`.
    ///   - monotonicity: Whether `probability` rises or falls with `x`.
    ///   - start: A positive initial guess.
    ///   - probability: Returns the probability and the density `|dg/dx|` at `x`.
    static func solve(
        target: Double, monotonicity: Monotonicity, start: Double,
        probability: (Double) -> (value: Double, density: Double)
    ) -> Double {
        let logTarget = log(target)
        let sign: Double = monotonicity == .increasing ? 1 : -1
        var low = 0.0
        var high = Double.infinity
        var x = start.isFinite && start > 0 ? start : 1
        var previousStep = Double.infinity
        for _ in 0..<400 {
            let (value, density) = probability(x)
            if value.isNaN { return .nan }
            let h = sign * (log(value) - logTarget)
            if h == 0 { return x }
            if h < 0 { low = x } else { high = x }
            if high <= low * (1 + 2 * Double.ulpOfOne) { return x }
            // Newton step in ln x: dh/d(ln x) = x · density / value.
            let step = -h / (x * density / value)
            let candidate = x * exp(step)
            // A root beyond the range of Double: report the end of the range.
            if step.isFinite, candidate == 0, low == 0 { return 0 }
            if step.isFinite, candidate.isInfinite, high.isInfinite { return .infinity }
            if step.isFinite, candidate > low, candidate < high {
                let converged = abs(step) <= 2 * Double.ulpOfOne
                let stalled = abs(step) < 1e-12 && abs(step) > 0.5 * previousStep
                if converged || stalled { return candidate }
                previousStep = abs(step)
                x = candidate
            } else {
                previousStep = .infinity
                x = bisect(low: low, high: high)
            }
        }
        return x
    }

    /// A trial point inside the bracket: the geometric mean of a finite
    /// bracket, or a factor-16 move away from its closed end.
    private static func bisect(low: Double, high: Double) -> Double {
        if high.isInfinite { return low * 16 }
        if low == 0 { return high / 16 }
        if high < 2 * low { return low + 0.5 * (high - low) }
        return exp(0.5 * (log(low) + log(high)))
    }
}
