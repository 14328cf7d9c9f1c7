import Foundation

extension SpecialFunctions {
    /// The regularized incomplete beta function
    /// `I_x(a, b) = (1/B(a, b)) ∫₀ˣ tᵃ⁻¹ (1 − t)ᵇ⁻¹ dt`.
    ///
    /// - Parameters:
    ///   - a: First shape parameter, `0 < a ≤ 10¹⁵`.
    ///   - b: Second shape parameter, `0 < b ≤ 10¹⁵`.
    ///   - x: The upper limit, in `[0, 1]`.
    /// - Returns: `I_x(a, b)` with full relative accuracy, or `.nan` for
    ///   arguments outside the domain.
    public static func regularizedIncompleteBeta(a: Double, b: Double, x: Double) -> Double {
        incompleteBetaTails(a: a, b: b, x: x, y: 1 - x).lower
    }

    /// The complement `1 − I_x(a, b) = I_{1−x}(b, a)` of the regularized
    /// incomplete beta function, computed directly (not by subtraction) so
    /// that tiny upper-tail values keep their relative accuracy.
    ///
    /// - Parameters:
    ///   - a: First shape parameter, `0 < a ≤ 10¹⁵`.
    ///   - b: Second shape parameter, `0 < b ≤ 10¹⁵`.
    ///   - x: The lower limit of the upper tail, in `[0, 1]`.
    /// - Returns: `1 − I_x(a, b)`, or `.nan` for arguments outside the domain.
    public static func regularizedIncompleteBetaComplement(a: Double, b: Double, x: Double) -> Double {
        incompleteBetaTails(a: a, b: b, x: x, y: 1 - x).upper
    }

    /// Both tails `I_x(a, b)` and `1 − I_x(a, b)`, given `x` and `y = 1 − x`
    /// separately so that callers who know the smaller of the two to full
    /// relative precision (for example `y = t²/(ν + t²)`) do not lose it.
    ///
    /// The continued fraction for `I_x(a, b)` converges quickly for
    /// `x < (a + 1)/(a + b + 2)`; beyond that point the reflection
    /// `1 − I_x(a, b) = I_y(b, a)` puts the fraction on its fast side. The
    /// tail obtained from the fraction is the smaller one except in skewed
    /// cases; when it exceeds `betaComplementThreshold`, the other tail is not
    /// formed by subtraction (which would lose relative accuracy) but by its
    /// own expansion (see `slowSideTail`).
    static func incompleteBetaTails(a: Double, b: Double, x: Double, y: Double)
        -> (lower: Double, upper: Double)
    {
        guard a > 0, b > 0, a <= maximumBetaShape, b <= maximumBetaShape,
              x >= 0, y >= 0, x <= 1, y <= 1 else {
            return (.nan, .nan)
        }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        let lowerIsFast = x <= y ? x * (a + b + 2) < a + 1 : y * (a + b + 2) > b + 1
        if lowerIsFast {
            guard let lower = betaFractionTail(a: a, b: b, x: x, y: y) else { return (.nan, .nan) }
            if lower <= betaComplementThreshold { return (lower, 1 - lower) }
            return (lower, slowSideTail(p: b, q: a, u: y, v: x) ?? (1 - lower))
        } else {
            guard let upper = betaFractionTail(a: b, b: a, x: y, y: x) else { return (.nan, .nan) }
            if upper <= betaComplementThreshold { return (1 - upper, upper) }
            return (slowSideTail(p: a, q: b, u: x, v: y) ?? (1 - upper), upper)
        }
    }

    /// `I_u(p, q)` on the slow side of its continued fraction, needed when
    /// the fast-side tail `I_v(q, p)` is close to 1 so that `1 − I_v(q, p)`
    /// would lose relative accuracy. That happens when `q` is small and the
    /// mass piles up near `t = 1`; for `q ≤ 1` the power series of
    /// `betaSmallShapeTail` applies, otherwise the fraction itself is used.
    private static func slowSideTail(p: Double, q: Double, u: Double, v: Double) -> Double? {
        if q <= 1 { return betaSmallShapeTail(p: p, q: q, u: u, v: v) }
        return betaFractionTail(a: p, b: q, x: u, y: v)
    }

