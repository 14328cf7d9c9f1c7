/// A function the simplex search minimizes. Values of `+∞` (or NaN) mark infeasible points.
protocol SimplexObjective {
    func value(_ x: UnsafeBufferPointer<Double>) -> Double
}

/// Derivative-free minimization in a box by the Nelder–Mead simplex method with the
/// dimension-adaptive coefficients of Gao & Han (2012) and restarts.
///
/// Trial points are projected onto the box `lower ≤ x ≤ upper` (infinite bounds leave a
/// coordinate free). A run stops when the spread of function values over the simplex falls
/// below the tolerance, or when the budget of evaluations is spent. The search then restarts
/// from the best point with a fresh simplex of the original size, which recovers from the
/// collapsed simplices Nelder–Mead is prone to; it ends when a restart no longer improves the
/// value. Everything is deterministic.
struct NelderMead: Sendable {
    var lower: [Double]
    var upper: [Double]
    /// Tolerance on `max f − min f` over the simplex, relative to `1 + |min f|`.
    var tolerance = 1e-8
    /// Evaluation budget for all runs together.
    var maxEvaluations = 2000
    /// Fresh-simplex restarts after the first run.
    var maxRestarts = 1

    struct Result: Sendable {
        var point: [Double]
        var value: Double
        var evaluations: Int
    }

    /// Minimizes `objective` from `start`; `steps[i]` is the initial simplex edge along
    /// coordinate `i` (taken towards the interior when the bound is nearer than the step).
    func minimize<Objective: SimplexObjective>(start: [Double], steps: [Double], _ objective: Objective) -> Result {
        let n = start.count
        // Working storage, allocated once: the simplex vertex after vertex, its values, the
        // sum of its vertices, the centroid and two trial points.
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: (n + 1) * n + (n + 1) + 4 * n)
        defer { storage.deallocate() }
        let search = Search(lower: lower, upper: upper, tolerance: tolerance, n: n, objective: objective,
                            storage: storage)
        var point = start
        for i in 0..<n { point[i] = min(max(point[i], lower[i]), upper[i]) }
        var value = point.withUnsafeBufferPointer { search.evaluate($0) }
        var evaluations = 1
        for run in 0...maxRestarts {
            let budget = maxEvaluations - evaluations
            guard budget > n + 1 else { break }
            let previous = value
            evaluations += search.run(from: &point, value: &value, steps: steps, budget: budget)
            // A run keeps its starting vertex unless it finds better, so it never loses ground.
            if run > 0, !(previous - value > tolerance * (1 + abs(value))) { break }
        }
        return Result(point: point, value: value, evaluations: evaluations)
    }
}

/// One simplex search over caller-owned storage.
private struct Search<Objective: SimplexObjective> {
    let lower: [Double]
    let upper: [Double]
    let tolerance: Double
    let n: Int
    let objective: Objective
    let simplex: UnsafeMutableBufferPointer<Double>
    let values: UnsafeMutableBufferPointer<Double>
    /// The sum of the simplex's vertices, kept up to date as vertices are replaced, so that a
    /// centroid costs `O(n)` instead of `O(n²)`.
    let total: UnsafeMutableBufferPointer<Double>
    let centroid: UnsafeMutableBufferPointer<Double>
    let trial: UnsafeMutableBufferPointer<Double>
    let second: UnsafeMutableBufferPointer<Double>

    init(lower: [Double], upper: [Double], tolerance: Double, n: Int, objective: Objective,
         storage: UnsafeMutableBufferPointer<Double>) {
        self.lower = lower
        self.upper = upper
        self.tolerance = tolerance
        self.n = n
        self.objective = objective
        let s = (n + 1) * n
        simplex = UnsafeMutableBufferPointer(rebasing: storage[0..<s])
        values = UnsafeMutableBufferPointer(rebasing: storage[s..<(s + n + 1)])
        centroid = UnsafeMutableBufferPointer(rebasing: storage[(s + n + 1)..<(s + 2 * n + 1)])
        trial = UnsafeMutableBufferPointer(rebasing: storage[(s + 2 * n + 1)..<(s + 3 * n + 1)])
        second = UnsafeMutableBufferPointer(rebasing: storage[(s + 3 * n + 1)..<(s + 4 * n + 1)])
        total = UnsafeMutableBufferPointer(rebasing: storage[(s + 4 * n + 1)..<(s + 5 * n + 1)])
    }

