import Foundation

/// Fisher's F distribution with `d₁` numerator and `d₂` denominator degrees of
/// freedom (positive reals).
///
/// With `x = d₁f/(d₁f + d₂)` and `y = d₂/(d₁f + d₂)`, both computed to full
/// relative accuracy, `P(F ≤ f) = I_x(d₁/2, d₂/2)` and `P(F > f) = I_y(d₂/2, d₁/2)`.
public struct FDistribution: ContinuousDistribution {
    /// The numerator degrees of freedom `d₁`.
    public let numeratorDegreesOfFreedom: Double
    /// The denominator degrees of freedom `d₂`.
    public let denominatorDegreesOfFreedom: Double

    /// Creates an F distribution.
    ///
    /// - Parameters:
    ///   - numeratorDegreesOfFreedom: `d₁`, with `0 < d₁ ≤ 2·10¹⁵`.
    ///   - denominatorDegreesOfFreedom: `d₂`, with `0 < d₂ ≤ 2·10¹⁵`.
    ///   (The upper limit is that of the incomplete beta function.)
    /// - Throws: ``StatisticsError/invalidParameter(name:value:requirement:)``
    ///   naming the offending parameter.
    public init(numeratorDegreesOfFreedom: Double, denominatorDegreesOfFreedom: Double) throws {
        for (name, value) in [("numeratorDegreesOfFreedom", numeratorDegreesOfFreedom),
                              ("denominatorDegreesOfFreedom", denominatorDegreesOfFreedom)]
        where !(value > 0 && value <= 2 * SpecialFunctions.maximumBetaShape) {
            throw StatisticsError.invalidParameter(
                name: name, value: value, requirement: "greater than 0 and at most 2e15")
        }
        self.numeratorDegreesOfFreedom = numeratorDegreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
    }

    private var a: Double { 0.5 * numeratorDegreesOfFreedom }
    private var b: Double { 0.5 * denominatorDegreesOfFreedom }

    /// The density `xᵃ yᵇ / (f B(a, b))` with `a = d₁/2`, `b = d₂/2`.
    ///
    /// At `f = 0` it is `+∞` for `d₁ < 2`, `1` for `d₁ = 2` and `0` for `d₁ > 2`.
    public func pdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f < 0 || f.isInfinite { return 0 }
        if f == 0 { return a < 1 ? .infinity : (a == 1 ? 1 : 0) }
        switch betaArguments(f) {
        case let .regular(x, y):
            return exp(SpecialFunctions.logBetaPowerTerm(a: a, b: b, x: x, y: y) - log(f))
        case let .tinyX(logX):
            return exp(a * logX - log(f) - SpecialFunctions.logBeta(a, b))
        case let .tinyY(logY):
            return exp(b * logY - log(f) - SpecialFunctions.logBeta(a, b))
        }
    }

    /// `P(F ≤ f)`.
    public func cdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 0 }
        return tails(f).lower
    }

    /// `P(F > f)`, computed directly.
    public func survival(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 1 }
        return tails(f).upper
    }

    /// Both tails at `f > 0`. Where `x` or `y` would fall below the normal
    /// range, the small tail is the leading term `xᵃ/(a B(a, b))` (or
    /// `yᵇ/(b B(a, b))`) of its series, whose next term is smaller by a
    /// factor of that argument.
    private func tails(_ f: Double) -> (lower: Double, upper: Double) {
        switch betaArguments(f) {
        case let .regular(x, y):
            return SpecialFunctions.incompleteBetaTails(a: a, b: b, x: x, y: y)
        case let .tinyX(logX):
            let lower = exp(a * logX - log(a) - SpecialFunctions.logBeta(a, b))
            return (lower, 1 - lower)
        case let .tinyY(logY):
            let upper = exp(b * logY - log(b) - SpecialFunctions.logBeta(a, b))
            return (1 - upper, upper)
        }
    }

    /// The `p`-quantile; `0` for `p = 0`, `+∞` for `p = 1`, `.nan` outside `[0, 1]`.
    public func quantile(_ p: Double) -> Double {
        if let end = ProbabilityArgument.boundaryResult(p, lower: 0, upper: .infinity) { return end }
        if p > 0.5 { return solveUpper(1 - p) }
        return QuantileSolver.solve(target: p, monotonicity: .increasing, start: lowerStart(p)) { f in
            (cdf(f), pdf(f))
        }
    }

    /// The `f` with `P(F > f) = q`; `+∞` for `q = 0`, `0` for `q = 1`.
    public func inverseSurvival(_ q: Double) -> Double {
        if let end = ProbabilityArgument.boundaryResult(q, lower: .infinity, upper: 0) { return end }
        if q > 0.5 { return quantile(1 - q) }
        return solveUpper(q)
    }

    private func solveUpper(_ q: Double) -> Double {
        QuantileSolver.solve(target: q, monotonicity: .decreasing, start: upperStart(q)) { f in
            (survival(f), pdf(f))
        }
    }

    /// Start for `P(F ≤ f) = p` from `I_x(a, b) ≈ xᵃ/(a B(a, b))` for small `x`.
    private func lowerStart(_ p: Double) -> Double {
        let x = exp((log(p) + log(a) + SpecialFunctions.logBeta(a, b)) / a)
        return x < 1 ? fromBetaArgument(x: x, y: 1 - x) : 1
    }

    /// Start for `P(F > f) = q` from `I_y(b, a) ≈ yᵇ/(b B(a, b))` for small `y`.
    private func upperStart(_ q: Double) -> Double {
        let y = exp((log(q) + log(b) + SpecialFunctions.logBeta(a, b)) / b)
        return y < 1 ? fromBetaArgument(x: 1 - y, y: y) : 1
    }

    /// `f = d₂ x / (d₁ y)`, the inverse of `betaArguments(_:)`.
    private func fromBetaArgument(x: Double, y: Double) -> Double {
        (denominatorDegreesOfFreedom / numeratorDegreesOfFreedom) * (x / y)
    }

    /// The arguments of the incomplete beta function at `f`.
    private enum BetaArguments {
        /// `x = d₁f/(d₁f + d₂)` and `y = d₂/(d₁f + d₂)`, both normal numbers.
        case regular(x: Double, y: Double)
        /// `x` is below `10⁻³⁰⁰`; its logarithm.
        case tinyX(logX: Double)
        /// `y` is below `10⁻³⁰⁰`; its logarithm.
        case tinyY(logY: Double)
    }

    /// `x` and `y` at `f > 0`, each to about one rounding (see
    /// `SpecialFunctions.complementaryFractions`), or the logarithm of the
    /// one that is too small to be represented accurately.
    private func betaArguments(_ f: Double) -> BetaArguments {
        let d1 = numeratorDegreesOfFreedom, d2 = denominatorDegreesOfFreedom
        let ratio = f * (d1 / d2)
        if ratio < 1e-300 { return .tinyX(logX: log(d1 / d2) + log(f)) }
        if ratio > 1e300 { return .tinyY(logY: log(d2 / d1) - log(f)) }
        let product = SpecialFunctions.exactProduct(d1, f)
        if !product.high.isFinite || product.high < 1e-290 {
            return .regular(x: ratio / (1 + ratio), y: 1 / (1 + ratio))
        }
        let (x, y) = SpecialFunctions.complementaryFractions(
            pHigh: product.high, pLow: product.low, qHigh: d2, qLow: 0)
        return .regular(x: x, y: y)
    }
}
