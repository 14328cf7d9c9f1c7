import Foundation

/// The inner loop of the search: for one point of the hyperparameter box, the channel
/// features, the constrained ridge fit on every validation fold, and the validation error.
///
/// For fixed hyperparameters the model is linear, so every fit works on the cross products
/// `[B X]ᵀ[B X]` and `[B X]ᵀy` of the baseline columns `B` and the channel features `X`. The
/// folds train on expanding prefixes of the weeks, so the cross products are kept per
/// segment of weeks between fold origins and summed: the baseline's products are computed
/// once, the channels' once per point. All storage is allocated once; nothing here is shared
/// between threads, and every sum runs in a fixed order.
final class ModelEvaluator {
    let n: Int, p: Int, m: Int, q: Int
    let space: HyperparameterSpace
    let maxLag: Int
    let normalized: Bool
    /// Segment `s` holds rows `bounds[s] ..< bounds[s + 1]`; fold `k` trains on segments
    /// `0 ..< k` and tests on segment `k` (k ≥ 1).
    let bounds: [Int]
    /// Whether the folds are blocks left out in turn rather than expanding origins.
    let blocked: Bool

    private let baseline: UnsafeMutableBufferPointer<Double>   // n × p, column-major
    private let spend: UnsafeMutableBufferPointer<Double>      // m × n, channel after channel, scaled
    private let response: UnsafeMutableBufferPointer<Double>   // n
    /// The channel features of the last point set: m × n.
    let features: UnsafeMutableBufferPointer<Double>
    private let weights: UnsafeMutableBufferPointer<Double>
    private let baselineGram: UnsafeMutableBufferPointer<Double>   // segments × p × p
    private let baselineCross: UnsafeMutableBufferPointer<Double>  // segments × p
    private let mixedGram: UnsafeMutableBufferPointer<Double>      // segments × m × p
    private let channelGram: UnsafeMutableBufferPointer<Double>    // segments × m × m
    private let channelCross: UnsafeMutableBufferPointer<Double>   // segments × m
    private let solver: ConstrainedRidge
    private let totalGram: UnsafeMutableBufferPointer<Double>     // q × q
    private let totalCross: UnsafeMutableBufferPointer<Double>    // q

