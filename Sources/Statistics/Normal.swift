import Foundation

/// The normal (Gaussian) distribution with a given mean and standard deviation.
///
/// The tails are computed from the complementary error function with the
/// rounding error of `x/√2` compensated, which keeps the relative accuracy of
/// `P(Z > z)` near `10⁻¹⁵` all the way to `z ≈ 37.5`, where the probability
/// approaches the underflow threshold. The quantile uses Wichura's AS 241
/// rational approximations, accurate to about `10⁻¹⁶`.
public struct Normal: ContinuousDistribution {
    /// The mean `μ`.
    public let mean: Double
    /// The standard deviation `σ > 0`.
    public let standardDeviation: Double

    /// The standard normal distribution, `μ = 0`, `σ = 1`.
    public static let standard = Normal(validatedMean: 0, standardDeviation: 1)

    /// Creates a normal distribution.
    ///
    /// - Parameters:
    ///   - mean: The mean; must be finite.
    ///   - standardDeviation: The standard deviation; must be finite and positive.
    /// - Throws: ``StatisticsError/invalidParameter(name:value:requirement:)``
    ///   naming `mean` or `standardDeviation`.
    public init(mean: Double = 0, standardDeviation: Double = 1) throws {
        guard mean.isFinite else {
            throw StatisticsError.invalidParameter(name: "mean", value: mean, requirement: "finite")
        }
        guard standardDeviation.isFinite, standardDeviation > 0 else {
            throw StatisticsError.invalidParameter(
                name: "standardDeviation", value: standardDeviation,
                requirement: "finite and greater than 0")
        }
        self.init(validatedMean: mean, standardDeviation: standardDeviation)
    }

    private init(validatedMean mean: Double, standardDeviation: Double) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// The density `φ((x − μ)/σ)/σ`.
    public func pdf(_ x: Double) -> Double {
        Normal.standardPDF(standardized(x)) / standardDeviation
    }

    /// `P(X ≤ x)`.
    public func cdf(_ x: Double) -> Double { Normal.standardCDF(standardized(x)) }

    /// `P(X > x)`, computed directly.
    public func survival(_ x: Double) -> Double { Normal.standardSurvival(standardized(x)) }

    /// The `p`-quantile `μ + σ Φ⁻¹(p)`; `−∞` for `p = 0`, `+∞` for `p = 1`,
    /// `.nan` for `p` outside `[0, 1]`.
    public func quantile(_ p: Double) -> Double {
        destandardized(Normal.standardQuantile(p))
    }

    /// The `x` with `P(X > x) = q`, that is `μ − σ Φ⁻¹(q)`.
    public func inverseSurvival(_ q: Double) -> Double {
        destandardized(Normal.standardInverseSurvival(q))
    }

    private func standardized(_ x: Double) -> Double { (x - mean) / standardDeviation }

    private func destandardized(_ z: Double) -> Double {
        z.isFinite ? fma(standardDeviation, z, mean) : z
    }
}
