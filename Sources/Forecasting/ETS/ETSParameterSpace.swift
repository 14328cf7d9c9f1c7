/// The coordinates the optimizer searches for one model: smoothing parameters mapped to the
/// unit interval, followed by the free initial states.
///
/// The maps `α = a`, `β = β₀ + b·(α − β₀)`, `γ = γ₀ + g·(1 − α − γ₀)`, `φ = 0.8 + 0.18·p`
/// (with `a, b, g, p` in `[0, 1]` and the lower bound `β₀ = γ₀ = 10⁻⁴`, α kept in
/// `[10⁻⁴, 0.9999]`) turn the usual region `0 < β < α`, `0 < γ < 1 − α` into a box, which
/// the simplex search keeps to by projection. States are unbounded.
struct ETSParameterSpace: Sendable {
    let specification: ETSSpecification
    let period: Int
    let smoothingCount: Int
    let dimension: Int
    private let hasTrend: Bool
    private let isSeasonal: Bool
    private let isDamped: Bool
    private let multiplicativeSeason: Bool

    init(_ specification: ETSSpecification, period: Int) {
        self.specification = specification
        self.period = specification.isSeasonal ? period : 1
        smoothingCount = specification.smoothingParameterCount
        dimension = smoothingCount + specification.freeStateCount(seasonalPeriod: self.period)
        hasTrend = specification.hasTrend
        isSeasonal = specification.isSeasonal
        isDamped = specification.isDamped
        multiplicativeSeason = specification.season == .multiplicative
    }

    /// The index of the first seasonal state among the coordinates (after the smoothing
    /// parameters, the level and the trend).
    var firstSeasonalCoordinate: Int { smoothingCount + (hasTrend ? 2 : 1) }

    var lower: [Double] {
        Array(repeating: 0, count: smoothingCount) + Array(repeating: -.infinity, count: dimension - smoothingCount)
    }

    var upper: [Double] {
        Array(repeating: 1, count: smoothingCount) + Array(repeating: .infinity, count: dimension - smoothingCount)
    }

    /// The smoothing parameters at unit coordinates `u[0..<smoothingCount]`.
    func parameters(_ u: UnsafeBufferPointer<Double>) -> ETSParameters {
        let low = Admissibility.smoothingLower, high = Admissibility.smoothingUpper
        let alpha = low + u[0] * (high - low)
        var p = ETSParameters(alpha: alpha)
        var i = 1
        if hasTrend {
            p.beta = low + u[i] * (alpha - low)
            i += 1
        }
        if isSeasonal {
            p.gamma = low + u[i] * (1 - alpha - low)
            i += 1
        }
        if isDamped {
            let range = Admissibility.dampingRange
            p.phi = range.lowerBound + u[i] * (range.upperBound - range.lowerBound)
        }
        return p
    }

    /// The initial level and trend at coordinates `u`.
    func levelAndTrend(_ u: UnsafeBufferPointer<Double>) -> (level: Double, trend: Double) {
        (u[smoothingCount], hasTrend ? u[smoothingCount + 1] : 0)
    }

    /// Writes the initial seasonal states at coordinates `u` into `ring` by phase
    /// (`ring[j] = s₋ₘ₊₁₊ⱼ`), completing the pattern with the state that makes it sum to 0
    /// (additive) or to `m` (multiplicative). Writes 0 without a season. Returns `false` when
    /// a multiplicative pattern has a state that is not positive.
    func fillRing(_ u: UnsafeBufferPointer<Double>, _ ring: UnsafeMutableBufferPointer<Double>) -> Bool {
        guard isSeasonal else {
            ring[0] = 0
            return true
        }
        let first = firstSeasonalCoordinate
        let multiplicative = multiplicativeSeason
        var total = 0.0
        for k in 0..<(period - 1) {
            let s = u[first + k]
            if multiplicative, !(s > 0) { return false }
            ring[period - 1 - k] = s
            total += s
        }
        let last = (multiplicative ? Double(period) : 0) - total
        if multiplicative, !(last > 0) { return false }
        ring[0] = last
        return true
    }

    /// The initial state at coordinates `u`.
    func initialState(_ u: [Double]) -> ETSState {
        u.withUnsafeBufferPointer { p in
            let (level, trend) = levelAndTrend(p)
            guard specification.isSeasonal else { return ETSState(level: level, trend: trend) }
            var ring = [Double](repeating: 0, count: period)
            _ = ring.withUnsafeMutableBufferPointer { fillRing(p, $0) }
            return ETSState(level: level, trend: trend, seasonal: ring.reversed())
        }
    }

    /// The smoothing parameters at coordinates `u`.
    func parameters(_ u: [Double]) -> ETSParameters {
        u.withUnsafeBufferPointer { parameters($0) }
    }

    /// Coordinates of parameters and a state (the inverse of the two maps above).
    func coordinates(unitParameters: [Double], level: Double, trend: Double, seasonal: [Double]) -> [Double] {
        var u = unitParameters + [level]
        if specification.hasTrend { u.append(trend) }
        if specification.isSeasonal { u += seasonal.prefix(period - 1) }
        return u
    }
}
