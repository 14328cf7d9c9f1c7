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
    /// their people's actuals and the targets of those who are not leads, so that a manager's
    /// copy of the team target is not counted twice.
    static func compute(people: [Person], targets: [Target], actuals: [Actual], period: Period, asOf: Day) -> [Attainment] {
        let through = min(asOf, period.end)
        let elapsed = Double(through.daysSinceEpoch - period.start.daysSinceEpoch + 1)
            / Double(period.end.daysSinceEpoch - period.start.daysSinceEpoch + 1)
        var booked: [String: Double] = [:]
        for actual in actuals where period.start <= actual.date && actual.date <= through {
            booked[actual.entity, default: 0] += actual.amount
        }
        let teamOf = Dictionary(people.map { ($0.entity, $0.team) }, uniquingKeysWith: { first, _ in first })
        let periodTargets = Dictionary(targets.filter { $0.period == period }.map { ($0.entity, $0.target) },
                                       uniquingKeysWith: { first, _ in first })
        let leadsTeam = TeamLead.leads(people: people.map { ($0.entity, $0.team, $0.role) }, targets: periodTargets)
        var teamBooked: [String: Double] = [:]
        // Sums in a fixed order (by entity), so that every run gives bit-identical totals.
        for (entity, amount) in booked.sorted(by: { $0.key < $1.key }) {
            if let team = teamOf[entity] { teamBooked[team, default: 0] += amount }
        }

        var rows: [Attainment] = []
        var teamTargets: [String: Double] = [:]
        var companyTarget = 0.0
        for target in targets.sorted(by: { $0.entity < $1.entity }) where target.period == period && target.target > 0 {
            let team = teamOf[target.entity]
            let isLead = leadsTeam.contains(target.entity)
            let actual = isLead ? team.flatMap { teamBooked[$0] } ?? 0 : booked[target.entity] ?? 0
            rows.append(Attainment(entity: target.entity, level: .person, actualToDate: actual, target: target.target, elapsed: elapsed))
            // A lead's copy of the team's target is not the team's a second time.
            guard !isLead else { continue }
            if let team { teamTargets[team, default: 0] += target.target }
            companyTarget += target.target
        }
        // Teams and the company book what their people book: every member of a team (the lead
        // and members without a target too), and everyone with a target, in a team or not.
        for (team, target) in teamTargets.sorted(by: { $0.key < $1.key }) where target > 0 {
            rows.append(Attainment(entity: "team:\(team)", level: .team, actualToDate: teamBooked[team] ?? 0, target: target, elapsed: elapsed))
        }
        let companyActual = booked.sorted(by: { $0.key < $1.key })
            .filter { teamOf[$0.key] != nil || periodTargets[$0.key] != nil }.reduce(0) { $0 + $1.value }
        if companyTarget > 0 {
            rows.append(Attainment(entity: "company", level: .company, actualToDate: companyActual, target: companyTarget, elapsed: elapsed))
        }
        return rows
    }
}
