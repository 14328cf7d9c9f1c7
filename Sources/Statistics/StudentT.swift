import Foundation

/// Student's t distribution with `ν > 0` (real) degrees of freedom.
///
/// With `x = ν/(ν + t²)` and `y = t²/(ν + t²)`, both computed to full relative
/// accuracy, the two-sided tail is `P(|T| > |t|) = I_x(ν/2, ½)` and the central
/// probability is `P(|T| < |t|) = I_y(½, ν/2)`; each one-sided probability is
/// half of the former or `½ + ½·` the latter, so no tail is ever obtained by
/// cancellation.
public struct StudentT: ContinuousDistribution, Equatable {
    /// The degrees of freedom `ν`.
    public let degreesOfFreedom: Double

    /// Creates a t distribution.
    ///
    /// - Parameter degreesOfFreedom: `ν`, finite and positive; need not be an integer.
    /// - Throws: ``StatisticsError/invalidParameter(name:value:requirement:)``
    ///   naming `degreesOfFreedom`.
    public init(degreesOfFreedom: Double) throws {
        guard degreesOfFreedom.isFinite, degreesOfFreedom > 0 else {
            throw StatisticsError.invalidParameter(
                name: "degreesOfFreedom", value: degreesOfFreedom,
                requirement: "finite and greater than 0")
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// The density `(1 + t²/ν)^(−(ν+1)/2) / (√ν B(ν/2, ½))`.
    public func pdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t.isInfinite { return 0 }
        let nu = degreesOfFreedom
        if nu >= StudentT.expansionThreshold { return StudentT.expansionDensity(t, degreesOfFreedom: nu) }
        let tt = abs(t)
        // ln(1 + t²/ν), without overflow of t² for huge |t|.
        let logKernel = tt * tt < nu
            ? log1p(tt * tt / nu)
            : 2 * log(tt) - log(nu) + log1p(nu / tt / tt)
        let logDensity = -0.5 * log(nu) - SpecialFunctions.logBeta(0.5 * nu, 0.5)
            - 0.5 * (nu + 1) * logKernel
        return exp(logDensity)
    }

    /// `P(T ≤ t)`.
    public func cdf(_ t: Double) -> Double { survival(-t) }

    /// `P(T > t)`, computed directly.
    public func survival(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t == 0 { return 0.5 }
        let tails = betaTails(t)
        return t > 0 ? 0.5 * tails.twoSided : 0.5 + 0.5 * tails.central
    }

    /// The two-sided p-value `P(|T| ≥ |t|)` of a t statistic.
    ///
    /// - Returns: A value in `[0, 1]`: `1` for `t = 0`, `0` for infinite `t`,
    ///   `.nan` for NaN.
    public func twoSidedPValue(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t == 0 { return 1 }
        return betaTails(t).twoSided
    }

    /// The `p`-quantile; `−∞` for `p = 0`, `+∞` for `p = 1`, `.nan` outside `[0, 1]`.
    public func quantile(_ p: Double) -> Double {
        if let end = ProbabilityArgument.boundaryResult(p, lower: -.infinity, upper: .infinity) {
            return end
        }
        // 1 − p is exact for p ≥ ½; the upper half follows by symmetry.
        return p < 0.5 ? -upperQuantile(p) : upperQuantile(1 - p)
    }

    /// The `t` with `P(T > t) = q`, equal to `−quantile(q)` by symmetry.
    public func inverseSurvival(_ q: Double) -> Double { -quantile(q) }

    /// The `t ≥ 0` with `P(T > t) = q` for `0 < q ≤ ½`.
    ///
    /// Close to the centre (`q > ¼`) the equation is rewritten in terms of the
    /// central probability, `½ I_y(½, ν/2) = ½ − q`, whose right side is exact;
    /// solving `P(T > t) = q` there would confine the relative accuracy of a
    /// small `t` to `ε/(½ − q)`.
    private func upperQuantile(_ q: Double) -> Double {
        if q == 0.5 { return 0 }
        if q > 0.25 {
            let c = 0.5 - q
            return QuantileSolver.solve(
                target: c, monotonicity: .increasing, start: c / pdf(0)
            ) { t in (0.5 * betaTails(t).central, pdf(t)) }
        }
        return QuantileSolver.solve(
            target: q, monotonicity: .decreasing, start: tailStart(q)
        ) { t in (0.5 * betaTails(t).twoSided, pdf(t)) }
    }

    /// A starting point for `P(T > t) = q`: the smaller of the Cornish–Fisher
    /// expansion around the normal quantile and the root of the power-law bound
    /// `P(T > t) ≤ A t^(−ν)`, `ln A = (ν/2 − 1) ln ν − ln B(ν/2, ½)`.
    private func tailStart(_ q: Double) -> Double {
        let nu = degreesOfFreedom
        let z = -Normal.wichuraQuantile(q)
        let z2 = z * z
        let cornishFisher = z + z * (z2 + 1) / (4 * nu)
            + z * ((5 * z2 + 16) * z2 + 3) / (96 * nu * nu)
        let logA = (0.5 * nu - 1) * log(nu) - SpecialFunctions.logBeta(0.5 * nu, 0.5)
        let powerLaw = exp((logA - log(q)) / nu)
        let start = min(cornishFisher, powerLaw)
        return start.isFinite && start > 0 ? start : max(z, 1)
    }

    /// `I_x(ν/2, ½) = P(|T| > |t|)` and `I_y(½, ν/2) = P(|T| < |t|)` with
    /// `x = ν/(ν + t²)` and `y = t²/(ν + t²)`.
    ///
    /// Where `x` would fall below the normal range (`|t|` beyond about
    /// `10¹⁵⁰ √ν`), the leading term `xᵃ/(a B(a, ½))` of the incomplete beta
    /// series is used, with `ln x = ln ν − 2 ln |t|`; the next term is smaller
    /// by a factor `x`.
    private func betaTails(_ t: Double) -> (twoSided: Double, central: Double) {
        let nu = degreesOfFreedom
        let a = 0.5 * nu
        let tt = abs(t)
        if tt.isInfinite { return (0, 1) }
        if nu >= StudentT.expansionThreshold { return StudentT.expansionTails(tt, degreesOfFreedom: nu) }
        let x: Double
        let y: Double
        if tt < 1e150 {
            let square = SpecialFunctions.exactProduct(tt, tt)
            (x, y) = SpecialFunctions.complementaryFractions(
                pHigh: nu, pLow: 0, qHigh: square.high, qLow: square.low)
        } else {
            let r = nu / tt / tt
            if r < 1e-300 {
                let logX = log(nu) - 2 * log(tt)
                let twoSided = exp(a * logX - log(a) - SpecialFunctions.logBeta(a, 0.5))
                return (twoSided, 1 - twoSided)
            }
            (x, y) = (r / (1 + r), 1 / (1 + r))
        }
        let tails = SpecialFunctions.incompleteBetaTails(a: a, b: 0.5, x: x, y: y)
        return (tails.lower, tails.upper)
    }
}
