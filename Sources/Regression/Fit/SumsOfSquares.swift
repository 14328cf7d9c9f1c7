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

    /// `Σ(yᵢ − ȳ)²` or `Σyᵢ²`, with the mean in double-double and each squared deviation
    /// summed by error-free transformations (two-sum, two-product, the compensated scheme of
    /// Ogita, Rump and Oishi): accurate as if computed in twice the working precision, at a
    /// third of the operations of a double-double loop.
    private static func unweightedTotal(_ y: [Double], centred: Bool) -> Double {
        y.withUnsafeBufferPointer { values in
            var mean = DoubleDouble.zero
            if centred {
                var sum = DoubleDouble.zero
                for value in values { sum += DoubleDouble(value) }
                mean = sum / DoubleDouble(Double(values.count))
            }
            var high = 0.0, low = 0.0
            for value in values {
                // The deviation as d + e, exact up to the rounding of mean.lo's subtraction.
                let (d, rest) = DoubleDouble.twoSum(value, -mean.hi)
                let e = rest - mean.lo
                let (square, squareError) = DoubleDouble.twoProduct(d, d)
                let (sum, sumError) = DoubleDouble.twoSum(high, square)
                high = sum
                low += sumError + squareError + (2 * d + e) * e
            }
            return high + low
        }
    }
}

extension DoubleDouble {
    /// The exact product of two doubles.
    static func product(_ a: Double, _ b: Double) -> DoubleDouble { DoubleDouble(a) * b }
}
