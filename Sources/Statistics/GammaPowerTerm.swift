import Foundation

extension SpecialFunctions {
    /// `ln( xᵃ e⁻ˣ / Γ(a) )`, the factor in front of the expansions of the
    /// incomplete gamma function and, divided by `x`, the gamma density.
    ///
    /// Stirling's formula `Γ(a) = √(2π) a^(a−½) e^(−a) e^(μ(a))` gives
    ///
    ///     xᵃ e⁻ˣ / Γ(a) = √(a / 2π) · exp( a (ln(1 + u) − u) − μ(a) ),   u = (x − a)/a,
    ///
    /// whose exponent has no cancellation, unlike `a ln x − x − ln Γ(a)`, where
    /// three terms of size `a ln a` combine to a result of size `(x − a)²/a`.
    /// For `a/2 ≤ x ≤ 2a` the difference `x − a` is exact (Sterbenz), so `u`
    /// is exact to one rounding; outside that range the exponent is written as
    /// `a ln(x/a) + (a − x)`, whose two terms cannot cancel by more than a
    /// factor of about six.
    static func logGammaPowerTerm(a: Double, x: Double) -> Double {
        let exponent: Double
        if x >= 0.5 * a, x <= 2 * a {
            exponent = a * log1pMinusX((x - a) / a)
        } else {
            let ratio = x / a
            let logRatio = ratio.isFinite && ratio > 0 ? log(ratio) : log(x) - log(a)
            exponent = a * logRatio + (a - x)
        }
        let halfLogTwoPi = 0.918_938_533_204_672_741_78
        return 0.5 * log(a) - halfLogTwoPi + exponent - stirlingRemainder(a)
    }
}
