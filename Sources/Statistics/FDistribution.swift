import Foundation

/// Fisher's F distribution with `d₁` and `d₂` degrees of freedom.
public struct FDistribution: Sendable {
    public let numeratorDegreesOfFreedom: Double
    public let denominatorDegreesOfFreedom: Double

    /// - Throws: ``StatisticsError/invalidParameter(name:value:)`` unless both are positive.
    public init(numeratorDegreesOfFreedom d1: Double, denominatorDegreesOfFreedom d2: Double) throws {
        guard d1 > 0 else { throw StatisticsError.invalidParameter(name: "numerator degrees of freedom", value: d1) }
        guard d2 > 0 else { throw StatisticsError.invalidParameter(name: "denominator degrees of freedom", value: d2) }
        numeratorDegreesOfFreedom = d1
        denominatorDegreesOfFreedom = d2
    }

    /// `P(F > x) = I_{d₂/(d₂+d₁x)}(d₂/2, d₁/2)`.
    public func survival(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 1 }
        if x.isInfinite { return 0 }
        let d1 = numeratorDegreesOfFreedom, d2 = denominatorDegreesOfFreedom
        return IncompleteBeta.regularized(d2 / (d2 + d1 * x), d2 / 2, d1 / 2)
    }

    /// `P(F ≤ x)`.
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 0 }
        if x.isInfinite { return 1 }
        let d1 = numeratorDegreesOfFreedom, d2 = denominatorDegreesOfFreedom
        return IncompleteBeta.complement(d2 / (d2 + d1 * x), d2 / 2, d1 / 2)
    }
}
