import LinearAlgebra

/// Total sums of squares, accumulated in double-double so that `R²` keeps its digits for
/// near-perfect fits.
enum SumsOfSquares {
    /// `Σ wᵢ(yᵢ − ȳ_w)²` (centred) or `Σ wᵢyᵢ²` (uncentred); all weights 1 when `nil`.
    static func total(_ y: [Double], weights: [Double]?, centred: Bool) -> Double {
        guard let weights else { return unweightedTotal(y, centred: centred) }
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

    /// `Σ(yᵢ − ȳ)²` or `Σyᵢ²`, accurate as if computed in twice the working precision.
    ///
    /// The deviations are taken from the plain double mean `m`, each exactly as `d + e` by a
    /// two-sum, and their squares summed by error-free transformations (two-sum, two-product:
    /// the compensated scheme of Ogita, Rump and Oishi). The mean's rounding is then removed
    /// exactly by `Σ(yᵢ − ȳ)² = Σ(yᵢ − m)² − (Σ(yᵢ − m))²/n` (uncentred: `m = 0`, no correction); `Σ(yᵢ − m)` is tiny, so its own
    /// rounding does not matter. This needs no double-double mean.
    private static func unweightedTotal(_ y: [Double], centred: Bool) -> Double {
        y.withUnsafeBufferPointer { values in
            var mean = 0.0
            if centred {
                for value in values { mean += value }
                mean /= Double(values.count)
            }
            var high = 0.0, low = 0.0, shift = 0.0
            for value in values {
                let (d, e) = DoubleDouble.twoSum(value, -mean)
                let (square, squareError) = DoubleDouble.twoProduct(d, d)
                let (sum, sumError) = DoubleDouble.twoSum(high, square)
                high = sum
                low += sumError + squareError + (2 * d + e) * e
                shift += d + e
            }
            return centred ? high + (low - shift * shift / Double(values.count)) : high + low
        }
    }
}

extension DoubleDouble {
    /// The exact product of two doubles.
    static func product(_ a: Double, _ b: Double) -> DoubleDouble { DoubleDouble(a) * b }
}
