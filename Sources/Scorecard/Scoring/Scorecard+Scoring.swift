extension Scorecard {
    /// Scores every entity whose role the scorecard defines.
    ///
    /// Each KPI of the role gets its value (given, or computed from inputs), its rule's points
    /// (0–100) and, when points were lost, the reason. A KPI without a value scores 0 with the
    /// reason `no value` — also when its formula divides by zero for that entity, as
    /// `no value (division by zero: new_customers is 0)`; an excluded value scores 0 with
    /// `excluded: <reason>`. Dimension scores are KPI-weighted means, the person's score the
    /// dimension-weighted mean, and teams and roles get the mean of their members' scores.
    /// - Parameters:
    ///   - values: KPI and input values of any origin.
    ///   - period: score only the values of this period; without it the values must not span
    ///     several periods.
    /// - Throws: ``ScoringError``.
    public func score(_ values: [KPIValue], period: String? = nil) throws -> ScorecardResult {
        let grouped = try EntityValues.group(values, for: self, period: period)
        let people = try grouped.scored.map { try personScore($0) }
            .sorted { $0.score > $1.score || ($0.score == $1.score && $0.entity < $1.entity) }
        return ScorecardResult(scorecard: name, period: grouped.period, people: people,
                               teams: GroupScore.means(of: people, by: \.team),
                               roles: GroupScore.means(of: people, by: \.role),
                               unscored: grouped.unscored)
    }

    private func personScore(_ entity: EntityValues) throws -> PersonScore {
        let resolver = ValueResolver(entity: entity, catalogue: catalogue)
        let dimensions = try (role(named: entity.role)?.dimensions ?? []).map { dimension in
            let kpis = try dimension.kpis.map { entry in
                try kpiScore(entry, in: dimension, resolver: resolver)
            }
            let mean = kpis.reduce(0) { $0 + $1.weight * $1.points } / 100
            return DimensionScore(dimension: dimension.name, weight: dimension.weight, score: mean, kpis: kpis)
        }
        let total = dimensions.reduce(0) { $0 + $1.weight * $1.score } / 100
        return PersonScore(entity: entity.entity, role: entity.role, team: entity.team, score: total, dimensions: dimensions)
    }

    private func kpiScore(_ entry: WeightedKPI, in dimension: DimensionDefinition, resolver: ValueResolver) throws -> KPIScore {
        let value: Double?, points: Double, reason: String?
        switch try resolver.resolve(entry.kpi) {
        case .value(let given):
            let direction = catalogue[entry.kpi]?.direction ?? .higherIsBetter
            let outcome = entry.rule.score(given, direction: direction)
            (value, points, reason) = (given, outcome.points, outcome.reason)
        case .missing(let inputs):
            let detail = inputs.isEmpty ? "" : " (missing input\(inputs.count == 1 ? "" : "s") \(inputs.joined(separator: ", ")))"
            (value, points, reason) = (nil, 0, "no value" + detail)
        case .excluded(let why):
            (value, points, reason) = (nil, 0, "excluded: " + why)
        case .undefined(let why):
            (value, points, reason) = (nil, 0, "no value (\(why))")
        }
        return KPIScore(kpi: entry.kpi, dimension: dimension.name, weight: entry.weight, value: value, points: points,
                        rule: entry.rule, reason: reason, lost: (100 - points) * entry.weight * dimension.weight / 10_000)
    }
}
