import Foundation

extension SpecialFunctions {
    /// `(p/(p + q), q/(p + q))` for positive `p = pHigh + pLow` and
    /// `q = qHigh + qLow`, each correct to about one rounding.
    ///
    /// The beta-function arguments of the t and F distributions,
    /// `x = ν/(ν + t²)` and `y = t²/(ν + t²)` or `x = d₁f/(d₁f + d₂)` and
    /// `y = d₂/(d₁f + d₂)`, multiply their rounding error by the exponent of
    /// the tail, which is several hundred far out in the tails. Forming `t²`
    /// or `d₁f` exactly as a pair (with a fused multiply-add), adding with the
    /// exact two-sum, and correcting each quotient by its residual keeps that
    /// error at a single rounding.
    static func complementaryFractions(
        pHigh: Double, pLow: Double, qHigh: Double, qLow: Double
    ) -> (x: Double, y: Double) {
        let sumHigh = pHigh + qHigh
        let sumLow = twoSumError(pHigh, qHigh, sum: sumHigh) + pLow + qLow
        let x = pHigh / sumHigh
        let xCorrection = (fma(-x, sumHigh, pHigh) + pLow - x * sumLow) / sumHigh
        let y = qHigh / sumHigh
        let yCorrection = (fma(-y, sumHigh, qHigh) + qLow - y * sumLow) / sumHigh
        return (x + xCorrection, y + yCorrection)
    }

    /// The exact product `a · b` as a rounded value and its rounding error.
    static func exactProduct(_ a: Double, _ b: Double) -> (high: Double, low: Double) {
        let high = a * b
        return (high, fma(a, b, -high))
    }
}
