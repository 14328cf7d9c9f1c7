import Foundation

/// Diminishing returns: the response to one week's adstocked spend `x`, between 0 and 1.
public struct Saturation: Sendable, Equatable {
    /// The family of response curves.
    public enum Kind: String, Sendable, CaseIterable {
        /// `x^shape / (x^shape + halfSaturation^shape)` (Robyn's default): S-shaped for
        /// `shape > 1`, concave for `shape ≤ 1`; half the maximum at `x = halfSaturation`.
        case hill
        /// `(1 − e^{−λx}) / (1 + e^{−λx})` (PyMC-Marketing's default): concave, near-linear
        /// with slope `λ/2` for small spend.
        case logistic
    }

    /// The family of response curves.
    public var kind: Kind
    /// Hill: the half-saturation point in spend units. Logistic: λ per spend unit.
    public var first: Double
    /// Hill: the shape. Unused by the logistic curve.
    public var second: Double

    /// A Hill curve with half the maximum response at `halfSaturation` (spend units).
    public static func hill(halfSaturation: Double, shape: Double) -> Saturation {
        Saturation(kind: .hill, first: halfSaturation, second: shape)
    }

    /// A logistic curve with steepness `lambda` per spend unit.
    public static func logistic(lambda: Double) -> Saturation {
        Saturation(kind: .logistic, first: lambda, second: 0)
    }

    /// The response to adstocked spend `x` (spend units).
    public func callAsFunction(_ x: Double) -> Double { Saturation.value(kind, first, second, x) }

    /// The response of a family with the given parameters.
    @inline(__always)
    static func value(_ kind: Kind, _ first: Double, _ second: Double, _ x: Double) -> Double {
        guard x > 0 else { return 0 }
        switch kind {
        case .hill:
            // x^s / (x^s + k^s) = 1 / (1 + (k/x)^s)
            return 1 / (1 + exp(second * log(first / x)))
        case .logistic:
            let e = exp(-first * x)
            return (1 - e) / (1 + e)
        }
    }
}
