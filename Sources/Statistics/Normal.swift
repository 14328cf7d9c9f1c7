import Foundation

/// The normal distribution.
public struct Normal: Sendable {
    public let mean: Double
    public let standardDeviation: Double

    /// - Throws: ``StatisticsError/invalidParameter(name:value:)`` unless the standard deviation
    ///   is positive and finite.
    public init(mean: Double = 0, standardDeviation: Double = 1) throws {
        guard standardDeviation > 0, standardDeviation.isFinite else {
            throw StatisticsError.invalidParameter(name: "standard deviation", value: standardDeviation)
        }
        guard mean.isFinite else { throw StatisticsError.invalidParameter(name: "mean", value: mean) }
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// `P(X ≤ x)`.
    public func cdf(_ x: Double) -> Double { 0.5 * erfc(-(x - mean) / standardDeviation / 2.0.squareRoot()) }

    /// `P(X > x)`, accurate in the upper tail.
    public func survival(_ x: Double) -> Double { 0.5 * erfc((x - mean) / standardDeviation / 2.0.squareRoot()) }

    /// The density.
    public func pdf(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return exp(-0.5 * z * z) / (standardDeviation * (2 * Double.pi).squareRoot())
    }

    /// The `p`-quantile: an initial rational approximation refined by Halley steps on the
    /// directly computed tail.
    public func quantile(_ p: Double) -> Double {
        mean + standardDeviation * Normal.standardQuantile(p)
    }

    static func standardQuantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else { return p == 0 ? -.infinity : (p == 1 ? .infinity : .nan) }
        if p > 0.5 { return -standardQuantile(1 - p) }
        // Lower tail: start from a logistic-type approximation, then Halley iterations.
        let t = (-2 * log(p)).squareRoot()
        var z = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t))
        for _ in 0..<50 {
            let f = 0.5 * erfc(-z / 2.0.squareRoot()) - p
            let density = exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
            let step = f / density
            let next = z - step / (1 + 0.5 * z * step)
            if abs(next - z) <= 1e-16 * max(1, abs(z)) { return next }
            z = next
        }
        return z
    }
}
