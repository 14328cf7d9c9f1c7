/// The optimizer's starting point: a small grid over α (and β for trend models), with the
/// initial states that best fit the data at each grid point.
///
/// The likelihood of exponential smoothing is often multimodal in α (a local optimum near
/// α = 0, the global mean, against one near α = 1, the random walk) and in β, so a single
/// start can settle in the wrong basin. Each grid point keeps γ and φ at the heuristic values
/// of ``ETSInitialization``. For models whose states evolve linearly (no multiplicative season)
/// the one-step means are affine in the initial state, `μ = c + A·x₀`, so the best initial
/// state for the grid point is a least-squares fit: ordinary for additive errors, weighted by
/// `1/yₜ²` for multiplicative errors, whose innovations are relative. The grid point with the
/// smallest `−2 log L` (the heuristic start included) starts the simplex search.
struct ETSStartingPoint {
    /// Unit coordinates of α tried besides the heuristic value: both ends of its range and
    /// points between.
    static let alphaGrid = [0.05, 0.5, 0.8, 0.95]
    /// Unit coordinates of β tried besides the heuristic value (β then lies halfway to α).
    static let betaGrid = [0.5]

    let space: ETSParameterSpace
    let y: [Double]

    /// The best of the grid points, beginning from `heuristic` (parameters then states).
    func best<Objective: SimplexObjective>(from heuristic: [Double], objective: Objective) -> [Double] {
        var best = heuristic
        var bestValue = best.withUnsafeBufferPointer { objective.value($0) }
        let linear = space.specification.season != .multiplicative
        let trend = space.specification.hasTrend
        let alphas = [heuristic[0]] + Self.alphaGrid
        let betas = trend ? [heuristic[1]] + Self.betaGrid : [0]
        for alpha in alphas {
            for beta in betas {
                var candidate = heuristic
                candidate[0] = alpha
                if trend { candidate[1] = beta }
                if linear, let states = leastSquaresStates(candidate) {
                    for (k, s) in states.enumerated() { candidate[space.smoothingCount + k] = s }
                } else if candidate == heuristic {
                    continue
                }
                let value = candidate.withUnsafeBufferPointer { objective.value($0) }
                if value < bestValue {
                    best = candidate
                    bestValue = value
                }
            }
        }
        return best
    }

    /// The free initial states minimizing the (weighted) squared one-step errors with the
    /// smoothing parameters of `u`, or `nil` if the regression is degenerate. The normal
    /// equations `AᵀWA·x = AᵀW(y − c)` have one unknown per free state (2 without a season);
    /// they are solved in place by Cholesky, which for systems this small costs less than a
    /// call into LAPACK would. Only a starting point depends on the answer.
    private func leastSquaresStates(_ u: [Double]) -> [Double]? {
        let n = y.count, p = space.dimension - space.smoothingCount
        guard n > p else { return nil }
        let recursion = ETSRecursion(space.specification, space.parameters(u))
        let multiplicative = space.specification.error == .multiplicative
        var gram = [Double](repeating: 0, count: p * p), rhs = [Double](repeating: 0, count: p)
        // One scratch block: c (the means from a zero initial state) and the columns of A (the
        // response of the means to unit initial state k with the data set to zero), then the
        // initial state and the seasonal ring of one pass.
        let (dimension, m) = (space.dimension, space.period)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: (p + 1) * n + dimension + m) { scratch in
            guard let base = scratch.baseAddress else { return }
            let start = UnsafeMutableBufferPointer(start: base + (p + 1) * n, count: dimension)
            let ring = UnsafeMutableBufferPointer(start: base + (p + 1) * n + dimension, count: m)
            start.initialize(repeating: 0)
            y.withUnsafeBufferPointer {
                means(recursion, data: $0, start: start, ring: ring, into: UnsafeMutableBufferPointer(start: base, count: n))
            }
            for k in 0..<p {
                start[space.smoothingCount + k] = 1
                means(recursion, data: nil, start: start, ring: ring,
                      into: UnsafeMutableBufferPointer(start: base + (k + 1) * n, count: n))
                start[space.smoothingCount + k] = 0
            }
            // Column k of A is base[(k + 1)·n ..< (k + 2)·n], c is base[0 ..< n].
            for t in 0..<n {
                let weight = multiplicative ? 1 / max(y[t] * y[t], 1e-16) : 1
                let residual = y[t] - base[t]
                for j in 0..<p {
                    let wa = weight * base[(j + 1) * n + t]
                    rhs[j] += wa * residual
                    for i in 0...j { gram[i * p + j] += wa * base[(i + 1) * n + t] }
                }
            }
        }
        return Self.choleskySolve(&gram, &rhs, order: p)
    }

    /// Solves `G·x = b` for symmetric positive definite `G` (upper triangle of the row-major
    /// `gram` read) by Cholesky, `G = RᵀR`; `nil` if a pivot is not positive.
    static func choleskySolve(_ gram: inout [Double], _ b: inout [Double], order p: Int) -> [Double]? {
        for j in 0..<p {
            for k in 0..<j { gram[j * p + j] -= gram[k * p + j] * gram[k * p + j] }
            guard gram[j * p + j] > 0 else { return nil }
            let pivot = gram[j * p + j].squareRoot()
            gram[j * p + j] = pivot
            for i in (j + 1)..<p {
                for k in 0..<j { gram[j * p + i] -= gram[k * p + j] * gram[k * p + i] }
                gram[j * p + i] /= pivot
            }
        }
        for j in 0..<p {
            for k in 0..<j { b[j] -= gram[k * p + j] * b[k] }
            b[j] /= gram[j * p + j]
        }
        for j in stride(from: p - 1, through: 0, by: -1) {
            for k in (j + 1)..<p { b[j] -= gram[j * p + k] * b[k] }
            b[j] /= gram[j * p + j]
        }
        return b.allSatisfy(\.isFinite) ? b : nil
    }

    /// One-step means of the linear state recursion over `data` (zeros when `nil`) from the
    /// initial state at coordinates `start` (the seasonal pattern completed in `ring` as in
    /// ``ETSParameterSpace``).
    private func means(_ recursion: ETSRecursion, data: UnsafeBufferPointer<Double>?,
                       start: UnsafeMutableBufferPointer<Double>, ring: UnsafeMutableBufferPointer<Double>,
                       into result: UnsafeMutableBufferPointer<Double>) {
        let m = space.period
        let coordinates = UnsafeBufferPointer(start)
        var (level, trend) = space.levelAndTrend(coordinates)
        _ = space.fillRing(coordinates, ring)
        var phase = 0
        for t in 0..<result.count {
            result[t] = recursion.mean(carried: recursion.carriedLevel(level: level, trend: trend), season: ring[phase])
            _ = recursion.update(level: &level, trend: &trend, season: &ring[phase], y: data?[t] ?? 0)
            phase = phase + 1 == m ? 0 : phase + 1
        }
    }
}
