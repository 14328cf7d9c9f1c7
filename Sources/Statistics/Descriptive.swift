import Foundation

/// Descriptive statistics of a sample of `Double` values.
///
/// Every function validates its input first and throws instead of returning
/// a meaningless number: ``StatisticsError/emptyInput`` for an empty sample,
/// ``StatisticsError/nonFiniteValue(index:)`` for NaN or infinite entries, and
/// ``StatisticsError/insufficientData(required:actual:)`` where more values are
/// needed.
///
/// Sums are accumulated with Neumaier's compensated summation, and the mean
/// is refined by a second pass over the residuals, so results stay accurate
/// for data with a large common offset (for example values near `10⁹` that
/// differ in their last digits).
public enum Descriptive {
    /// The arithmetic mean `(1/n) Σ xᵢ`.
    ///
    /// - Throws: ``StatisticsError/emptyInput`` or ``StatisticsError/nonFiniteValue(index:)``.
    public static func mean(_ values: some Collection<Double>) throws -> Double {
        try validate(values, minimumCount: 1)
        return accurateMean(values)
    }

    /// The unbiased sample variance `Σ (xᵢ − x̄)² / (n − 1)`.
    ///
    /// Uses the corrected two-pass formula
    /// `(Σ dᵢ² − (Σ dᵢ)²/n) / (n − 1)` with `dᵢ = xᵢ − x̄`, whose second term
    /// removes the effect of the rounding error in `x̄`.
    ///
    /// - Throws: ``StatisticsError/insufficientData(required:actual:)`` for
    ///   fewer than two values, or ``StatisticsError/nonFiniteValue(index:)``.
    public static func variance(_ values: some Collection<Double>) throws -> Double {
        try validate(values, minimumCount: 2)
        let center = accurateMean(values)
        var squares = CompensatedSum()
        var deviations = CompensatedSum()
        for value in values {
            let deviation = value - center
            squares.add(deviation * deviation)
            deviations.add(deviation)
        }
        let n = Double(values.count)
        let sumOfSquares = squares.value - deviations.value * deviations.value / n
        return max(sumOfSquares, 0) / (n - 1)
    }

    /// The sample standard deviation, the square root of ``variance(_:)``.
    ///
    /// - Throws: The errors of ``variance(_:)``.
    public static func standardDeviation(_ values: some Collection<Double>) throws -> Double {
        try variance(values).squareRoot()
    }

    /// Throws unless `values` has at least `minimumCount` elements, all finite.
    static func validate(_ values: some Collection<Double>, minimumCount: Int) throws {
        if values.isEmpty { throw StatisticsError.emptyInput }
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw StatisticsError.nonFiniteValue(index: values.distance(from: values.startIndex, to: index))
        }
        if values.count < minimumCount {
            throw StatisticsError.insufficientData(required: minimumCount, actual: values.count)
        }
    }

    /// The mean of validated values: a compensated sum divided by `n` (or a
    /// sum of `xᵢ/n` when the plain sum would overflow), refined by adding the
    /// mean of the residuals.
    static func accurateMean(_ values: some Collection<Double>) -> Double {
        let n = Double(values.count)
        var sum = CompensatedSum()
        for value in values { sum.add(value) }
        var center = sum.value / n
        if !center.isFinite {
            var scaled = CompensatedSum()
            for value in values { scaled.add(value / n) }
            return scaled.value
        }
        var residual = CompensatedSum()
        for value in values { residual.add(value - center) }
        center += residual.value / n
        return center
    }
}
