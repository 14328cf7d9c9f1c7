import Foundation

/// The inner loop of the search: for one point of the hyperparameter box, the channel
/// features, the constrained ridge fit on every validation fold, and the validation error.
///
/// For fixed hyperparameters the model is linear in the baseline coefficients `β_B` and
/// the channel coefficients `β_X ≥ 0`. The baseline columns `B` do not depend on the
/// hyperparameters, so for every training set (each fold's, and all weeks) `A = BᵀB` is
/// inverted once; a point then only needs the channel cross products `C = XᵀB`, `D = XᵀX`,
/// `d = Xᵀy`, and the fit profiles the baseline out: `β_X` minimizes the reduced problem
/// with matrix `D − C A⁻¹ Cᵀ + ridge · V` and vector `d − C A⁻¹ Bᵀy` under `β_X ≥ 0`
/// (``ActiveSetSolver``; without that constraint for a bootstrap replicate's final fit, see
/// ``fitAll(_:signFree:)``), then `β_B = A⁻¹(Bᵀy − Cᵀβ_X)`. The ridge penalizes the channel
/// coefficients on the scale of each feature's variance `V`. Cross products are kept per
/// segment of weeks between fold boundaries and summed per training set. Storage is
/// allocated once; nothing is shared between threads; every sum runs in a fixed order.
final class ModelEvaluator {
    let n: Int, p: Int, m: Int
    let space: HyperparameterSpace
    let normalized: Bool
    /// Segment `s` holds rows `bounds[s] ..< bounds[s + 1]`.
    let bounds: [Int]
    /// Whether the folds leave one segment out each (blocked) rather than train on the
    /// segments before it (expanding origin).
    let blocked: Bool
    /// The training sets: one per fold, then all weeks.
    private let systems: [TrainingSet]

    private struct TrainingSet {
        /// The segments fitted on.
        var segments: [Int]
        /// The segment tested on (`nil` for the fit on all weeks).
        var test: Int?
    }

    private let baseline: UnsafeMutableBufferPointer<Double>       // n × p, column-major
    private let spend: UnsafeMutableBufferPointer<Double>          // m × n, scaled
    private let response: UnsafeMutableBufferPointer<Double>       // n
    /// The channel features of the last point set: m × n.
    let features: UnsafeMutableBufferPointer<Double>
    private let weights: UnsafeMutableBufferPointer<Double>
    private let baselineCross: UnsafeMutableBufferPointer<Double>  // segments × p
    private let mixedGram: UnsafeMutableBufferPointer<Double>      // segments × m × p
    private let channelGram: UnsafeMutableBufferPointer<Double>    // segments × m × m
    private let channelCross: UnsafeMutableBufferPointer<Double>   // segments × m
    private let inverses: UnsafeMutableBufferPointer<Double>       // systems × p × p: A⁻¹
    private let rows: UnsafeMutableBufferPointer<Double>           // systems: weeks fitted
    private let baseSolutions: UnsafeMutableBufferPointer<Double>  // systems × p: A⁻¹ Bᵀy
    private let totalMixed: UnsafeMutableBufferPointer<Double>     // m × p: C over all weeks
    private let totalGram: UnsafeMutableBufferPointer<Double>      // m × m
    private let totalCross: UnsafeMutableBufferPointer<Double>     // m
    private let mixed: UnsafeMutableBufferPointer<Double>          // m × p: C
    private let gram: UnsafeMutableBufferPointer<Double>           // m × m: D
    private let cross: UnsafeMutableBufferPointer<Double>          // m: d
    private let projected: UnsafeMutableBufferPointer<Double>      // p × m: A⁻¹ Cᵀ
    /// Baseline then channel coefficients of the last solve.
    private let coefficients: UnsafeMutableBufferPointer<Double>
    private let solver: ActiveSetSolver
    /// The same reduced system without the sign constraint, for ``fitAll(_:signFree:)``.
    private let freeSolver: ActiveSetSolver

