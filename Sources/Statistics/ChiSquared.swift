import Foundation

/// The chi-square distribution with `k > 0` (real) degrees of freedom:
/// `P(X ≤ x) = P(k/2, x/2)` and `P(X > x) = Q(k/2, x/2)`, each computed directly.
public struct ChiSquared: ContinuousDistribution {
    /// The degrees of freedom `k`.
    public let degreesOfFreedom: Double

    /// Creates a chi-square distribution.
    ///
    /// - Parameter degreesOfFreedom: `k`, with `0 < k ≤ 2·10¹³`; need not be an
    ///   integer. (The upper limit is that of the incomplete gamma function.)
    /// - Throws: ``StatisticsError/invalidParameter(name:value:requirement:)``
    ///   naming `degreesOfFreedom`.
    public init(degreesOfFreedom: Double) throws {
        guard degreesOfFreedom > 0, degreesOfFreedom <= 2 * SpecialFunctions.maximumGammaShape else {
            throw StatisticsError.invalidParameter(
                name: "degreesOfFreedom", value: degreesOfFreedom,
                requirement: "greater than 0 and at most 2e13")
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    private var shape: Double { 0.5 * degreesOfFreedom }

    /// The density `(x/2)^(k/2) e^(−x/2) / (x Γ(k/2))`.
    ///
    /// At `x = 0` it is `+∞` for `k < 2`, `½` for `k = 2` and `0` for `k > 2`.
    public func pdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 || x.isInfinite { return 0 }
        if x == 0 { return shape < 1 ? .infinity : (shape == 1 ? 0.5 : 0) }
        return exp(SpecialFunctions.logGammaPowerTerm(a: shape, x: 0.5 * x) - log(x))
    }

    /// `P(X ≤ x)`.
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 0 }
        return SpecialFunctions.incompleteGammaTails(a: shape, x: 0.5 * x).lower
    }

    /// `P(X > x)`, computed directly.
    public func survival(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 1 }
        return SpecialFunctions.incompleteGammaTails(a: shape, x: 0.5 * x).upper
    }

    /// The `p`-quantile; `0` for `p = 0`, `+∞` for `p = 1`, `.nan` outside `[0, 1]`.
    public func quantile(_ p: Double) -> Double {
        if let end = ProbabilityArgument.boundaryResult(p, lower: 0, upper: .infinity) { return end }
        if p > 0.5 { return solveUpper(1 - p) }
        let start = wilsonHilferty(z: Normal.wichuraQuantile(p)) ?? smallValueStart(p)
        return QuantileSolver.solve(target: p, monotonicity: .increasing, start: start) { x in
            (cdf(x), pdf(x))
        }
    }

    /// The `x` with `P(X > x) = q`; `+∞` for `q = 0`, `0` for `q = 1`.
    public func inverseSurvival(_ q: Double) -> Double {
        if let end = ProbabilityArgument.boundaryResult(q, lower: .infinity, upper: 0) { return end }
        if q > 0.5 { return quantile(1 - q) }
        return solveUpper(q)
    }

    private func solveUpper(_ q: Double) -> Double {
        let start = wilsonHilferty(z: -Normal.wichuraQuantile(q)) ?? smallValueStart(1 - q)
        return QuantileSolver.solve(target: q, monotonicity: .decreasing, start: start) { x in
            (survival(x), pdf(x))
        }
    }

    /// The Wilson–Hilferty approximation `k (1 − 2/(9k) + z √(2/(9k)))³`, or
    /// `nil` where it is not positive.
    private func wilsonHilferty(z: Double) -> Double? {
        let k = degreesOfFreedom
        let c = 2 / (9 * k)
        let root = 1 - c + z * c.squareRoot()
        return root > 0 ? k * root * root * root : nil
    }

    /// Start from `P(a, x/2) ≈ (x/2)ᵃ / Γ(a + 1)`, valid for small `x`.
    private func smallValueStart(_ p: Double) -> Double {
        let a = shape
        let x = 2 * exp((log(p) + SpecialFunctions.logGamma(a + 1)) / a)
        return x.isFinite && x > 0 ? x : Double.leastNormalMagnitude
    }
}
