/// The optimizer's starting point: a small grid over α (and β for trend models), with the
/// initial states that best fit the data at each grid point.
///
/// The likelihood of exponential smoothing is often multimodal in α (a local optimum near
/// α = 0, the global mean, against one near α = 1, the random walk) and in β, so a single
/// start can settle in the wrong basin. Each grid point keeps γ and φ at the heuristic values
/// of ``ETSInitialization``. For models whose states evolve linearly (no multiplicative season)
/// the one-step means are affine in the initial state, `μ = c + A·x₀`, so the best initial
/// state for the grid point is a least-squares fit: ordinary for additive errors, reweighted by
/// `1/μₜ²` for multiplicative errors, whose innovations are relative. The grid point with the
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
    ///
    /// `c` (the means from a zero initial state) and the columns of `A` (the response of the
    /// means to unit initial state `k` with the data set to zero) come from `p + 1` runs of the
    /// linear state recursion, advanced together, one time step for all of them at a time, so
    /// that the processor overlaps their independent chains. The normal equations are then
    /// formed from the stored columns by dot products.
    ///
    /// Additive errors weigh every step alike. A multiplicative error is relative to the mean,
    /// `εₜ = (yₜ − μₜ)/μₜ`, so its weights are `1/μₜ²`, for means not known in advance: the
    /// ordinary fit comes first, then one weighted by `1/μₜ²` with its means when they are all
    /// positive. (Weighing by `1/yₜ²` instead lets an observation far below its mean, such as a
    /// value near zero in a series of thousands, dominate the fit.)
    private func leastSquaresStates(_ u: [Double]) -> [Double]? {
        let n = y.count, p = space.dimension - space.smoothingCount
        guard n > p else { return nil }
        let recursion = ETSRecursion(space.specification, space.parameters(u))
        let multiplicative = space.specification.error == .multiplicative
        let (dimension, m, runs) = (space.dimension, space.period, p + 1)
        // Scratch: the means of every run (run k at k·n ..< (k + 1)·n; run 0 is c, run k the
        // column k − 1 of A), kept for the weighted fit; per run a level, a trend and a
        // seasonal ring; one initial state; the residuals y − c and the weights.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: runs * (n + 2 + m) + dimension + 2 * n) { scratch in
            guard let means = scratch.baseAddress else { return nil }
            let (level, trend) = (means + runs * n, means + runs * (n + 1))
            let rings = means + runs * (n + 2)
            let start = UnsafeMutableBufferPointer(start: rings + runs * m, count: dimension)
            start.initialize(repeating: 0)
            for k in 0..<runs {
                // Run 0 starts from zero; run k from unit initial state k − 1.
                if k > 0 { start[space.smoothingCount + k - 1] = 1 }
                (level[k], trend[k]) = space.levelAndTrend(UnsafeBufferPointer(start))
                _ = space.fillRing(UnsafeBufferPointer(start), UnsafeMutableBufferPointer(start: rings + k * m, count: m))
                if k > 0 { start[space.smoothingCount + k - 1] = 0 }
            }
            var phase = 0
            for t in 0..<n {
                for k in 0..<runs {
                    let season = rings + k * m + phase
                    means[k * n + t] = recursion.mean(carried: recursion.carriedLevel(level: level[k], trend: trend[k]),
                                                      season: season.pointee)
                    _ = recursion.update(level: &level[k], trend: &trend[k], season: &season.pointee,
                                         y: k == 0 ? y[t] : 0)
                }
                phase = phase + 1 == m ? 0 : phase + 1
            }
            let residuals = rings + runs * m + dimension, roots = residuals + n
            for t in 0..<n { residuals[t] = y[t] - means[t] }
            var gram = [Double](repeating: 0, count: p * p), rhs = [Double](repeating: 0, count: p)
            let column = { (j: Int) in UnsafePointer(means + (j + 1) * n) }
            for j in 0..<p {
                rhs[j] = Self.dot(column(j), UnsafePointer(residuals), count: n)
                for i in 0...j { gram[i * p + j] = Self.dot(column(i), column(j), count: n) }
            }
            guard let first = Self.choleskySolve(&gram, &rhs, order: p) else { return nil }
            guard multiplicative else { return first }
            // The normal equations weighted by 1/μₜ², with the means of the first fit: the same
            // dot products after the residuals and columns are divided by μₜ.
            for t in 0..<n {
                var mu = means[t]
                for k in 0..<p { mu += means[(k + 1) * n + t] * first[k] }
                guard mu > ETSRecursion.tolerance else { return first }
                roots[t] = 1 / mu
            }
            for t in 0..<n { residuals[t] *= roots[t] }
            for j in 0..<p {
                let a = means + (j + 1) * n
                for t in 0..<n { a[t] *= roots[t] }
            }
            for j in 0..<p {
                rhs[j] = Self.dot(column(j), UnsafePointer(residuals), count: n)
                for i in 0...j { gram[i * p + j] = Self.dot(column(i), column(j), count: n) }
            }
            return Self.choleskySolve(&gram, &rhs, order: p) ?? first
        }
    }

    /// `Σₜ aₜ·bₜ`, summed in four interleaved parts so that the additions do not wait on one
    /// another.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count n: Int) -> Double {
        var s = SIMD4<Double>(repeating: 0)
        var t = 0
        while t + 4 <= n {
            s += SIMD4(a[t], a[t + 1], a[t + 2], a[t + 3]) * SIMD4(b[t], b[t + 1], b[t + 2], b[t + 3])
            t += 4
        }
        var tail = 0.0
        while t < n { tail += a[t] * b[t]; t += 1 }
        return s.sum() + tail
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
}
