/// The least-squares line `y = a + b x` through all points but those left out, and the
/// overdispersion of the others around it read as counts (Pearson's `Σ (y − ŷ)² / ŷ` over the
/// degrees of freedom, at least 1).
struct LeaveOutLine {
    let intercept: Double
    let slope: Double
    let dispersion: Double
    /// The same with each point's term capped at 10, so that one odd week does not excuse
    /// another (as for ``BinomialStep`` and ``PoissonStep``).
    let cappedDispersion: Double

    /// Nil when fewer than three points remain or the remaining `x` do not vary.
    init?(x: [Double], y: [Double], leaving left: Set<Int>) {
        let kept = x.indices.filter { !left.contains($0) }
        let n = Double(kept.count)
        guard n >= 3 else { return nil }
        let mx = kept.reduce(0) { $0 + x[$1] } / n, my = kept.reduce(0) { $0 + y[$1] } / n
        var sxx = 0.0, sxy = 0.0
        for i in kept {
            sxx += (x[i] - mx) * (x[i] - mx)
            sxy += (x[i] - mx) * (y[i] - my)
        }
        guard sxx > 0 else { return nil }
        slope = sxy / sxx
        intercept = my - slope * mx
        var pearson = 0.0, capped = 0.0
        for i in kept {
            let fitted = max(intercept + slope * x[i], 0.5)
            let term = (y[i] - fitted) * (y[i] - fitted) / fitted
            pearson += term
            capped += min(10, term)
        }
        dispersion = max(1, pearson / (n - 2))
        cappedDispersion = max(1, capped / (n - 2))
    }

    /// The line's value at `x`.
    func predict(_ x: Double) -> Double { intercept + slope * x }
}
