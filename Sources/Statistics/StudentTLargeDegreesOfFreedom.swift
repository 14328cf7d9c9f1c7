import Foundation

extension StudentT {
    /// Degrees of freedom from which the t distribution is evaluated by its
    /// expansion around the normal distribution instead of the incomplete
    /// beta function, whose arguments lose resolution as `ν` grows.
    static let expansionThreshold = 1e10

    /// `P(|T| > |t|)` and `P(|T| < |t|)` for `ν ≥ expansionThreshold` from
    /// Fisher's expansion of the t distribution function in powers of `1/ν`,
    ///
    ///     P(T > t) = 1 − Φ(t) + φ(t) [ (t³ + t)/(4ν) + (3t⁷ − 7t⁵ − 5t³ − 3t)/(96ν²) ] + O(ν⁻³).
    ///
    /// The omitted term is of relative size `t¹²/ν³`, below `10⁻¹⁴` for all
    /// `t` whose tail probability is a normal double (`|t| < 38`).
    static func expansionTails(_ t: Double, degreesOfFreedom nu: Double)
        -> (twoSided: Double, central: Double)
    {
        let tt = abs(t)
        let t2 = tt * tt
        let correction = Normal.standardPDF(tt)
            * (tt * (t2 + 1) / (4 * nu) + tt * (((3 * t2 - 7) * t2 - 5) * t2 - 3) / (96 * nu * nu))
        let upper = Normal.standardSurvival(tt) + correction
        let central = erf(tt * 0.707_106_781_186_547_6) - 2 * correction
        return (2 * upper, central)
    }

    /// The density for `ν ≥ expansionThreshold`, the derivative of the
    /// expansion in `expansionTails`:
    ///
    ///     φ(t) [ 1 + (t⁴ − 2t² − 1)/(4ν) + (3t⁸ − 28t⁶ + 30t⁴ + 12t² + 3)/(96ν²) ].
    static func expansionDensity(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let t2 = t * t
        let first = ((t2 - 2) * t2 - 1) / (4 * nu)
        let second = ((((3 * t2 - 28) * t2 + 30) * t2 + 12) * t2 + 3) / (96 * nu * nu)
        return Normal.standardPDF(t) * (1 + first + second)
    }
}