    init(baseline: BaselineDesign, spend: [[Double]], response: [Double], space: HyperparameterSpace,
         maxLag: Int, normalized: Bool, bounds: [Int], blocked: Bool) {
        n = baseline.rows
        p = baseline.count
        m = spend.count
        q = p + m
        self.space = space
        self.maxLag = maxLag
        self.normalized = normalized
        self.bounds = bounds
        self.blocked = blocked
        let segments = bounds.count - 1
        func buffer(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
            let b = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(count, 1))
            b.initialize(repeating: 0)
            return b
        }
        self.baseline = buffer(n * p)
        _ = self.baseline.initialize(from: baseline.columns)
        self.spend = buffer(m * n)
        for (c, series) in spend.enumerated() { for t in 0..<n { self.spend[c * n + t] = series[t] } }
        self.response = buffer(n)
        features = buffer(m * n)
        weights = buffer(maxLag)
        baselineGram = buffer(segments * p * p)
        baselineCross = buffer(segments * p)
        mixedGram = buffer(segments * m * p)
        channelGram = buffer(segments * m * m)
        channelCross = buffer(segments * m)
        solver = ConstrainedRidge(free: p, constrained: m)
        totalGram = buffer(q * q)
        totalCross = buffer(q)
        for s in 0..<segments {
            for j in 0..<p {
                for k in 0...j {
                    let value = dot(self.baseline.baseAddress! + j * n, self.baseline.baseAddress! + k * n, bounds[s], bounds[s + 1])
                    baselineGram[(s * p + j) * p + k] = value
                    baselineGram[(s * p + k) * p + j] = value
                }
            }
        }
        setResponse(response)
    }

    deinit {
        for b in [baseline, spend, response, features, weights, baselineGram, baselineCross, mixedGram, channelGram,
                  channelCross, totalGram, totalCross] { b.deallocate() }
    }

    private func dot(_ a: UnsafeMutablePointer<Double>, _ b: UnsafeMutablePointer<Double>, _ from: Int, _ to: Int) -> Double {
        var sum = 0.0
        var t = from
        while t < to {
            sum += a[t] * b[t]
            t += 1
        }
        return sum
    }

    /// Replaces the response (the bootstrap's resampled sales), keeping the design.
    func setResponse(_ values: [Double]) {
        for t in 0..<n { response[t] = values[t] }
        for s in 0..<(bounds.count - 1) {
            for j in 0..<p {
                baselineCross[s * p + j] = dot(baseline.baseAddress! + j * n, response.baseAddress!, bounds[s], bounds[s + 1])
            }
        }
    }

    /// Computes the channel features `saturation(adstock(spend))` of point `u`.
    func setPoint(_ u: UnsafeBufferPointer<Double>) {
        let kind = space.adstock, curve = space.saturation
        for c in 0..<m {
            let (a1, a2) = space.adstockParameters(u, channel: c)
            Adstock.fillWeights(kind, a1, a2, normalized: normalized, into: weights)
            let input = UnsafeBufferPointer(rebasing: spend[(c * n)..<((c + 1) * n)])
            let output = UnsafeMutableBufferPointer(rebasing: features[(c * n)..<((c + 1) * n)])
            Adstock.carryOver(kind, decay: a1, input, weights: UnsafeBufferPointer(weights), into: output)
            let (s1, s2) = space.saturationParameters(u, channel: c)
            for t in 0..<n { output[t] = Saturation.value(curve, s1, s2, output[t]) }
        }
        let x = features.baseAddress!, b = baseline.baseAddress!
        for s in 0..<(bounds.count - 1) {
            let lo = bounds[s], hi = bounds[s + 1]
            for c in 0..<m {
                for j in 0..<p { mixedGram[(s * m + c) * p + j] = dot(x + c * n, b + j * n, lo, hi) }
                for k in 0...c {
                    let value = dot(x + c * n, x + k * n, lo, hi)
                    channelGram[(s * m + c) * m + k] = value
                    channelGram[(s * m + k) * m + c] = value
                }
                channelCross[s * m + c] = dot(x + c * n, response.baseAddress!, lo, hi)
            }
        }
    }

    /// Adds (or with `sign` −1 removes) segment `s`'s cross products into the solver's system.
    private func accumulate(segment s: Int, sign: Double = 1) {
        let gram = solver.gram, cross = solver.cross
        for j in 0..<p {
            for k in 0..<p { gram[j * q + k] += sign * baselineGram[(s * p + j) * p + k] }
            cross[j] += sign * baselineCross[s * p + j]
        }
        for c in 0..<m {
            for j in 0..<p {
                let value = sign * mixedGram[(s * m + c) * p + j]
                gram[(p + c) * q + j] += value
                gram[j * q + p + c] += value
            }
            for k in 0..<m { gram[(p + c) * q + p + k] += sign * channelGram[(s * m + c) * m + k] }
            cross[p + c] += sign * channelCross[s * m + c]
        }
    }

    /// The fitted value of row `t` with the solver's coefficients.
    @inline(__always)
    private func predict(_ t: Int) -> Double {
        let beta = solver.solution
        var value = 0.0
        for j in 0..<p { value += baseline[j * n + t] * beta[j] }
        for c in 0..<m { value += features[c * n + t] * beta[p + c] }
        return value
    }

    /// The mean squared error over the validation folds of the point last set.
    func validationError(ridge: Double) -> Double {
        blocked ? blockedError(ridge: ridge) : expandingError(ridge: ridge)
    }

    /// Each segment in turn is left out, the model fitted on the others and tested on it.
    private func blockedError(ridge: Double) -> Double {
        solver.reset()
        for s in 0..<(bounds.count - 1) { accumulate(segment: s) }
        let qq = q * q
        for i in 0..<qq { totalGram[i] = solver.gram[i] }
        for i in 0..<q { totalCross[i] = solver.cross[i] }
        var squares = 0.0
        for k in 0..<(bounds.count - 1) {
            for i in 0..<qq { solver.gram[i] = totalGram[i] }
            for i in 0..<q { solver.cross[i] = totalCross[i] }
            accumulate(segment: k, sign: -1)
            solver.solve(ridge: ridge)
            for t in bounds[k]..<bounds[k + 1] {
                let e = response[t] - predict(t)
                squares += e * e
            }
        }
        return squares / Double(n)
    }

    /// Fold `k` fits on the weeks before segment `k` and forecasts it.
    private func expandingError(ridge: Double) -> Double {
        solver.reset()
        accumulate(segment: 0)
        var squares = 0.0, count = 0
        for k in 1..<(bounds.count - 1) {
            solver.solve(ridge: ridge)
            for t in bounds[k]..<bounds[k + 1] {
                let e = response[t] - predict(t)
                squares += e * e
            }
            count += bounds[k + 1] - bounds[k]
            accumulate(segment: k)
        }
        return squares / Double(max(count, 1))
    }

    /// The objective of the search: the validation error at point `u`.
    func objective(_ u: UnsafeBufferPointer<Double>) -> Double {
        setPoint(u)
        let value = validationError(ridge: space.ridge(u))
        return value.isFinite ? value : .infinity
    }

    /// The coefficients (baseline first, then channels) fitted on all weeks at point `u`;
    /// the features stay set to `u`'s.
    func fitAll(_ u: UnsafeBufferPointer<Double>) -> [Double] {
        setPoint(u)
        solver.reset()
        for s in 0..<(bounds.count - 1) { accumulate(segment: s) }
        solver.solve(ridge: space.ridge(u))
        return Array(solver.solution)
    }

    /// The features of the point last set, channel by channel.
    func featureColumns() -> [[Double]] {
        (0..<m).map { c in Array(features[(c * n)..<((c + 1) * n)]) }
    }
}
