/// Forecasts end-of-period target attainment for people, teams and the company from the
/// bookings so far and the history of earlier periods.
///
/// The method, in order:
/// 1. **Shape.** When bookings arrive within a period — a late-quarter push, a slow August,
///    weekends — is learned from earlier periods as relative intensity per week-long bin
///    (``PeriodBins``) and day of the week, pooled company → season → team → person with
///    empirical-Bayes shrinkage (``WithinPeriodShape``). It gives each person the share `F` of
///    a period's total usually booked by the as-of day.
/// 2. **Level.** A person's earlier periods give a prior for this period's total
///    (``BookingLevels``); the bookings so far, read against `F`, update it to a posterior
///    by credibility weighting (``RatePrior/posterior(booked:elapsedShare:dispersion:)``).
///    With a flat shape and no history the projection is the straight line `X/F`.
/// 3. **Paths.** The rest of the period is simulated ``pathCount`` times with a seeded
///    generator: a calendar factor on everyone's remaining share, as uncertain as the shape
///    proved in earlier periods (``ShapeUncertainty``); each person's total drawn from the
///    posterior, people correlated through a common factor estimated from history; and the
///    remaining bookings drawn around it with the scatter measured on the person's earlier
///    periods (``BookingDispersion``, ``RemainingBookingsSimulation``).
/// 4. **Sums.** A team's and the company's period-end total in a path is the sum of their
///    people's totals in that path, so their intervals and probabilities account for how
///    people's outcomes combine (never a sum of interval bounds).
///
/// The projected total is the posterior expectation (bookings so far plus `R̂·(1 − F)`);
/// intervals are quantiles of the simulated totals (R's type 7) and the probability of
/// attainment is the share of paths reaching the target. Equal inputs and seed give equal
/// results.
public struct AttainmentForecaster: Sendable {
    /// Simulated paths; more give steadier tail quantiles.
    public var pathCount: Int
    /// The seed of the simulation.
    public var seed: UInt64
    /// Interval levels, each in `(0, 1)`.
    public var levels: [Double]

    /// A forecaster with the given simulation settings.
    public init(pathCount: Int = 2000, seed: UInt64 = 1, levels: [Double] = [0.8, 0.95]) {
        self.pathCount = pathCount
        self.seed = seed
        self.levels = levels
    }

