import Foundation

/// Rosner's generalized extreme Studentized deviate test for up to `maxOutliers` outliers,
/// one-sided (values far above the rest).
enum GeneralizedESD {
    /// An outlier and the p-value of the step that declared it.
    struct Outlier: Equatable {
        let index: Int
        let statistic: Double
        let pValue: Double
    }

    /// The level at which a step's statistic `R` among `m` remaining values just reaches
    /// Rosner's one-sided critical value: `λ = (m − 1) t / √((m − 2 + t²) m)` solved for `t`,
    /// then `m · P(T ≥ t)` with `m − 2` degrees of freedom.
    static func stepPValue(statistic r: Double, remaining: Int) -> Double {
        let m = Double(remaining)
        let denominator = (m - 1) * (m - 1) - r * r * m
        guard denominator > 0 else { return 0 }
        let t = (r * r * (m - 2) * m / denominator).squareRoot()
        return min(1, m * TailProbability.studentUpper(t, degreesOfFreedom: m - 2))
    }

    /// The outliers at level `alpha`, in the order they were removed. Each outlier's p-value is
    /// the smallest over the steps that include it (step `j` declares the first `j` removed
    /// values outliers): `p_j = min(1, 2(n − j + 1) · P(T ≥ t_j))`, the level at which the
    /// statistic `R_j` would just reach Rosner's critical value `λ_j` (one-sided: `n − j + 1`).
    /// - Parameter minimumScale: a floor under each step's standard deviation (the counting
    ///   noise of counts, whose remaining values may all be equal; see ``CountNoise``).
    static func test(_ values: [Double], maxOutliers: Int, alpha: Double = 0.05, minimumScale: Double = 0) -> [Outlier] {
        let n = values.count
        guard n >= 8, maxOutliers >= 1 else { return [] }
        var remaining = Array(values.indices)
        var steps: [(index: Int, statistic: Double, p: Double)] = []
        for step in 1...min(maxOutliers, n - 3) {
            let sample = remaining.map { values[$0] }
            let mean = sample.reduce(0, +) / Double(sample.count)
            let variance = sample.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(sample.count - 1)
            let scale = max(variance.squareRoot(), minimumScale)
            guard scale > 0, let top = remaining.max(by: { values[$0] < values[$1] }) else { break }
            let r = (values[top] - mean) / scale
            steps.append((top, r, stepPValue(statistic: r, remaining: n - step + 1)))
            remaining.removeAll { $0 == top }
        }
        guard let last = steps.lastIndex(where: { $0.p <= alpha }) else { return [] }
        return (0...last).map { i in
            Outlier(index: steps[i].index, statistic: steps[i].statistic, pValue: steps[i...last].map(\.p).min() ?? 1)
        }
    }
}
