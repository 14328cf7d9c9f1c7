import Foundation

/// The state recursion of one exponential smoothing model with fixed parameters: the one-step
/// mean, the state update, and the filter over a series that yields the likelihood.
///
/// The seasonal states live in a ring buffer indexed by the phase of the observation, so a
/// step costs the same for any period: the slot for phase `t mod m` holds `sₜ₋ₘ` before
/// observation `t` and `sₜ` after it.
struct ETSRecursion: Sendable {
    let multiplicativeError: Bool
    let hasTrend: Bool
    let hasSeason: Bool
    let multiplicativeSeason: Bool
    let parameters: ETSParameters

    /// Below this a divisor counts as zero and the parameters as inadmissible.
    static let tolerance = 1e-10

    /// The typical magnitude of the data, `mean |yₜ|` (1 for a series of zeros): the
    /// estimator works on `y / scale`, which makes the states of order one.
    static func scale(of y: [Double]) -> Double {
        let scale = y.reduce(0) { $0 + abs($1) } / Double(max(y.count, 1))
        return scale > 0 && scale.isFinite ? scale : 1
    }

    /// The smallest mean squared innovation the likelihood uses: `(10⁻¹⁰·scale)²`, or 10⁻²⁰
    /// for relative errors. An exact fit (a constant or linear series) then has a large but
    /// finite likelihood, and the information criteria still prefer the simplest exact model.
    static func sseFloor(multiplicativeError: Bool, scale: Double) -> Double {
        multiplicativeError ? 1e-20 : 1e-20 * scale * scale
    }

    /// The recursion of `specification`; parameters of components it lacks take their
    /// neutral values (β = 0, γ = 0, φ = 1).
    init(_ specification: ETSSpecification, _ parameters: ETSParameters) {
        multiplicativeError = specification.error == .multiplicative
        hasTrend = specification.trend != .none
        hasSeason = specification.season != .none
        multiplicativeSeason = specification.season == .multiplicative
        self.parameters = parameters.neutralized(for: specification)
    }

    /// `ℓ + φb`, the level carried one step forward.
    @inline(__always)
    func carriedLevel(level: Double, trend: Double) -> Double {
        hasTrend ? level + parameters.phi * trend : level
    }

    /// The one-step mean from the carried level and `sₜ₋ₘ`.
    @inline(__always)
    func mean(carried q: Double, season s: Double) -> Double {
        guard hasSeason else { return q }
        return multiplicativeSeason ? q * s : q + s
    }

    /// Updates level, trend and the seasonal slot with observation `y`. Returns `false` when
    /// a multiplicative season meets a divisor at zero.
    @inline(__always)
    func update(level: inout Double, trend: inout Double, season: inout Double, y: Double) -> Bool {
        let phiB = hasTrend ? parameters.phi * trend : 0
        let q = level + phiB
        var deseasonalized = y
        if hasSeason {
            if multiplicativeSeason {
                guard abs(season) > Self.tolerance, abs(q) > Self.tolerance else { return false }
                deseasonalized = y / season
            } else {
                deseasonalized = y - season
            }
        }
        // With d = (yₜ ⊖ sₜ₋ₘ) − (ℓₜ₋₁ + φbₜ₋₁): ℓₜ = ℓₜ₋₁ + φbₜ₋₁ + α·d, and the trend
        // equation's (ℓₜ − ℓₜ₋₁ − φbₜ₋₁)/α is d itself, so bₜ = φbₜ₋₁ + β·d.
        let d = deseasonalized - q
        let newLevel = q + parameters.alpha * d
        if hasTrend { trend = phiB + parameters.beta * d }
        if hasSeason {
            let target = multiplicativeSeason ? y / q : y - q
            season += parameters.gamma * (target - season)
        }
        level = newLevel
        return true
    }