    /// The largest shape parameter handled; beyond it the continued fraction
    /// needs too many terms near the peak and the offsets `a + m` are no
    /// longer resolved in double precision. Larger shapes give NaN.
    static let maximumBetaShape = 1e15

    /// The largest tail value whose complement is formed as `1 − value`; the
    /// subtraction then loses at most a factor 3 in relative accuracy.
    static let betaComplementThreshold = 0.75

    /// `I_x(a, b)` from its continued fraction, in a form that stays well
    /// conditioned near the peak of the integrand.
    ///
    /// The classical fraction (Abramowitz & Stegun 26.5.8)
    ///
    ///     I_x(a, b) = xᵃ yᵇ / (a B(a, b)) · 1/(1 + d₁/(1 + d₂/(1 + …))),
    ///     d₂ₘ₊₁ = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)),
    ///     d₂ₘ   =  m (b − m) x / ((a + 2m − 1)(a + 2m)),
    ///
    /// has `d₂ₘ₊₁ ≈ −1` when `a` and `b` are large and `x` is near the mean
    /// `a/(a + b)`; each `1 + d₂ₘ₊₁/(…)` then cancels, amplifying rounding
    /// errors by up to `√a` or `1/y`. Its odd part
    ///
    ///     1/(e₀ − d₁d₂/(e₁ − d₃d₄/(e₂ − …))),   e₀ = 1 + d₁,  eₘ = 1 + d₂ₘ + d₂ₘ₊₁,
    ///
    /// converges to the same value in half the steps, and its partial
    /// denominators can be written without cancellation in terms of the
    /// distance from the peak `λ = a − (a + b) x`:
    ///
    ///     1 + d₂ₘ₊₁ = (a + 2m(a + 1) + 3m² + (a + m)(λ + m y)) / ((a + 2m)(a + 2m + 1)),
    ///
    /// where every term is non-negative on the side `λ ≥ 0` where the
    /// fraction is used. `λ` itself comes from `betaPeakOffset`, accurate to
    /// a rounding.
    static func betaFractionTail(a: Double, b: Double, x: Double, y: Double) -> Double? {
        let logFront = logBetaPowerTerm(a: a, b: b, x: x, y: y) - log(a)
        if logFront < -800 { return 0 }
        let lambda = -betaPeakOffset(a: a, b: b, x: x, y: y)
        func oddDenominator(_ m: Double) -> Double {
            let numerator = a + m * (2 * a + 2) + 3 * m * m + (a + m) * (lambda + m * y)
            let firstPart = numerator / ((a + 2 * m) * (a + (2 * m + 1)))
            return m == 0 ? firstPart : firstPart + m * (b - m) * x / ((a + (2 * m - 1)) * (a + 2 * m))
        }
        let budget = 20_000 + 20 * Int(min(sqrt(a + b), 1e6))
        let fraction = ContinuedFraction.evaluate(b0: oddDenominator(0), maxTerms: budget) { n in
            let m = Double(n)
            // −d₂ₘ₋₁ d₂ₘ
            // Integer offsets are grouped first so that they survive a tiny `a`.
            let numerator = (a + (m - 1)) * ((a + b) + (m - 1)) / ((a + (2 * m - 2)) * (a + (2 * m - 1)))
                * m * (b - m) / ((a + (2 * m - 1)) * (a + 2 * m)) * x * x
            return (numerator, oddDenominator(m))
        }
        guard let fraction else { return nil }
        let value = exp(logFront) / fraction
        return value >= 1e-300 ? value : exp(logFront - log(fraction))
    }
}
