import Forecasting
import Store

/// The main job's end-of-period forecast: the store's targets and bookings become the
/// forecaster's input, and every person's projection becomes two KPI values for the
/// scorecard — `projected_attainment` (percent) and `attainment_probability` (the chance of
/// reaching 100%, in percent).
enum AttainmentForecastStep {
    /// Why the forecast did not run, or the projections with the values they give.
    enum Outcome {
        case skipped(String)
        case forecast(AttainmentForecast, values: [(entity: String, kpi: String, value: Double)])
    }

    static func run(store: KPIStore, people: [Person], period: Period, asOf: Day) throws -> Outcome {
        guard asOf < period.end else { return .skipped("period \(period.label) is complete") }
        let history = try store.periods().filter { $0.kind == period.kind && $0.end < period.start }
        guard !history.isEmpty else { return .skipped("no earlier \(period.kind.rawValue) periods to learn from") }
        let bookings = try store.actuals(kpi: Dataset.defaultKPI, through: asOf)
        let allTargets = try store.targets(kpi: Dataset.defaultKPI)
        // A team lead carries the team's target: the team's projection is theirs.
        let leadEntities = TeamLead.leads(people: people, targets: allTargets, period: period)
        let leads = Dictionary(people.filter { leadEntities.contains($0.entity) }.map { ($0.entity, $0.team) },
                               uniquingKeysWith: { first, _ in first })
        let labels = Set(([period] + history).map(\.label))
        let targets = allTargets
            .filter { labels.contains($0.period.label) && leads[$0.entity] == nil }
            .map { AttainmentTarget(entity: $0.entity, period: $0.period.label, amount: $0.target) }
        let data = try AttainmentData(
            periods: try ([period] + history).map { try $0.forecastingPeriod() }, targets: targets,
            bookings: bookings.map { Booking(entity: $0.entity, day: $0.date.daysSinceEpoch, amount: $0.amount) },
            teams: Dictionary(people.map { ($0.entity, $0.team) }, uniquingKeysWith: { first, _ in first }))
        let forecast = try AttainmentForecaster().forecast(data, period: period.label, asOf: asOf.daysSinceEpoch)

        var values: [(entity: String, kpi: String, value: Double)] = []
        let teams = Dictionary(forecast.projections.filter { $0.level == .team }.map { ($0.entity, $0) },
                               uniquingKeysWith: { first, _ in first })
        for projection in forecast.projections where projection.level == .person && projection.target > 0 {
            values.append((projection.entity, "projected_attainment", projection.projected / projection.target * 100))
            values.append((projection.entity, "attainment_probability", projection.probabilityOfTarget * 100))
        }
        for (lead, team) in leads.sorted(by: { $0.key < $1.key }) {
            guard let projection = teams[team], projection.target > 0 else { continue }
            values.append((lead, "projected_attainment", projection.projected / projection.target * 100))
            values.append((lead, "attainment_probability", projection.probabilityOfTarget * 100))
        }
        return .forecast(forecast, values: values)
    }

    /// For a finished period, the KPIs a forecast would give, from the final attainment: the
    /// projected attainment is the attainment, and the probability of reaching the target is
    /// 100 when it was reached and 0 when not.
    static func finalValues(_ attainment: [Attainment]) -> [(entity: String, kpi: String, value: Double)] {
        attainment.filter { $0.level == .person && $0.target > 0 }.flatMap { row in
            [(row.entity, "projected_attainment", row.percent), (row.entity, "attainment_probability", row.actualToDate >= row.target ? 100.0 : 0)]
        }
    }
}

extension Period {
    /// The period as the forecaster sees it: quarters and halves share a season with the same
    /// quarter or half of other years, months with the same month.
    public func forecastingPeriod() throws -> AttainmentPeriod {
        let season: String?
        switch kind {
        case .quarter, .half: season = String(label.dropFirst(4))
        case .month: season = "M" + String(label.suffix(2))
        default: season = nil
        }
        return try AttainmentPeriod(label: label, start: start.daysSinceEpoch, end: end.daysSinceEpoch, season: season)
    }
}
