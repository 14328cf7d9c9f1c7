import Forecasting
import Pipeline
import Store
import Tabular

/// The files of `kpi attainment` read into attainment data: the period to forecast, its
/// history, targets, bookings and teams.
struct AttainmentInput {
    let data: AttainmentData
    let period: Period
    /// Team leads left out as people because they carry their team's target (see ``init``).
    let leads: [(entity: String, team: String)]
    /// Entities with a target for the period and no booking in the actuals, in order: without
    /// a people file, possibly leads whose target repeats their team's.
    let unbooked: [String]
    /// Entities who booked in the period through the as-of day but count for no team or the
    /// company: the leads (their own bookings) and those without a target for the period.
    let uncounted: [String]

    /// Reads targets (`entity,period,target`), actuals (`entity,date,amount`) and optionally
    /// people (`entity,team[,role]`).
    ///
    /// The period forecast is `period`, or the one target period that contains `asOf`; the
    /// target periods of the same kind that end before it are its history. With people, a
    /// lead — a role naming a manager, director or head, with a target that is the team's
    /// (`TeamLead`) — carries the team's target and is left out, as `kpi run` measures leads
    /// on their team.
    init(targets targetPath: String, actuals actualPath: String, people peoplePath: String?, asOf: Day,
         period label: String?) throws {
        let targetTable = try CSVFile.read(path: targetPath)
        let entities = try targetTable.requiredText("entity"), amounts = try targetTable.requiredNumbers("target")
        let periods = try targetTable.requiredText("period").enumerated().map { row, cell in
            guard let period = Period(cell) else {
                throw InputError("\(targetTable.place(row: row, column: "period")): \"\(cell)\" is not a period (\(Period.acceptedForms))")
            }
            return period
        }
        if let row = amounts.firstIndex(where: { $0 < 0 }) {
            throw InputError("\(targetTable.place(row: row, column: "target")): a target cannot be negative")
        }
        let period = try Self.choose(label, among: periods, asOf: asOf, source: targetTable.source)

        let actualTable = try CSVFile.read(path: actualPath)
        let bookers = try actualTable.requiredText("entity")
        let bookings = zip(zip(bookers, try actualTable.days("date")), try actualTable.requiredNumbers("amount")).map {
            Booking(entity: $0.0, day: $0.1.daysSinceEpoch, amount: $1)
        }

        var teams: [String: String] = [:]
        var leads: [(entity: String, team: String)] = []
        if let peoplePath {
            let people = try CSVFile.read(path: peoplePath)
            let names = try people.requiredText("entity"), teamNames = try people.requiredText("team")
            let roles = people.hasColumn("role") ? try people.textColumn("role") : names.map { _ in nil }
            var members: [(entity: String, team: String, role: String)] = []
            var firstRow: [String: Int] = [:]
            for (index, entity) in names.enumerated() {
                if let earlier = firstRow[entity] {
                    throw InputError("\(people.place(row: index, column: "entity")): \(entity) is listed again (first on line "
                        + "\(people.lineNumbers[earlier])); a person belongs to one team")
                }
                firstRow[entity] = index
                teams[entity] = teamNames[index]
                members.append((entity, teamNames[index], roles[index] ?? ""))
            }
            let periodTargets = Dictionary(entities.indices.filter { periods[$0] == period }.map { (entities[$0], amounts[$0]) },
                                           uniquingKeysWith: { first, _ in first })
            let carrying = TeamLead.leads(people: members, targets: periodTargets)
            leads = members.filter { carrying.contains($0.entity) }.map { ($0.entity, $0.team) }
        }
        let excluded = Set(leads.map(\.entity))
        let history = Array(Set(periods.filter { $0.kind == period.kind && $0.end < period.start })).sorted { $0.start < $1.start }
        let used = Set(([period] + history).map(\.label))
        var targets: [AttainmentTarget] = []
        for (row, entity) in entities.enumerated() where used.contains(periods[row].label) && !excluded.contains(entity) {
            targets.append(AttainmentTarget(entity: entity, period: periods[row].label, amount: amounts[row]))
        }
        data = try AttainmentData(periods: try ([period] + history).map { try $0.forecastingPeriod() }, targets: targets,
                                  bookings: bookings, teams: teams)
        self.period = period
        let carrying = Set(entities.indices.filter { periods[$0] == period }.map { entities[$0] })
        self.leads = leads.filter { carrying.contains($0.entity) }
        let counted = carrying.subtracting(excluded)
        uncounted = Set(bookings.filter { period.start.daysSinceEpoch <= $0.day && $0.day <= min(asOf, period.end).daysSinceEpoch
                                          && $0.amount != 0 }.map(\.entity))
            .subtracting(counted).sorted()
        let booked = Set(bookers)
        var seen: Set<String> = []
        unbooked = entities.indices.filter { periods[$0] == period }.map { entities[$0] }
            .filter { !booked.contains($0) && seen.insert($0).inserted }
    }

    /// The period to forecast: the one named, or the only target period containing `asOf`.
    private static func choose(_ label: String?, among periods: [Period], asOf: Day, source: String) throws -> Period {
        if let label {
            guard let period = periods.first(where: { $0.label == label }) else {
                throw InputError("\(source): no target is for period \(label)")
            }
            return period
        }
        let containing = Array(Set(periods.filter { $0.contains(asOf) })).sorted { $0.label < $1.label }
        guard let only = containing.first else {
            throw InputError("\(source): no target period contains \(asOf); choose one with --period")
        }
        guard containing.count == 1 else {
            let labels = containing.map(\.label).joined(separator: ", ")
            throw InputError("\(source): several target periods contain \(asOf) (\(labels)); choose one with --period")
        }
        return only
    }

    /// The period as the forecaster sees it, with its season: `Q4` for quarters, `H2` for
    /// halves, `M08` for months; none for years, weeks and days.
}
