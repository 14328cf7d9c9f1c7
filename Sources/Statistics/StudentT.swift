import Foundation

/// Student's t distribution with `ν > 0` degrees of freedom.
public struct StudentT: Sendable {
    public let degreesOfFreedom: Double

    /// - Throws: ``StatisticsError/invalidParameter(name:value:)`` unless `ν > 0`.
    public init(degreesOfFreedom: Double) throws {
        guard degreesOfFreedom > 0, !degreesOfFreedom.isNaN else {
            throw StatisticsError.invalidParameter(name: "degrees of freedom", value: degreesOfFreedom)
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// `P(T > t)`, from `½·I_{ν/(ν+t²)}(ν/2, ½)` for positive `t`.
    public func survival(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t.isInfinite { return t > 0 ? 0 : 1 }
        let nu = degreesOfFreedom
        let tail = 0.5 * IncompleteBeta.regularized(nu / (nu + t * t), nu / 2, 0.5)
        return t > 0 ? tail : 1 - tail
    }

    /// `P(T ≤ t)`.
    public func cdf(_ t: Double) -> Double { survival(-t) }

    /// `P(|T| ≥ |t|)`.
    public func twoSidedPValue(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        let nu = degreesOfFreedom
        return t.isInfinite ? 0 : IncompleteBeta.regularized(nu / (nu + t * t), nu / 2, 0.5)
    }

    /// The density.
    public func pdf(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        return exp(lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * log(nu * Double.pi) - (nu + 1) / 2 * log1p(t * t / nu))
    }

    /// The `p`-quantile, by Newton steps on the directly computed tail from a normal start.
    public func quantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else { return p == 0 ? -.infinity : (p == 1 ? .infinity : .nan) }
        if p > 0.5 { return -quantile(1 - p) }
        return -RootFinding.decreasing(target: p, start: -Normal.standardQuantile(p), survival: survival, density: pdf)
    }
}
