/// A person's state at the as-of day: what is booked and what is expected to come.
struct PersonState: Sendable {
    let entity: String
    let team: String?
    let target: Double
    let remaining: RemainingBookings
}

/// Turns people's simulated remaining amounts into projections for people, teams and the
/// company, summing path by path.
struct ProjectionAggregation {
    let persons: [PersonState]
    /// `draws[person][path]`: the amount still to come.
    let draws: [[Double]]
    let remainingDays: Int
    let levels: [Double]

    /// People, then teams by name, then the company.
    func all() -> [EntityProjection] {
        var rows = persons.indices.map { index in
            projection(entity: persons[index].entity, level: .person, team: persons[index].team, members: [index])
        }
        let teams = Dictionary(grouping: persons.indices.filter { persons[$0].team != nil }) { persons[$0].team ?? "" }
        for team in teams.keys.sorted() {
            rows.append(projection(entity: team, level: .team, team: nil, members: teams[team] ?? []))
        }
        rows.append(projection(entity: "company", level: .company, team: nil, members: Array(persons.indices)))
        return rows
    }

    private func projection(entity: String, level: EntityProjection.Level, team: String?,
                            members: [Int]) -> EntityProjection {
        let paths = draws.first?.count ?? 0
        var totals = [Double](repeating: 0, count: paths)
        var booked = 0.0, target = 0.0, expected = 0.0, weightedShare = 0.0, rates = 0.0
        for index in members {
            let person = persons[index]
            let rate = person.remaining.posterior(share: person.remaining.elapsedShare).mean
            booked += person.remaining.booked
            target += person.target
            expected += person.remaining.expected
            weightedShare += rate * person.remaining.elapsedShare
            rates += rate
            for path in 0..<paths { totals[path] += person.remaining.booked + draws[index][path] }
        }
        let sorted = totals.sorted()
        let intervals = levels.map { level in
            AttainmentInterval(level: level, lower: SampleQuantiles.quantile(sorted, (1 - level) / 2),
                               upper: SampleQuantiles.quantile(sorted, (1 + level) / 2))
        }
        let reached = totals.filter { $0 >= target }.count
        let share = rates > 0 ? weightedShare / rates
            : members.reduce(0) { $0 + persons[$1].remaining.elapsedShare } / Double(max(members.count, 1))
        let days = Double(remainingDays)
        let needed = remainingDays > 0 ? max(target - booked, 0) / days : nil
        return EntityProjection(
            entity: entity, level: level, team: team, members: members.count, bookedToDate: booked, target: target,
            projected: booked + expected, expectedShareToDate: share, intervals: intervals,
            probabilityOfTarget: paths > 0 ? Double(reached) / Double(paths) : 0,
            neededPerDay: needed, neededPerWeek: needed.map { $0 * 7 },
            expectedPerDay: remainingDays > 0 ? expected / days : nil, simulatedTotals: totals)
    }
}
