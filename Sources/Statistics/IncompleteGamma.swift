import Foundation

extension SpecialFunctions {
    /// The regularized lower incomplete gamma function
    /// `P(a, x) = (1/Γ(a)) ∫₀ˣ tᵃ⁻¹ e⁻ᵗ dt`.
    ///
    /// - Parameters:
    ///   - a: The shape, `0 < a ≤ 10¹³`.
    ///   - x: The upper limit, `x ≥ 0` (`+∞` gives 1).
    /// - Returns: `P(a, x)` with full relative accuracy, or `.nan` outside the domain.
    public static func regularizedGammaP(a: Double, x: Double) -> Double {
        incompleteGammaTails(a: a, x: x).lower
    }

    /// The regularized upper incomplete gamma function
    /// `Q(a, x) = 1 − P(a, x) = (1/Γ(a)) ∫ₓ^∞ tᵃ⁻¹ e⁻ᵗ dt`, computed directly
    /// (not by subtraction) so that tiny upper tails keep their relative accuracy.
    ///
    /// - Parameters:
    ///   - a: The shape, `0 < a ≤ 10¹³`.
    ///   - x: The lower limit, `x ≥ 0` (`+∞` gives 0).
    /// - Returns: `Q(a, x)`, or `.nan` outside the domain.
    public static func regularizedGammaQ(a: Double, x: Double) -> Double {
        incompleteGammaTails(a: a, x: x).upper
    }

    /// Both tails `P(a, x)` and `Q(a, x)`.
    ///
    /// For `x < a + 1` the power series of `P` converges quickly; beyond, the
    /// Legendre continued fraction of `Q` does. The other tail is `1 − value`
    /// when `value ≤ gammaComplementThreshold`; otherwise (small `a`, where
    /// almost all mass lies below `x`) it is evaluated by its own expansion.
    static func incompleteGammaTails(a: Double, x: Double) -> (lower: Double, upper: Double) {
        guard a > 0, a <= maximumGammaShape, x >= 0 else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if x.isInfinite { return (1, 0) }
        if x < a + 1 {
            guard let lower = gammaSeriesLower(a: a, x: x) else { return (.nan, .nan) }
            if lower <= gammaComplementThreshold { return (lower, 1 - lower) }
            if a < 1, x <= 1 { return (lower, gammaSmallShapeUpper(a: a, x: x)) }
            return (lower, gammaFractionUpper(a: a, x: x) ?? (1 - lower))
        }
        guard let upper = gammaFractionUpper(a: a, x: x) else { return (.nan, .nan) }
        if upper <= gammaComplementThreshold { return (1 - upper, upper) }
        return (gammaSeriesLower(a: a, x: x) ?? (1 - upper), upper)
    }

    /// The largest shape handled: the expansions need about `9√a` terms near
    /// the peak, and beyond `10¹³` neither that cost nor the resolution of
    /// `x − a` in double precision is adequate. Larger shapes give NaN.
    static let maximumGammaShape = 1e13

    /// The largest tail value whose complement is formed as `1 − value`; the
    /// subtraction then amplifies relative errors by at most a factor 9.
    static let gammaComplementThreshold = 0.9

    /// `Q(a, x)` for `a < 1`, `x ≤ 1`, where `P(a, x)` is close to 1.
    ///
    /// Integrating `e⁻ᵗ = Σ (−t)ⁿ/n!` term by term gives
    /// `P(a, x) = (xᵃ/Γ(a + 1)) (1 + a Σₙ₌₁ (−x)ⁿ/(n! (a + n)))`, so with
    /// `w = a ln x − ln Γ(a + 1)`
    ///
    ///     Q(a, x) = −expm1(w) − eʷ a Σₙ₌₁ (−x)ⁿ/(n! (a + n)).
    ///
    /// For `x ≤ 1` the alternating sum has no significant cancellation, and
    /// `expm1` keeps the small difference `1 − xᵃ/Γ(a + 1)` exact.
    static func gammaSmallShapeUpper(a: Double, x: Double) -> Double {
        let w = a * log(x) - logGamma(a + 1)
        var power = 1.0
        var sum = 0.0
        var n = 0.0
        while true {
            n += 1
            power *= -x / n
            let term = power / (a + n)
            sum += term
            if abs(term) <= 0.5 * Double.ulpOfOne * abs(sum) { break }
        }
        return -expm1(w) - exp(w) * a * sum
    }

    /// `P(a, x) = xᵃ e⁻ˣ / Γ(a + 1) · Σₙ xⁿ / ((a + 1)(a + 2)…(a + n))`.
    ///
    /// All terms are positive; once `a + n > x` they decrease geometrically.
    /// About `9√a` terms are needed near `x ≈ a`; `nil` is returned if the
    /// sum has not converged within a budget well above that.
    static func gammaSeriesLower(a: Double, x: Double) -> Double? {
        let logFront = logGammaPowerTerm(a: a, x: x) - log(a)
        if logFront < -800 { return 0 }
        let budget = 20_000.0 + 40 * min(a.squareRoot(), 1e6) + 2 * min(x, 1e7)
        var term = 1.0
        var sum = 1.0
        var denominator = a
        var count = 0.0
        repeat {
            denominator += 1
            term *= x / denominator
            sum += term
            count += 1
            if count > budget { return nil }
        } while !(term <= 0.5 * Double.ulpOfOne * sum && denominator > x)
        let value = exp(logFront) * sum
        return value >= 1e-300 ? value : exp(logFront + log(sum))
    }

    /// `Q(a, x)` from the Legendre continued fraction
    ///
    ///     Q(a, x) = xᵃ e⁻ˣ / Γ(a) · 1/(x + 1 − a − 1(1 − a)/(x + 3 − a − 2(2 − a)/(x + 5 − a − …))).
    static func gammaFractionUpper(a: Double, x: Double) -> Double? {
        let logFront = logGammaPowerTerm(a: a, x: x)
        if logFront < -800 { return 0 }
        let budget = 20_000 + 40 * Int(min(sqrt(a), 1e6)) + Int(min(40 / x, 1e6))
        let fraction = ContinuedFraction.evaluate(b0: x + 1 - a, maxTerms: budget) { n in
            let k = Double(n)
            return (-k * (k - a), x + 2 * k + 1 - a)
        }
        guard let fraction else { return nil }
        let value = exp(logFront) / fraction
        return value >= 1e-300 ? value : exp(logFront - log(fraction))
    }
}
