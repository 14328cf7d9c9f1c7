/// Empirical-Bayes shrinkage of group means toward their parent (Efron & Morris 1975; the
/// Bühlmann credibility estimator).
///
/// Each group (a team, a person, a season) has observations that are deviations of the
/// group from its parent level — one vector per period. The group's own mean deviation `d̄_g`
/// of `n_g` observations is kept in proportion to how much groups really differ:
///
///     σ²_w = Σ_g Σ_p ‖x_gp − d̄_g‖² / (B·Σ_g (n_g − 1))      (within-group noise per entry)
///     τ²   = max(0, mean_g(‖d̄_g‖²/B − σ²_w/n_g))           (between-group variance)
///     d̃_g  = n_g·τ² / (n_g·τ² + σ²_w) · d̄_g
///
/// so a group with few or noisy observations, or groups that do not differ beyond noise, fall
/// back to the parent. Without any group of two or more observations the noise cannot be
/// told from real differences and every group takes the parent's value.
enum Shrinkage {
    /// The shrunken mean deviation of every group, keyed as the input.
    static func shrunkenMeans(_ groups: [String: [[Double]]]) -> [String: [Double]] {
        let keys = groups.keys.sorted().filter { !(groups[$0] ?? []).isEmpty }
        guard let width = keys.first.flatMap({ groups[$0]?.first?.count }), width > 0 else { return [:] }
        var means: [String: [Double]] = [:]
        var withinSquares = 0.0, withinDegrees = 0
        for key in keys {
            let rows = groups[key] ?? []
            var mean = [Double](repeating: 0, count: width)
            for row in rows { for b in 0..<width { mean[b] += row[b] / Double(rows.count) } }
            means[key] = mean
            for row in rows { for b in 0..<width { withinSquares += (row[b] - mean[b]) * (row[b] - mean[b]) } }
            withinDegrees += rows.count - 1
        }
        guard withinDegrees > 0 else { return means.mapValues { $0.map { _ in 0 } } }
        let within = withinSquares / Double(withinDegrees * width)
        let between = max(0, keys.reduce(0.0) { sum, key in
            let n = Double(groups[key]?.count ?? 1)
            let squares = (means[key] ?? []).reduce(0) { $0 + $1 * $1 } / Double(width)
            return sum + squares - within / n
        } / Double(keys.count))
        return means.reduce(into: [:]) { result, entry in
            let n = Double(groups[entry.key]?.count ?? 0)
            let weight = between > 0 ? n * between / (n * between + within) : 0
            result[entry.key] = entry.value.map { $0 * weight }
        }
    }
}
