import LinearAlgebra

/// Total sums of squares, accumulated in double-double so that `R²` keeps its digits for
/// near-perfect fits.
enum SumsOfSquares {
    /// `Σ wᵢ(yᵢ − ȳ_w)²` (centred) or `Σ wᵢyᵢ²` (uncentred).
    static func total(_ y: [Double], weights: [Double], centred: Bool) -> Double {
        var mean = DoubleDouble.zero
        if centred {
            var weighted = DoubleDouble.zero, total = DoubleDouble.zero
            for (value, weight) in zip(y, weights) {
                weighted += DoubleDouble.product(value, weight)
                total += DoubleDouble(weight)
            }
            mean = weighted / total
        }
        var sum = DoubleDouble.zero
        for (value, weight) in zip(y, weights) {
            let deviation = DoubleDouble(value) - mean
            sum += deviation * deviation * weight
        }
        return sum.value
    }
}

extension DoubleDouble {
    /// The exact product of two doubles.
    static func product(_ a: Double, _ b: Double) -> DoubleDouble { DoubleDouble(a) * b }
}
