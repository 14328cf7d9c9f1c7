/// The least-squares line `y = a + b x` through all points but one, and the overdispersion of
/// the others around it read as counts (Pearson's `Σ (y − ŷ)² / ŷ` over the degrees of
/// freedom, at least 1).
struct LeaveOneOutLine {
    let intercept: Double
    let slope: Double
    let dispersion: Double

    /// Nil when fewer than three points remain or the remaining `x` do not vary.
    init?(x: [Double], y: [Double], leaving left: Int) {
        let n = Double(x.count - 1)
        guard n >= 3 else { return nil }
        var sx = 0.0, sy = 0.0
        for i in x.indices where i != left { sx += x[i]; sy += y[i] }
        let mx = sx / n, my = sy / n
        var sxx = 0.0, sxy = 0.0
        for i in x.indices where i != left {
            sxx += (x[i] - mx) * (x[i] - mx)
            sxy += (x[i] - mx) * (y[i] - my)
        }
        guard sxx > 0 else { return nil }
        slope = sxy / sxx
        intercept = my - slope * mx
        var pearson = 0.0
        for i in x.indices where i != left {
            let fitted = max(intercept + slope * x[i], 0.5)
            pearson += (y[i] - fitted) * (y[i] - fitted) / fitted
        }
        dispersion = max(1, pearson / (n - 2))
    }

    /// The line's value at `x`.
    func predict(_ x: Double) -> Double { intercept + slope * x }
}
