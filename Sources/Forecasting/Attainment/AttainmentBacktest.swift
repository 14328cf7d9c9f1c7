/// A rolling-origin backtest of ``AttainmentForecaster`` on completed periods: forecast each
/// period from several as-of days inside it, using only what was known then, and compare
/// with what was booked by its end.
///
/// Origins: every period with at least ``minimumHistory`` earlier periods and targets that
/// ended by the last day with complete bookings, at each of ``elapsedFractions`` of its
/// length (the as-of day is `start + round(fraction·length) − 1`).
public struct AttainmentBacktest: Sendable {
    /// The forecaster under test.
    public var forecaster: AttainmentForecaster
    /// Fractions of each period at which to forecast it, each in `(0, 1)`.
    public var elapsedFractions: [Double]
    /// Earlier periods a period needs before it is backtested.
    public var minimumHistory: Int

    /// A backtest design.
    public init(forecaster: AttainmentForecaster = AttainmentForecaster(pathCount: 1000),
                elapsedFractions: [Double] = [1.0 / 3, 0.5, 2.0 / 3, 5.0 / 6], minimumHistory: Int = 2) {
        self.forecaster = forecaster
        self.elapsedFractions = elapsedFractions
        self.minimumHistory = minimumHistory
    }

    /// Runs every origin.
    /// - Parameter lastDay: the last day whose bookings are complete; later periods are left out.
    /// - Throws: ``AttainmentError/nothingToBacktest(reason:)`` when no period qualifies, and
    ///   any error of the forecaster.
    public func run(_ data: AttainmentData, completeThrough lastDay: Int) throws -> AttainmentBacktestResult {
        let targets = data.targetsByPeriod()
        let eligible = data.periods.enumerated().filter { index, period in
            index >= minimumHistory && period.end <= lastDay && !(targets[period.label] ?? [:]).isEmpty
        }.map(\.element)
        guard !eligible.isEmpty else {
            throw AttainmentError.nothingToBacktest(
                reason: "no period with targets ended by day \(lastDay) after \(minimumHistory) earlier periods")
        }
        var cases: [AttainmentBacktestCase] = []
        for period in eligible {
            var booked: [String: Double] = [:]
            for booking in data.bookings where period.contains(booking.day) { booked[booking.entity, default: 0] += booking.amount }
            for fraction in elapsedFractions {
                let asOf = period.start + Int((fraction * Double(period.length)).rounded()) - 1
                let forecast = try forecaster.forecast(data, period: period.label, asOf: asOf)
                let people = forecast.projections.filter { $0.level == .person }
                for row in forecast.projections {
                    let members = people.filter { person in
                        switch row.level {
                        case .person: return person.entity == row.entity
                        case .team: return person.team == row.entity
                        case .company: return true
                        }
                    }
                    let actual = members.reduce(0) { $0 + (booked[$1.entity] ?? 0) }
                    cases.append(AttainmentBacktestCase(period: period.label, asOf: asOf, projection: row, actual: actual))
                }
            }
        }
        return AttainmentBacktestResult(cases: cases)
    }
}

/// One entity forecast from one origin, with the outcome.
public struct AttainmentBacktestCase: Sendable, Equatable {
    /// The period forecast.
    public let period: String
    /// The as-of day of the forecast.
    public let asOf: Int
    /// The forecast.
    public let projection: EntityProjection
    /// What was booked by the period's end.
    public let actual: Double

    /// Whether the target was reached.
    public var reachedTarget: Bool { actual >= projection.target }
}

/// The cases of a backtest and their scores, per level of the organisation.
public struct AttainmentBacktestResult: Sendable {
    /// Every case, in order of period, as-of day and entity.
    public let cases: [AttainmentBacktestCase]

    /// The cases at one level.
    public func cases(at level: EntityProjection.Level) -> [AttainmentBacktestCase] {
        cases.filter { $0.projection.level == level }
    }

    /// The share of outcomes inside the interval at `interval` (bounds included); `nil`
    /// without cases or without that interval.
    public func coverage(_ interval: Double, at level: EntityProjection.Level = .person) -> Double? {
        let scored = cases(at: level).compactMap { item in
            item.projection.interval(level: interval).map { $0.lower <= item.actual && item.actual <= $0.upper }
        }
        return scored.isEmpty ? nil : Double(scored.filter { $0 }.count) / Double(scored.count)
    }

    /// The Brier score of the probability of reaching the target, `mean((p − o)²)` with `o`
    /// 1 when the target was reached: 0 is perfect, 0.25 is a coin toss.
    public func brierScore(at level: EntityProjection.Level = .person) -> Double? {
        mean(cases(at: level).map { item in
            let outcome = item.reachedTarget ? 1.0 : 0.0
            return (item.projection.probabilityOfTarget - outcome) * (item.projection.probabilityOfTarget - outcome)
        })
    }

    /// The Brier score of always forecasting the observed share of targets reached,
    /// `r·(1 − r)`: a forecast with skill scores below it.
    public func referenceBrierScore(at level: EntityProjection.Level = .person) -> Double? {
        mean(cases(at: level).map { $0.reachedTarget ? 1.0 : 0.0 }).map { $0 * (1 - $0) }
    }

    /// The mean absolute difference between projected and final attainment, in percentage
    /// points.
    public func meanAbsoluteAttainmentError(at level: EntityProjection.Level = .person) -> Double? {
        mean(cases(at: level).map { abs($0.projection.projected - $0.actual) / $0.projection.target * 100 })
    }

    private func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