    /// Projects every person with a target in `period` to the period's end, with teams and
    /// the company, using the bookings through `asOf` and the periods that ended before
    /// `period` started (and by `asOf`).
    /// - Throws: ``AttainmentError/unknownPeriod(label:)``, ``AttainmentError/noTargets(period:)``,
    ///   ``AttainmentError/nonPositiveTarget(entity:period:amount:)``,
    ///   ``AttainmentError/invalidPathCount(_:)`` or ``AttainmentError/invalidLevel(_:)``.
    public func forecast(_ data: AttainmentData, period label: String, asOf: Int) throws -> AttainmentForecast {
        guard pathCount >= 1 else { throw AttainmentError.invalidPathCount(pathCount) }
        if let bad = levels.first(where: { !($0 > 0 && $0 < 1) }) { throw AttainmentError.invalidLevel(bad) }
        let period = try data.period(label)
        let targets = data.targetsByPeriod()
        guard let current = targets[label], !current.isEmpty else { throw AttainmentError.noTargets(period: label) }
        for (entity, amount) in current.sorted(by: { $0.key < $1.key }) where !(amount > 0) {
            throw AttainmentError.nonPositiveTarget(entity: entity, period: label, amount: amount)
        }
        let byEntity = Dictionary(grouping: data.bookings.filter { $0.day <= asOf }, by: \.entity)
        let activePeople = { (period: AttainmentPeriod) in (targets[period.label] ?? [:]).keys.sorted() }
        // An earlier period with targets and not one booking says the bookings start later than
        // the targets, not that everyone booked nothing: it is left out of what is learned.
        let earlier = data.history(before: period, asOf: asOf)
        let unbooked = earlier.filter { period in
            !activePeople(period).isEmpty
                && !activePeople(period).contains { (byEntity[$0] ?? []).contains { period.contains($0.day) && $0.amount > 0 } }
        }
        let history = earlier.filter { period in !unbooked.contains { $0.label == period.label } }

        let historyBookings = history.flatMap { period in
            activePeople(period).flatMap { (byEntity[$0] ?? []).filter { period.contains($0.day) } }
        }
        let weekdays = WeekdayProfile.estimate(bookings: historyBookings, periods: history)
        let binCount = PeriodBins.count(forLength: period.length)
        let activities = history.map { period in
            let bins = PeriodBins(period, count: binCount, weekdays: weekdays)
            var amounts: [String: [Double]] = [:]
            for person in activePeople(period) {
                var row = [Double](repeating: 0, count: binCount)
                for booking in byEntity[person] ?? [] where period.contains(booking.day) {
                    row[bins.bin(booking.day)] += booking.amount
                }
                amounts[person] = row
            }
            return PeriodActivity(bins: bins, amounts: amounts)
        }
        let shape = WithinPeriodShape(history: activities, teams: data.teams, weekdays: weekdays, binCount: binCount)

        let people = current.keys.sorted { a, b in
            (data.teams[a] == nil ? 1 : 0, data.teams[a] ?? "", a) < (data.teams[b] == nil ? 1 : 0, data.teams[b] ?? "", b)
        }
        let dispersion = BookingDispersion.estimate(history: activities, shape: shape, teams: data.teams, people: people,
                                                    amountsSoFar: byEntity.mapValues { $0.map(\.amount) })
        let levelModel = BookingLevels(history: activities, dispersion: { dispersion[$0] ?? 0 })
        let bins = PeriodBins(period, count: binCount, weekdays: weekdays)
        let priors = levelModel.priors(people: people, teams: data.teams, exposure: bins.totalExposure, season: period.season)

        let through = min(asOf, period.end)
        let persons: [PersonState] = people.map { person in
            let shares = shape.dailyShares(person: person, team: data.teams[person], bins: bins)
            let elapsedShare = through >= period.start ? min(shares[0...(through - period.start)].reduce(0, +), 1) : 0
            let inPeriod = (byEntity[person] ?? []).filter { period.contains($0.day) }
            let booked = inPeriod.reduce(0) { $0 + $1.amount }
            let remaining = RemainingBookings(prior: priors[person] ?? .uninformative, booked: booked,
                                              elapsedShare: elapsedShare, periodEnded: asOf >= period.end,
                                              dispersion: dispersion[person] ?? 0)
            return PersonState(entity: person, team: data.teams[person], target: current[person] ?? 0, remaining: remaining,
                               bookedByDay: PersonState.dailyAmounts(inPeriod, period: period, through: through),
                               remainingShape: PersonState.remainingShape(shares, period: period, through: through))
        }
        let elapsedFraction = Double(max(through - period.start + 1, 0)) / Double(period.length)
        let draws = RemainingBookingsSimulation.run(
            persons.map(\.remaining), correlation: levelModel.correlation,
            shapeLogVariance: ShapeUncertainty.logVariance(history: activities, binCount: binCount, elapsedFraction: elapsedFraction),
            paths: pathCount, seed: seed)
        let remainingDays = min(max(period.end - max(asOf, period.start - 1), 0), period.length)
        let aggregation = ProjectionAggregation(persons: persons, draws: draws, remainingDays: remainingDays, levels: levels,
                                                periodEnd: period.end)
        return AttainmentForecast(period: period, asOf: asOf, elapsedDays: period.length - remainingDays,
                                  remainingDays: remainingDays, history: history.map(\.label),
                                  periodsWithoutBookings: unbooked.map(\.label), pathCount: pathCount,
                                  seed: seed, correlation: levelModel.correlation, projections: aggregation.all())
    }
}