    init(baseline: BaselineDesign, spend: [[Double]], response: [Double], space: HyperparameterSpace,
         maxLag: Int, normalized: Bool, bounds: [Int], blocked: Bool) {
        n = baseline.rows
        p = baseline.count
        m = spend.count
        self.space = space
        self.normalized = normalized
        self.bounds = bounds
        self.blocked = blocked
        let segments = bounds.count - 1
        var systems: [TrainingSet] = []
        if blocked {
            for k in 0..<segments { systems.append(TrainingSet(segments: (0..<segments).filter { $0 != k }, test: k)) }
        } else {
            for k in 1..<segments { systems.append(TrainingSet(segments: Array(0..<k), test: k)) }
        }
        systems.append(TrainingSet(segments: Array(0..<segments), test: nil))
        self.systems = systems
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
        baselineCross = buffer(segments * p)
        mixedGram = buffer(segments * m * p)
        channelGram = buffer(segments * m * m)
        channelCross = buffer(segments * m)
        inverses = buffer(systems.count * p * p)
        rows = buffer(systems.count)
        baseSolutions = buffer(systems.count * p)
        totalMixed = buffer(m * p)
        totalGram = buffer(m * m)
        totalCross = buffer(m)
        mixed = buffer(m * p)
        gram = buffer(m * m)
        cross = buffer(m)
        projected = buffer(p * m)
        coefficients = buffer(p + m)
        solver = ActiveSetSolver(free: 0, constrained: m)
        freeSolver = ActiveSetSolver(free: m, constrained: 0)

        // A = BᵀB per segment, summed and inverted per training set.
        var segmentGrams = [[Double]](repeating: [], count: segments)
        for s in 0..<segments {
            var g = [Double](repeating: 0, count: p * p)
            for j in 0..<p {
                for k in 0...j {
                    let value = dot(self.baseline.baseAddress! + j * n, self.baseline.baseAddress! + k * n, bounds[s], bounds[s + 1])
                    g[j * p + k] = value
                    g[k * p + j] = value
                }
            }
            segmentGrams[s] = g
        }
        for (index, system) in systems.enumerated() {
            var a = [Double](repeating: 0, count: p * p)
            for s in system.segments { for i in 0..<(p * p) { a[i] += segmentGrams[s][i] } }
            rows[index] = a[0]
            let inverse = SymmetricInverse.pseudoInverse(a, size: p)
            for i in 0..<(p * p) { inverses[index * p * p + i] = inverse[i] }
        }
        setResponse(response)
    }

    deinit {
        for b in [baseline, spend, response, features, weights, baselineCross, mixedGram, channelGram, channelCross,
                  inverses, rows, baseSolutions, totalMixed, totalGram, totalCross, mixed, gram, cross, projected, coefficients] { b.deallocate() }
    }

