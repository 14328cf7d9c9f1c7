import Foundation

extension Normal {
    /// The standard normal density `φ(z) = e^(−z²/2)/√(2π)`.
    ///
    /// `z²` is split into its rounded value and rounding error (by a fused
    /// multiply-add) so that the exponent is exact; otherwise the relative
    /// error of `φ(z)` would grow like `z² ε`.
    public static func standardPDF(_ z: Double) -> Double {
        guard z.isFinite else { return z.isNaN ? .nan : 0 }
        let square = z * z
        let squareError = fma(z, z, -square)
        return inverseSqrtTwoPi * exp(-0.5 * square) * exp(-0.5 * squareError)
    }

    /// The standard normal distribution function `Φ(z) = P(Z ≤ z)`.
    public static func standardCDF(_ z: Double) -> Double {
        if z.isNaN { return .nan }
        return z <= 0 ? upperTail(-z) : 1 - upperTail(z)
    }

    /// The standard normal survival function `1 − Φ(z) = P(Z > z)`, computed
    /// directly for full relative accuracy in the upper tail.
    public static func standardSurvival(_ z: Double) -> Double {
        if z.isNaN { return .nan }
        return z >= 0 ? upperTail(z) : 1 - upperTail(-z)
    }

    /// The standard normal quantile `Φ⁻¹(p)`.
    ///
    /// - Returns: `−∞` for `p = 0`, `+∞` for `p = 1`, `.nan` for `p` outside
    ///   `[0, 1]` or NaN.
    public static func standardQuantile(_ p: Double) -> Double {
        if let end = ProbabilityArgument.boundaryResult(p, lower: -.infinity, upper: .infinity) {
            return end
        }
        return wichuraQuantile(p)
    }

    /// The standard normal inverse survival function: the `z` with
    /// `P(Z > z) = q`, equal to `−Φ⁻¹(q)` by symmetry.
    public static func standardInverseSurvival(_ q: Double) -> Double {
        -standardQuantile(q)
    }

    /// `P(Z > z) = ½ erfc(z/√2)` for `z ≥ 0`.
    ///
    /// The argument `h = z/√2` is rounded; its error `δ`, recovered with a
    /// fused multiply-add and the tail of the constant `1/√2`, enters through
    /// `erfc(h + δ) ≈ erfc(h) − δ (2/√π) e^(−h²)`. Without this correction the
    /// relative error would be about `z² ε`, some `10⁻¹³` near `z = 37`.
    static func upperTail(_ z: Double) -> Double {
        if z.isInfinite { return 0 }
        let h = z * inverseSqrtTwoHigh
        let hError = fma(z, inverseSqrtTwoHigh, -h) + z * inverseSqrtTwoLow
        let correction = hError * twoOverSqrtPi * exp(-h * h)
        return 0.5 * (erfc(h) - correction)
    }

    /// `1/√2` rounded to double precision.
    private static let inverseSqrtTwoHigh = 0.707_106_781_186_547_6
    /// `1/√2 − inverseSqrtTwoHigh`.
    private static let inverseSqrtTwoLow = -4.833_646_656_726_456_5e-17
    /// `2/√π`.
    private static let twoOverSqrtPi = 1.128_379_167_095_512_6
    /// `1/√(2π)`.
    private static let inverseSqrtTwoPi = 0.398_942_280_401_432_7
}
