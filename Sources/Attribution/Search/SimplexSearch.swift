/// Nelder–Mead minimization in the unit cube, with the dimension-adaptive coefficients of
/// Gao & Han (2012, *Computational Optimization and Applications* 51): trial points are
/// clamped to `[0, 1]`, a run stops when the values over the simplex agree to a tolerance or
/// its budget is spent. Deterministic: ties go to the lower vertex index.
struct SimplexSearch: Sendable {
    /// Tolerance on `max f − min f` over the simplex, relative to `|min f|`.
    var tolerance = 1e-7

    struct Outcome: Sendable {
        var point: [Double]
        var value: Double
        var evaluations: Int
    }

    /// Minimizes `objective` from `start` with initial edges `step`, within `budget` evaluations.
    func minimize(start: [Double], step: Double, budget: Int,
                  _ objective: (UnsafeBufferPointer<Double>) -> Double) -> Outcome {
        let d = start.count
        let dim = Double(d)
        let reflection = 1.0, expansion = 1 + 2 / dim, contraction = 0.75 - 1 / (2 * dim), shrink = 1 - 1 / dim
        var simplex = [[Double]](repeating: start.map { min(max($0, 0), 1) }, count: d + 1)
        var values = [Double](repeating: .infinity, count: d + 1)
        var evaluations = 0
        func evaluate(_ x: [Double]) -> Double {
            evaluations += 1
            let value = x.withUnsafeBufferPointer { objective($0) }
            return value.isNaN ? .infinity : value
        }
        values[0] = evaluate(simplex[0])
        for i in 0..<d {
            var vertex = simplex[0]
            vertex[i] = vertex[i] + step <= 1 ? vertex[i] + step : vertex[i] - step
            simplex[i + 1] = vertex
            values[i + 1] = evaluate(vertex)
        }
        var centroid = [Double](repeating: 0, count: d)
        func along(_ coefficient: Double, _ worst: Int) -> [Double] {
            (0..<d).map { i in min(max(centroid[i] + coefficient * (centroid[i] - simplex[worst][i]), 0), 1) }
        }
        while evaluations < budget {
            var best = 0, worst = 0
            for k in 1...d {
                if values[k] < values[best] { best = k }
                if values[k] >= values[worst] { worst = k }
            }
            var second = best
            for k in 0...d where k != worst && values[k] >= values[second] { second = k }
            if values[worst] - values[best] <= tolerance * abs(values[best]) { break }
            for i in 0..<d { centroid[i] = 0 }
            for k in 0...d where k != worst { for i in 0..<d { centroid[i] += simplex[k][i] } }
            for i in 0..<d { centroid[i] /= dim }
            let reflected = along(reflection, worst)
            let fr = evaluate(reflected)
            if fr < values[best] {
                let expanded = along(expansion, worst)
                let fe = evaluate(expanded)
                if fe < fr { (simplex[worst], values[worst]) = (expanded, fe) } else { (simplex[worst], values[worst]) = (reflected, fr) }
            } else if fr < values[second] {
                (simplex[worst], values[worst]) = (reflected, fr)
            } else {
                let outside = fr < values[worst]
                let contracted = along(outside ? contraction : -contraction, worst)
                let fc = evaluate(contracted)
                if fc < (outside ? fr : values[worst]) {
                    (simplex[worst], values[worst]) = (contracted, fc)
                } else {
                    for k in 0...d where k != best {
                        simplex[k] = (0..<d).map { i in simplex[best][i] + shrink * (simplex[k][i] - simplex[best][i]) }
                        values[k] = evaluate(simplex[k])
                    }
                }
            }
        }
        var best = 0
        for k in 1...d where values[k] < values[best] { best = k }
        return Outcome(point: simplex[best], value: values[best], evaluations: evaluations)
    }
}
