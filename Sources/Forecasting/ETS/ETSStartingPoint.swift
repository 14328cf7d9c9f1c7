import LinearAlgebra

/// The optimizer's starting point: a small grid over α, with the initial states that best
/// fit the data at each grid point.
///
/// The likelihood of exponential smoothing is often multimodal in α (a local optimum near
/// α = 0, the global mean, against one near α = 1, the random walk), so a single start can
/// settle in the wrong basin. Each grid point keeps β, γ and φ at the heuristic values of
/// ``ETSInitialization``. For models whose states evolve linearly (no multiplicative season)
/// the one-step means are affine in the initial state, `μ = c + A·x₀`, so the best initial
/// state for the grid point is a least-squares fit: ordinary for additive errors, weighted by
/// `1/yₜ²` for multiplicative errors, whose innovations are relative. The grid point with the
/// smallest `−2 log L` starts the simplex search.
struct ETSStartingPoint {
    /// Unit coordinates of α tried, besides the heuristic value.
    static let alphaGrid = [0.05, 0.5, 0.8, 0.95]
    static let betaGrid = [0.5]

    let space: ETSParameterSpace
    let y: [Double]

    /// The best of the grid points, beginning from `heuristic` (parameters then states).
    func best<Objective: SimplexObjective>(from heuristic: [Double], objective: Objective) -> [Double] {
        var best = heuristic
        var bestValue = best.withUnsafeBufferPointer { objective.value($0) }
        let linear = space.specification.season != .multiplicative
        let betas = space.specification.hasTrend ? [heuristic[1]] + Self.betaGrid : [0]
        for alpha in [heuristic[0]] + Self.alphaGrid {
          for beta in betas {
            var candidate = heuristic
            candidate[0] = alpha
            if space.specification.hasTrend { candidate[1] = beta }
            if linear, let states = leastSquaresStates(candidate) {
                for (k, s) in states.enumerated() { candidate[space.smoothingCount + k] = s }
            } else if alpha == heuristic[0] {
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
    /// smoothing parameters of `u`, or `nil` if the regression is degenerate.
    private func leastSquaresStates(_ u: [Double]) -> [Double]? {
        let n = y.count, p = space.dimension - space.smoothingCount
        guard n > p else { return nil }
        let recursion = ETSRecursion(space.specification, space.parameters(u))
        let zero = [Double](repeating: 0, count: space.dimension)
        // c: the means from a zero initial state; column k of A: the response of the means to
        // unit initial state k with the data set to zero.
        let offset = means(recursion, data: y, start: zero)
        var columns: [[Double]] = []
        let silent = [Double](repeating: 0, count: n)
        for k in 0..<p {
            var unit = zero
            unit[space.smoothingCount + k] = 1
            columns.append(means(recursion, data: silent, start: unit))
        }
        let multiplicative = space.specification.error == .multiplicative
        let weights = y.map { multiplicative ? 1 / max(abs($0), 1e-8) : 1 }
        let response = (0..<n).map { (y[$0] - offset[$0]) * weights[$0] }
        let weighted = columns.map { column in (0..<n).map { column[$0] * weights[$0] } }
        guard let design = try? Matrix(columns: weighted),
              let solution = try? LeastSquares.solve(design, response, options: .init(precision: .double))
        else { return nil }
        return solution.coefficients
    }

    /// One-step means of the linear state recursion over `data` from the initial state at
    /// coordinates `start` (the seasonal pattern completed as in ``ETSParameterSpace``).
    private func means(_ recursion: ETSRecursion, data: [Double], start: [Double]) -> [Double] {
        let m = space.period
        var ring = [Double](repeating: 0, count: m)
        var (level, trend) = start.withUnsafeBufferPointer { space.levelAndTrend($0) }
        start.withUnsafeBufferPointer { u in
            ring.withUnsafeMutableBufferPointer { _ = space.fillRing(u, $0) }
        }
        var result = [Double](repeating: 0, count: data.count)
        var phase = 0
        for t in data.indices {
            result[t] = recursion.mean(carried: recursion.carriedLevel(level: level, trend: trend), season: ring[phase])
            _ = recursion.update(level: &level, trend: &trend, season: &ring[phase], y: data[t])
            phase = phase + 1 == m ? 0 : phase + 1
        }
        return result
    }
}
