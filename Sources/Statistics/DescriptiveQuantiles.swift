import Foundation

extension Descriptive {
    /// `1/Φ⁻¹(¾)`, the factor that makes the median absolute deviation a
    /// consistent estimator of the standard deviation for normal data.
    public static let madNormalScale = 1.482_602_218_505_602

    /// The median, the type 7 quantile at `p = ½` (the middle value, or the
    /// mean of the two middle values).
    ///
    /// - Throws: ``StatisticsError/emptyInput`` or ``StatisticsError/nonFiniteValue(index:)``.
    public static func median(_ values: some Collection<Double>) throws -> Double {
        try quantile(values, 0.5)
    }

    /// The sample quantile of Hyndman & Fan's type 7, the default of R's
    /// `quantile` and NumPy's `quantile` (method `"linear"`).
    ///
    /// With the sorted values `x₍₀₎ ≤ … ≤ x₍ₙ₋₁₎`, `h = (n − 1) p`, `j = ⌊h⌋`
    /// and `g = h − j`, the result is `x₍ⱼ₎ + g (x₍ⱼ₊₁₎ − x₍ⱼ₎)`.
    ///
    /// - Parameters:
    ///   - values: The sample.
    ///   - p: The probability, in `[0, 1]`.
    /// - Throws: ``StatisticsError/invalidProbability(_:)``,
    ///   ``StatisticsError/emptyInput`` or ``StatisticsError/nonFiniteValue(index:)``.
    public static func quantile(_ values: some Collection<Double>, _ p: Double) throws -> Double {
        try quantiles(values, [p])[0]
    }

    /// Type 7 quantiles (see ``quantile(_:_:)``) for several probabilities,
    /// sorting the sample once.
    ///
    /// - Throws: The errors of ``quantile(_:_:)``.
    public static func quantiles(_ values: some Collection<Double>, _ probabilities: [Double]) throws -> [Double] {
        if let bad = probabilities.first(where: { !($0 >= 0 && $0 <= 1) }) {
            throw StatisticsError.invalidProbability(bad)
        }
        try validate(values, minimumCount: 1)
        let sorted = values.sorted()
        return probabilities.map { sortedQuantile(sorted, $0) }
    }

    /// The median absolute deviation `median(|xᵢ − median(x)|)`, multiplied by
    /// ``madNormalScale`` `= 1/Φ⁻¹(¾) ≈ 1.4826` when `scaled` is true.
    ///
    /// The scaled value estimates the standard deviation of normal data, the
    /// convention of R's `mad` and of SciPy's
    /// `median_abs_deviation(scale="normal")`. (R's default constant is the
    /// rounded `1.4826`, which differs from the exact factor by `1.5·10⁻⁶`
    /// relative.)
    ///
    /// - Throws: ``StatisticsError/emptyInput`` or ``StatisticsError/nonFiniteValue(index:)``.
    public static func mad(_ values: some Collection<Double>, scaled: Bool = true) throws -> Double {
        try validate(values, minimumCount: 1)
        let center = sortedQuantile(values.sorted(), 0.5)
        let deviations = values.map { abs($0 - center) }.sorted()
        let raw = sortedQuantile(deviations, 0.5)
        return scaled ? raw * madNormalScale : raw
    }

    /// Type 7 interpolation in an already sorted, non-empty array.
    ///
    /// The interpolation is written as `b − (b − a)(1 − g)` for `g ≥ ½`, so
    /// that `g = 1` returns `b` exactly and the result is monotone in `p`.
    static func sortedQuantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let j = min(Int(h.rounded(.down)), sorted.count - 1)
        let g = h - Double(j)
        guard g > 0, j + 1 < sorted.count else { return sorted[j] }
        let a = sorted[j], b = sorted[j + 1]
        return g < 0.5 ? a + (b - a) * g : b - (b - a) * (1 - g)
    }
}
