import Foundation

/// Carry-over of spend into later weeks: the adstocked spend of week t is
/// `Σ_l w_l · spend_{t−l}` over the lags `l = 0 ..< maxLag` (weeks before the data count as no
/// spend).
public struct Adstock: Sendable, Equatable {
    /// The family of lag weights.
    public enum Kind: String, Sendable, CaseIterable {
        /// `w_l = decay^l`: the effect is largest in the week of spend and fades geometrically.
        case geometric
        /// `w_l = exp(−(l/scale)^shape)`, the Weibull survival function: a monotone decay whose
        /// speed can change over the lags.
        case weibullCDF = "weibull-cdf"
        /// `w_l ∝ ((l+1)/scale)^(shape−1) · exp(−((l+1)/scale)^shape)`, the Weibull density: with
        /// `shape > 1` the effect peaks some weeks after the spend.
        case weibullPDF = "weibull-pdf"
    }

    /// The family of lag weights.
    public var kind: Kind
    /// The geometric decay (0 ≤ decay < 1), or the Weibull shape.
    public var first: Double
    /// The Weibull scale in weeks; unused by the geometric family.
    public var second: Double
    /// The number of weights: lags `0 ..< maxLag` (PyMC-Marketing's `l_max`).
    public var maxLag: Int
    /// Whether the weights are divided by their sum, so that adstock redistributes spend
    /// over time without changing its total.
    public var normalized: Bool

    /// Geometric carry-over with the given decay.
    public static func geometric(decay: Double, maxLag: Int, normalized: Bool) -> Adstock {
        Adstock(kind: .geometric, first: decay, second: 0, maxLag: maxLag, normalized: normalized)
    }

    /// Weibull carry-over of the given kind with shape and scale (weeks).
    public static func weibull(_ kind: Kind, shape: Double, scale: Double, maxLag: Int, normalized: Bool) -> Adstock {
        Adstock(kind: kind, first: shape, second: scale, maxLag: maxLag, normalized: normalized)
    }

    /// The geometric decay; `nil` for Weibull carry-over.
    public var decay: Double? { kind == .geometric ? first : nil }

    /// The lag weights `w_0 … w_{maxLag−1}`.
    public var weights: [Double] {
        var weights = [Double](repeating: 0, count: maxLag)
        weights.withUnsafeMutableBufferPointer { Adstock.fillWeights(kind, first, second, normalized: normalized, into: $0) }
        return weights
    }

    /// The adstocked spend, week by week.
    public func apply(_ spend: [Double]) -> [Double] {
        let weights = self.weights
        var out = [Double](repeating: 0, count: spend.count)
        spend.withUnsafeBufferPointer { input in
            weights.withUnsafeBufferPointer { w in
                out.withUnsafeMutableBufferPointer { Adstock.carryOver(kind, decay: first, input, weights: w, into: $0) }
            }
        }
        return out
    }

    /// Writes the lag weights of a family into `weights` (its count is the number of lags).
    static func fillWeights(_ kind: Kind, _ first: Double, _ second: Double, normalized: Bool,
                            into weights: UnsafeMutableBufferPointer<Double>) {
        let count = weights.count
        guard count > 0 else { return }
        switch kind {
        case .geometric:
            var power = 1.0
            for l in 0..<count {
                weights[l] = power
                power *= first
            }
        case .weibullCDF:
            for l in 0..<count { weights[l] = exp(-pow(Double(l) / second, first)) }
        case .weibullPDF:
            var largest = 0.0
            for l in 0..<count {
                let x = Double(l + 1) / second
                let value = pow(x, first - 1) * exp(-pow(x, first))
                weights[l] = value
                largest = max(largest, value)
            }
            if largest > 0 { for l in 0..<count { weights[l] /= largest } }
        }
        if normalized {
            var total = 0.0
            for l in 0..<count { total += weights[l] }
            if total > 0 { for l in 0..<count { weights[l] /= total } }
        }
    }

    /// `output[t] = Σ_l weights[l] · input[t − l]` for `t − l ≥ 0`; geometric weights
    /// (`w_l = w_0 · decay^l`) by the recursion `y_t = decay · y_{t−1} + w_0 · (x_t − decay^L · x_{t−L})`,
    /// in O(n) instead of O(n·L).
    static func carryOver(_ kind: Kind, decay: Double, _ input: UnsafeBufferPointer<Double>,
                          weights: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        guard kind == .geometric, decay > 0, decay < 1, weights.count > 1 else {
            return convolve(input, weights: weights, into: output)
        }
        let n = input.count, lags = weights.count
        let w0 = weights[0], tail = w0 * pow(decay, Double(lags))
        var previous = 0.0
        for t in 0..<n {
            var value = decay * previous + w0 * input[t]
            if t >= lags { value -= tail * input[t - lags] }
            output[t] = value
            previous = value
        }
    }

    /// `output[t] = Σ_l weights[l] · input[t − l]` for `t − l ≥ 0`.
    static func convolve(_ input: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>,
                         into output: UnsafeMutableBufferPointer<Double>) {
        let n = input.count, lags = weights.count
        for t in 0..<n {
            var sum = 0.0
            let deepest = min(lags - 1, t)
            if deepest >= 0 {
                for l in 0...deepest { sum += weights[l] * input[t - l] }
            }
            output[t] = sum
        }
    }
}