    /// `Σ_{t ∈ from..<to} a[t]·b[t]` in four interleaved partial sums (a fixed order, so the
    /// result is the same on every run; four chains let the processor overlap the additions).
    private func dot(_ a: UnsafeMutablePointer<Double>, _ b: UnsafeMutablePointer<Double>, _ from: Int, _ to: Int) -> Double {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        var t = from
        while t + 4 <= to {
            s0 += a[t] * b[t]
            s1 += a[t + 1] * b[t + 1]
            s2 += a[t + 2] * b[t + 2]
            s3 += a[t + 3] * b[t + 3]
            t += 4
        }
        while t < to {
            s0 += a[t] * b[t]
            t += 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// Replaces the response (the bootstrap's resampled sales), keeping the design.
    func setResponse(_ values: [Double]) {
        for t in 0..<n { response[t] = values[t] }
        for s in 0..<(bounds.count - 1) {
            for j in 0..<p {
                baselineCross[s * p + j] = dot(baseline.baseAddress! + j * n, response.baseAddress!, bounds[s], bounds[s + 1])
            }
        }
        var c = [Double](repeating: 0, count: p)
        for (index, system) in systems.enumerated() {
            for j in 0..<p { c[j] = 0 }
            for s in system.segments { for j in 0..<p { c[j] += baselineCross[s * p + j] } }
            let inverse = inverses.baseAddress! + index * p * p
            for j in 0..<p {
                var sum = 0.0
                for k in 0..<p { sum += inverse[j * p + k] * c[k] }
                baseSolutions[index * p + j] = sum
            }
        }
    }

    /// Computes the channel features `saturation(adstock(spend))` of point `u` and their
    /// cross products per segment.
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
        for i in 0..<(m * p) { totalMixed[i] = 0 }
        for i in 0..<(m * m) { totalGram[i] = 0 }
        for i in 0..<m { totalCross[i] = 0 }
        for s in 0..<(bounds.count - 1) {
            for i in 0..<(m * p) { totalMixed[i] += mixedGram[s * m * p + i] }
            for i in 0..<(m * m) { totalGram[i] += channelGram[s * m * m + i] }
            for i in 0..<m { totalCross[i] += channelCross[s * m + i] }
        }
    }

    /// Solves training set `index` for the point last set into ``coefficients``, the channel
    /// coefficients non-negative unless `signFree`.
    private func solve(system index: Int, ridge: Double, signFree: Bool = false) {
        let system = systems[index]
        if blocked, let left = system.test {
            // All weeks but one segment: the totals minus that segment.
            for i in 0..<(m * p) { mixed[i] = totalMixed[i] - mixedGram[left * m * p + i] }
            for i in 0..<(m * m) { gram[i] = totalGram[i] - channelGram[left * m * m + i] }
            for i in 0..<m { cross[i] = totalCross[i] - channelCross[left * m + i] }
        } else {
            for i in 0..<(m * p) { mixed[i] = 0 }
            for i in 0..<(m * m) { gram[i] = 0 }
            for i in 0..<m { cross[i] = 0 }
            for s in system.segments {
                for i in 0..<(m * p) { mixed[i] += mixedGram[s * m * p + i] }
                for i in 0..<(m * m) { gram[i] += channelGram[s * m * m + i] }
                for i in 0..<m { cross[i] += channelCross[s * m + i] }
            }
        }
        let inverse = inverses.baseAddress! + index * p * p
        let base = baseSolutions.baseAddress! + index * p
        // A⁻¹ Cᵀ, column by column.
        for c in 0..<m {
            for j in 0..<p {
                var sum = 0.0
                for k in 0..<p { sum += inverse[j * p + k] * mixed[c * p + k] }
                projected[j * m + c] = sum
            }
        }
        // The reduced system: D − C A⁻¹ Cᵀ + ridge · V and d − C A⁻¹ Bᵀy.
        let count = rows[index]
        for c in 0..<m {
            for k in 0..<m {
                var sum = gram[c * m + k]
                for j in 0..<p { sum -= mixed[c * p + j] * projected[j * m + k] }
                solver.gram[c * m + k] = sum
            }
            var r = cross[c]
            for j in 0..<p { r -= mixed[c * p + j] * base[j] }
            solver.cross[c] = r
            // Column 0 of B is the intercept, so C[c][0] is the feature's sum.
            let sum = mixed[c * p]
            let variance = count > 0 ? max(gram[c * m + c] - sum * sum / count, 0) : 0
            solver.gram[c * m + c] += ridge * variance
        }
        let used = signFree ? freeSolver : solver
        if signFree {
            for i in 0..<(m * m) { freeSolver.gram[i] = solver.gram[i] }
            for i in 0..<m { freeSolver.cross[i] = solver.cross[i] }
        }
        used.solve()
        for c in 0..<m { coefficients[p + c] = used.solution[c] }
        for j in 0..<p {
            var sum = base[j]
            for c in 0..<m { sum -= projected[j * m + c] * used.solution[c] }
            coefficients[j] = sum
        }
    }

    /// The fitted value of row `t` with the last coefficients.
    @inline(__always)
    private func predict(_ t: Int) -> Double {
        var value = 0.0
        for j in 0..<p { value += baseline[j * n + t] * coefficients[j] }
        for c in 0..<m { value += features[c * n + t] * coefficients[p + c] }
        return value
    }

    /// The mean squared error over the validation folds of the point last set.
    func validationError(ridge: Double) -> Double {
        var squares = 0.0, count = 0
        for index in 0..<(systems.count - 1) {
            guard let test = systems[index].test else { continue }
            solve(system: index, ridge: ridge)
            for t in bounds[test]..<bounds[test + 1] {
                let e = response[t] - predict(t)
                squares += e * e
            }
            count += bounds[test + 1] - bounds[test]
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
    /// the features stay set to `u`'s. With `signFree` the channel coefficients may come out
    /// negative (see ``MarketingMixModel``'s bootstrap).
    func fitAll(_ u: UnsafeBufferPointer<Double>, signFree: Bool = false) -> [Double] {
        setPoint(u)
        solve(system: systems.count - 1, ridge: space.ridge(u), signFree: signFree)
        return Array(coefficients)
    }

    /// The features of the point last set, channel by channel.
    func featureColumns() -> [[Double]] {
        (0..<m).map { c in Array(features[(c * n)..<((c + 1) * n)]) }
    }
}
