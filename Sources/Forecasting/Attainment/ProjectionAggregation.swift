/// A person's state at the as-of day: what is booked and what is expected to come.
struct PersonState: Sendable {
    let entity: String
    let team: String?
    let target: Double
    let remaining: RemainingBookings
    /// Amounts booked on each elapsed day of the period, from its first day.
    let bookedByDay: [Double]
    /// The expected cumulative share of the remaining bookings by the end of each remaining
    /// day, under the learned shape; the last is 1.
    let remainingShape: [Double]

    /// Amounts per day from the period's first day through `through` (none before the start).
    static func dailyAmounts(_ bookings: [Booking], period: AttainmentPeriod, through: Int) -> [Double] {
        guard through >= period.start else { return [] }
        var amounts = [Double](repeating: 0, count: through - period.start + 1)
        for booking in bookings where booking.day <= through { amounts[booking.day - period.start] += booking.amount }
        return amounts
    }

    /// The cumulative shares of the days after `through`, rescaled to end at 1 (even steps
    /// when the shape expects nothing more).
    static func remainingShape(_ shares: [Double], period: AttainmentPeriod, through: Int) -> [Double] {
        let first = max(through + 1, period.start) - period.start
        guard first < shares.count else { return [] }
        let rest = Array(shares[first...])
        let total = rest.reduce(0, +)
        var cumulative = 0.0
        return rest.indices.map { index in
            cumulative += total > 0 ? rest[index] : 1
            return index == rest.count - 1 ? 1 : cumulative / (total > 0 ? total : Double(rest.count))
        }
    }
}

/// Turns people's simulated remaining amounts into projections for people, teams and the
/// company, summing path by path.
struct ProjectionAggregation {
    let persons: [PersonState]
    /// `draws[person][path]`: the amount still to come.
    let draws: [[Double]]
    let remainingDays: Int
    let levels: [Double]
    /// The period's last day.
    let periodEnd: Int

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
            expectedPerDay: remainingDays > 0 ? expected / days : nil, simulatedTotals: totals,
            path: path(members: members, paths: paths, sortedTotals: sorted))
    }

    /// The members' summed cumulative bookings to date, and at sampled remaining days the
    /// quantiles over paths of booked plus each path's remaining amount laid along each
    /// member's shape. On the last day every share is 1, so the values are the paths' totals
    /// and their sorted copy serves; for one person a share scales the sorted totals' draws
    /// without reordering them; for groups the quantiles are selected (``QuantileSelection``).
    private func path(members: [Int], paths: Int, sortedTotals: [Double]) -> AttainmentPath {
        var booked = [Double](repeating: 0, count: members.map { persons[$0].bookedByDay.count }.max() ?? 0)
        for index in members {
            for (day, amount) in persons[index].bookedByDay.enumerated() { booked[day] += amount }
        }
        var running = 0.0
        let cumulative = booked.map { amount in
            running += amount
            return running
        }
        let probabilities = [0.5] + levels.flatMap { [(1 - $0) / 2, (1 + $0) / 2] }
        let points = PathSampling.offsets(remainingDays: remainingDays).map { offset in
            var mean = 0.0
            for index in members {
                let person = persons[index]
                mean += person.remaining.booked + person.remaining.expected * share(person, offset)
            }
            let quantiles: [Double]
            if paths == 0 {
                quantiles = probabilities.map { _ in mean }
            } else if offset == remainingDays - 1 {
                quantiles = probabilities.map { SampleQuantiles.quantile(sortedTotals, $0) }
            } else if members.count == 1 {
                let person = persons[members[0]], share = share(person, offset), booked = person.remaining.booked
                quantiles = probabilities.map { booked + (SampleQuantiles.quantile(sortedTotals, $0) - booked) * share }
            } else {
                var values = [Double](repeating: 0, count: paths)
                for index in members {
                    let person = persons[index], share = share(person, offset), draw = draws[index]
                    for path in 0..<paths { values[path] += person.remaining.booked + draw[path] * share }
                }
                quantiles = QuantileSelection.quantiles(&values, probabilities)
            }
            return ProjectedPathPoint(
                day: periodEnd - remainingDays + 1 + offset, mean: mean, median: quantiles[0],
                intervals: levels.indices.map { index in
                    AttainmentInterval(level: levels[index], lower: quantiles[1 + 2 * index], upper: quantiles[2 + 2 * index])
                })
        }
        return AttainmentPath(bookedByDay: cumulative, projected: points)
    }

    /// The share of a person's remaining bookings expected by the end of a remaining day.
    private func share(_ person: PersonState, _ offset: Int) -> Double {
        offset < person.remainingShape.count ? person.remainingShape[offset] : 1
    }
}