    func evaluate(_ x: UnsafeBufferPointer<Double>) -> Double {
        let v = objective.value(x)
        return v.isNaN ? .infinity : v
    }

    func clamp(_ x: Double, _ i: Int) -> Double { min(max(x, lower[i]), upper[i]) }

    /// `centroid + coefficient·(centroid − vertex worst)`, projected, into `output`.
    func along(_ coefficient: Double, from worst: Int, into output: UnsafeMutableBufferPointer<Double>) {
        for i in 0..<n {
            let c = centroid[i]
            output[i] = clamp(c + coefficient * (c - simplex[worst * n + i]), i)
        }
    }

    func replace(_ vertex: Int, with x: UnsafeMutableBufferPointer<Double>, value: Double) {
        for i in 0..<n { simplex[vertex * n + i] = x[i] }
        values[vertex] = value
    }

    /// ``replace(_:with:value:)`` that also updates the running sum of the vertices.
    func replaceTracking(_ vertex: Int, with x: UnsafeMutableBufferPointer<Double>, value: Double) {
        for i in 0..<n { total[i] += x[i] - simplex[vertex * n + i] }
        replace(vertex, with: x, value: value)
    }

    /// Sums the vertices afresh (after a shrink, which moves all of them).
    func sumVertices() {
        for i in 0..<n { total[i] = 0 }
        for k in 0...n {
            for i in 0..<n { total[i] += simplex[k * n + i] }
        }
    }

    func evaluate(_ x: UnsafeMutableBufferPointer<Double>) -> Double { evaluate(UnsafeBufferPointer(x)) }

    /// One simplex run from `point`; leaves the best vertex in `point` and returns the
    /// number of evaluations.
    func run(from point: inout [Double], value: inout Double, steps: [Double], budget: Int) -> Int {
        let dim = Double(n)
        let expansion = 1 + 2 / dim, contraction = 0.75 - 1 / (2 * dim), shrink = 1 - 1 / dim
        var evaluations = 0
        for i in 0..<n { trial[i] = point[i] }
        replace(0, with: trial, value: value)
        for k in 0..<n {
            for i in 0..<n { trial[i] = point[i] }
            let forward = point[k] + steps[k]
            trial[k] = clamp(forward <= upper[k] ? forward : point[k] - steps[k], k)
            replace(k + 1, with: trial, value: evaluate(trial))
            evaluations += 1
        }
        sumVertices()
        while evaluations < budget {
            // Ties make the first vertex best and the last worst, so the two always differ.
            var best = 0, worst = 0
            for k in 1...n {
                if values[k] < values[best] { best = k }
                if values[k] >= values[worst] { worst = k }
            }
            var secondWorst = best
            for k in 0...n where k != worst && values[k] >= values[secondWorst] { secondWorst = k }
            if values[worst] - values[best] <= tolerance * (1 + abs(values[best])) { break }

            let share = 1 / dim
            for i in 0..<n { centroid[i] = (total[i] - simplex[worst * n + i]) * share }

            along(1, from: worst, into: trial)
            let fr = evaluate(trial)
            evaluations += 1
            if fr < values[best] {
                along(expansion, from: worst, into: second)
                let fe = evaluate(second)
                evaluations += 1
                if fe < fr { replaceTracking(worst, with: second, value: fe) } else { replaceTracking(worst, with: trial, value: fr) }
            } else if fr < values[secondWorst] {
                replaceTracking(worst, with: trial, value: fr)
            } else {
                // Outside contraction when the reflection helped a little, inside otherwise.
                let outside = fr < values[worst]
                along(outside ? contraction : -contraction, from: worst, into: second)
                let fc = evaluate(second)
                evaluations += 1
                if fc < (outside ? fr : values[worst]) {
                    replaceTracking(worst, with: second, value: fc)
                } else {
                    for k in 0...n where k != best {
                        for i in 0..<n {
                            let b = simplex[best * n + i]
                            trial[i] = clamp(b + shrink * (simplex[k * n + i] - b), i)
                        }
                        replace(k, with: trial, value: evaluate(trial))
                        evaluations += 1
                    }
                    sumVertices()
                }
            }
        }
        var best = 0
        for k in 1...n where values[k] < values[best] { best = k }
        for i in 0..<n { point[i] = simplex[best * n + i] }
        value = values[best]
        return evaluations
    }
}