    /// Runs the filter over `y` from the given start, leaving the final states in place.
    ///
    /// - Parameters:
    ///   - ring: seasonal states by phase: `ring[j] = s₋ₘ₊₁₊ⱼ` on entry (length `m`, or 1
    ///     without a season), the last `m` seasonal states by phase on exit.
    ///   - errors: if given, receives the innovations `εₜ` (absolute or relative).
    /// - Returns: `n·log(Σεₜ²) + 2·Σ log μₜ` (the second term for multiplicative errors), which
    ///   is `−2 log L` up to a constant, or `+∞` when a mean or divisor is not admissible.
    ///   The sum of squares is floored at `n·sseFloor` so that exact fits stay finite.
    func filter(_ y: UnsafeBufferPointer<Double>, level: inout Double, trend: inout Double,
                ring: UnsafeMutableBufferPointer<Double>, sseFloor: Double,
                errors: UnsafeMutableBufferPointer<Double>? = nil) -> Double {
        if !hasSeason {
            return filterNonSeasonal(y, level: &level, trend: &trend, sseFloor: sseFloor, errors: errors)
        }
        let n = y.count, m = ring.count
        // Σ log μₜ is taken as the log of products of 16 means at a time: one logarithm per
        // block instead of one per observation, with no risk of overflow for scaled data.
        var sse = 0.0, logMeans = 0.0, product = 1.0, phase = 0
        for t in 0..<n {
            let q = carriedLevel(level: level, trend: trend)
            let mu = mean(carried: q, season: ring[phase])
            let e: Double
            if multiplicativeError {
                guard mu > Self.tolerance else { return .infinity }
                e = (y[t] - mu) / mu
                product *= mu
                if t & 15 == 15 {
                    logMeans += log(product)
                    product = 1
                }
            } else {
                e = y[t] - mu
            }
            guard e.isFinite else { return .infinity }
            sse += e * e
            errors?[t] = e
            guard update(level: &level, trend: &trend, season: &ring[phase], y: y[t]) else { return .infinity }
            phase += 1
            if phase == m { phase = 0 }
        }
        logMeans += log(product)
        let criterion = Double(n) * log(max(sse, Double(n) * sseFloor)) + 2 * logMeans
        return criterion.isNaN ? .infinity : criterion
    }

    /// The filter for models without a season, written around the one-step mean
    /// `qₜ = ℓₜ₋₁ + φbₜ₋₁`: with `dₜ = yₜ − qₜ`,
    /// `qₜ₊₁ = qₜ + φ²bₜ₋₁ + (α + φβ)·dₜ` and `bₜ = φbₜ₋₁ + β·dₜ`, so each step waits on one
    /// subtraction, one multiplication and one addition. Same results as the general loop.
    private func filterNonSeasonal(_ y: UnsafeBufferPointer<Double>, level: inout Double, trend: inout Double,
                                   sseFloor: Double, errors: UnsafeMutableBufferPointer<Double>?) -> Double {
        let n = y.count
        let phi = hasTrend ? parameters.phi : 0, beta = hasTrend ? parameters.beta : 0
        let alpha = parameters.alpha, gain = alpha + phi * beta, phi2 = phi * phi
        var b = hasTrend ? trend : 0
        var q = level + phi * b
        var lastLevel = level
        var sse = 0.0, logMeans = 0.0, product = 1.0
        for t in 0..<n {
            let d = y[t] - q
            var e = d
            if multiplicativeError {
                guard q > Self.tolerance else { return .infinity }
                e = d / q
                product *= q
                if t & 15 == 15 {
                    logMeans += log(product)
                    product = 1
                }
            }
            sse += e * e
            errors?[t] = e
            lastLevel = q + alpha * d
            let next = q + phi2 * b + gain * d
            b = phi * b + beta * d
            q = next
        }
        guard q.isFinite, sse.isFinite else { return .infinity }
        level = lastLevel
        trend = hasTrend ? b : 0
        logMeans += log(product)
        let criterion = Double(n) * log(max(sse, Double(n) * sseFloor)) + 2 * logMeans
        return criterion.isNaN ? .infinity : criterion
    }

    /// Point forecasts for `horizon` steps from a state, iterating the recursion without
    /// innovations.
    func pointForecasts(from state: ETSState, horizon: Int) -> [Double] {
        let m = state.seasonal.count
        var result: [Double] = []
        result.reserveCapacity(horizon)
        for h in 1...horizon {
            // The damped trend contributes (φ + φ² + … + φʰ)·b after h steps.
            var damping = 0.0, power = 1.0
            for _ in 0..<h { power *= parameters.phi; damping += power }
            let q = hasTrend ? state.level + damping * state.trend : state.level
            let season = hasSeason ? state.seasonal[m - 1 - (h - 1) % m] : 0
            result.append(mean(carried: q, season: season))
        }
        return result
    }
}
