import Store

/// Target attainment to date: what an entity has booked in the period up to the as-of day,
/// against its target for the period.
public struct Attainment: Sendable, Equatable {
    /// A person, a team (`team:<name>`) or the company (`company`).
    public let entity: String
    /// Whether the row is a person, a team or the company.
    public let level: Level
    /// Sum of actuals from the period's start through the as-of day.
    public let actualToDate: Double
    /// The period's target.
    public let target: Double
    /// `actualToDate ÷ target × 100`.
    public var percent: Double { actualToDate / target * 100 }
    /// Share of the period's days elapsed at the as-of day, 0–1: attainment should be read
    /// against it (40% attained at 40% of the quarter is on pace).
    public let elapsed: Double

    public enum Level: String, Sendable { case person, team, company }

    /// Attainment of every person with a target in `period`, then of every team and of the
    /// company.
    ///
    /// A person is measured on their own actuals; a ``TeamLead`` on the sum of the team
    /// members' actuals, since the lead carries the team's target. Teams and the company add up
    /// the actuals and targets of the people with a target who are not leads (``counted``), so
    /// that a manager's copy of the team target is not counted twice; bookings of anyone else
    /// (a lead's own, a member without a target) count for no team.
    static func compute(people: [Person], targets: [Target], actuals: [Actual], period: Period, asOf: Day) -> [Attainment] {
        let through = min(asOf, period.end)
        let elapsed = Double(through.daysSinceEpoch - period.start.daysSinceEpoch + 1)
            / Double(period.end.daysSinceEpoch - period.start.daysSinceEpoch + 1)
        var booked: [String: Double] = [:]
        for actual in actuals where period.start <= actual.date && actual.date <= through {
            booked[actual.entity, default: 0] += actual.amount
        }
        let teamOf = Dictionary(people.map { ($0.entity, $0.team) }, uniquingKeysWith: { first, _ in first })
        let periodTargets = TeamLead.periodTargets(targets, period)
        let leadsTeam = TeamLead.leads(people: people, targets: targets, period: period)
        let counted = Set(periodTargets.keys).subtracting(leadsTeam)
        var teamTotals: [String: (actual: Double, target: Double)] = [:]
        var company = (actual: 0.0, target: 0.0)
        // Sums in a fixed order (by entity), so that every run gives bit-identical totals.
        for (entity, target) in periodTargets.sorted(by: { $0.key < $1.key }) where counted.contains(entity) {
            let actual = booked[entity] ?? 0
            if let team = teamOf[entity] {
                teamTotals[team, default: (0, 0)].actual += actual
                teamTotals[team, default: (0, 0)].target += target
            }
            company.actual += actual
            company.target += target
        }
        var rows: [Attainment] = []
        for (entity, target) in periodTargets.sorted(by: { $0.key < $1.key }) {
            let actual = leadsTeam.contains(entity) ? teamOf[entity].flatMap { teamTotals[$0]?.actual } ?? 0 : booked[entity] ?? 0
            rows.append(Attainment(entity: entity, level: .person, actualToDate: actual, target: target, elapsed: elapsed))
        }
        for (team, total) in teamTotals.sorted(by: { $0.key < $1.key }) where total.target > 0 {
            rows.append(Attainment(entity: "team:\(team)", level: .team, actualToDate: total.actual, target: total.target, elapsed: elapsed))
        }
        if company.target > 0 {
            rows.append(Attainment(entity: "company", level: .company, actualToDate: company.actual, target: company.target, elapsed: elapsed))
        }
        return rows
    }

    /// Whose bookings and targets make up the teams and the company: everyone with a target
    /// for the period but the leads, whose target is their team's. The forecast sums the same
    /// people, so that a team's attainment and its projection add up the same bookings.
    static func counted(people: [Person], targets: [Target], period: Period) -> Set<String> {
        Set(TeamLead.periodTargets(targets, period).keys).subtracting(TeamLead.leads(people: people, targets: targets, period: period))
    }
}
