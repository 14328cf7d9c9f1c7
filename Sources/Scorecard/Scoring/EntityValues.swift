/// The values of one entity, keyed by KPI or input name, after the checks that need all rows:
/// one role and at most one team per entity, one value per name.
struct EntityValues {
    let entity: String
    let role: String
    var team: String?
    var values: [String: KPIValue] = [:]

    /// Groups the values of the period to score by entity, in order of first appearance, and
    /// splits off entities whose role the scorecard does not define.
    static func group(_ all: [KPIValue], for scorecard: Scorecard, period: String?) throws
        -> (scored: [EntityValues], unscored: [ScorecardResult.Unscored], period: String?) {
        let periods = Set(all.compactMap(\.period)).sorted()
        let values = period.map { chosen in all.filter { $0.period == chosen } } ?? all
        guard !values.isEmpty else { throw ScoringError(location: nil, problem: .noValues(period: period, periods: periods)) }
        if period == nil, periods.count > 1 { throw ScoringError(location: nil, problem: .severalPeriods(periods)) }

        var entities: [EntityValues] = []
        var positions: [String: Int] = [:]
        for value in values {
            guard value.value.isFinite else {
                throw ScoringError(location: value.location, problem: .notFinite(entity: value.entity, kpi: value.kpi))
            }
            if let position = positions[value.entity] {
                try entities[position].checkIdentity(of: value)
            } else {
                positions[value.entity] = entities.count
                entities.append(EntityValues(entity: value.entity, role: value.role, team: value.team))
            }
        }
        guard entities.contains(where: { scorecard.role(named: $0.role) != nil }) else {
            let found = Set(entities.map(\.role)).sorted()
            throw ScoringError(location: nil, problem: .noScoredRoles(found: found, scorecard: scorecard.roles.map(\.name)))
        }
        for value in values {
            guard let position = positions[value.entity], scorecard.role(named: value.role) != nil else { continue }
            if let problem = scorecard.problem(entity: value.entity, role: value.role, kpi: value.kpi, value: value.value) {
                throw ScoringError(location: value.location, problem: problem)
            }
            try entities[position].add(value)
        }
        let unscored = entities.filter { scorecard.role(named: $0.role) == nil }
            .map { ScorecardResult.Unscored(entity: $0.entity, role: $0.role) }
        let scored = entities.filter { scorecard.role(named: $0.role) != nil }
        return (scored, unscored, period ?? (periods.count == 1 ? periods.first : nil))
    }

    /// A later row of the entity must repeat its role; the first team named is its team.
    private mutating func checkIdentity(of value: KPIValue) throws {
        guard value.role == role else {
            throw ScoringError(location: value.location, problem: .conflictingRole(entity: entity, first: role, second: value.role))
        }
        guard let other = value.team else { return }
        if let team, team != other {
            throw ScoringError(location: value.location, problem: .conflictingTeam(entity: entity, first: team, second: other))
        }
        team = other
    }

    private mutating func add(_ value: KPIValue) throws {
        if let first = values[value.kpi] {
            throw ScoringError(location: value.location,
                               problem: .duplicateValue(entity: entity, kpi: value.kpi, first: first.location))
        }
        values[value.kpi] = value
    }
}
