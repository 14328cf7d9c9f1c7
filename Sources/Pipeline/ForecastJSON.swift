import Forecasting
import Foundation
import Store

/// The stored form of an end-of-period projection.
///
/// `{"entity", "level", "team", "booked_to_date", "target", "projected",
/// "projected_attainment_pct", "probability_of_target", "intervals": [{"level", "lower",
/// "upper"}], "period": {"label", "start", "end", "as_of"}, "path": {"booked": [amount, …],
/// "dates": [date, …], "mean": [amount, …], "median": [amount, …], "intervals": [{"level",
/// "lower": [amount, …], "upper": [amount, …]}]}}` — `path` holds cumulative amounts for fan
/// charts (``AttainmentPath``), column by column: `booked` one per day from the period's
/// start through the as-of day, the others one per projected date. Runs stored before it
/// existed have no `period` or `path`.
enum ForecastJSON {
    private struct Row: Encodable {
        let entity: String, level: String, team: String?
        let booked_to_date: Double, target: Double, projected: Double, projected_attainment_pct: Double
        let probability_of_target: Double, intervals: [Interval]
        let period: PeriodSpan, path: Path
        struct Interval: Encodable { let level: Double, lower: Double, upper: Double }
        struct PeriodSpan: Encodable { let label: String, start: String, end: String, as_of: String }
        struct Path: Encodable {
            let booked: [Double], dates: [String], mean: [Double], median: [Double], intervals: [Band]
        }
        struct Band: Encodable { let level: Double, lower: [Double], upper: [Double] }
    }

    static func encode(_ projection: EntityProjection, of forecast: AttainmentForecast) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let date = { (day: Int) in Day(daysSinceEpoch: day).description }
        let intervals = { (intervals: [AttainmentInterval]) in
            intervals.map { Row.Interval(level: $0.level, lower: $0.lower, upper: $0.upper) }
        }
        let period = forecast.period
        let points = projection.path.projected
        let row = Row(entity: projection.entity, level: projection.level.rawValue, team: projection.team,
                      booked_to_date: projection.bookedToDate, target: projection.target, projected: projection.projected,
                      projected_attainment_pct: projection.target > 0 ? projection.projected / projection.target * 100 : 0,
                      probability_of_target: projection.probabilityOfTarget,
                      intervals: intervals(projection.intervals),
                      period: .init(label: period.label, start: date(period.start), end: date(period.end),
                                    as_of: date(forecast.asOf)),
                      path: .init(booked: projection.path.bookedByDay, dates: points.map { date($0.day) },
                                  mean: points.map(\.mean), median: points.map(\.median),
                                  intervals: projection.intervals.indices.map { band in
                                      Row.Band(level: projection.intervals[band].level,
                                               lower: points.map { $0.intervals[band].lower },
                                               upper: points.map { $0.intervals[band].upper })
                                  }))
        return String(decoding: try encoder.encode(row), as: UTF8.self)
    }
}
