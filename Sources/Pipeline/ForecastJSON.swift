import Forecasting
import Foundation
import Store

/// The stored form of an end-of-period projection.
///
/// `{"entity", "level", "team", "booked_to_date", "target", "projected",
/// "projected_attainment_pct", "probability_of_target", "intervals": [{"level", "lower",
/// "upper"}], "period": {"label", "start", "end", "as_of"}, "path": {"booked": [{"date",
/// "amount"}], "projected": [{"date", "mean", "median", "intervals": [...]}]}}` — `path` holds
/// cumulative amounts for fan charts (``AttainmentPath``); runs stored before it existed
/// have no `period` or `path`.
enum ForecastJSON {
    private struct Row: Encodable {
        let entity: String, level: String, team: String?
        let booked_to_date: Double, target: Double, projected: Double, projected_attainment_pct: Double
        let probability_of_target: Double, intervals: [Interval]
        let period: PeriodSpan, path: Path
        struct Interval: Encodable { let level: Double, lower: Double, upper: Double }
        struct PeriodSpan: Encodable { let label: String, start: String, end: String, as_of: String }
        struct Path: Encodable { let booked: [Booked], projected: [Point] }
        struct Booked: Encodable { let date: String, amount: Double }
        struct Point: Encodable { let date: String, mean: Double, median: Double, intervals: [Interval] }
    }

    static func encode(_ projection: EntityProjection, of forecast: AttainmentForecast) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let date = { (day: Int) in Day(daysSinceEpoch: day).description }
        let intervals = { (intervals: [AttainmentInterval]) in
            intervals.map { Row.Interval(level: $0.level, lower: $0.lower, upper: $0.upper) }
        }
        let period = forecast.period
        let row = Row(entity: projection.entity, level: projection.level.rawValue, team: projection.team,
                      booked_to_date: projection.bookedToDate, target: projection.target, projected: projection.projected,
                      projected_attainment_pct: projection.target > 0 ? projection.projected / projection.target * 100 : 0,
                      probability_of_target: projection.probabilityOfTarget,
                      intervals: intervals(projection.intervals),
                      period: .init(label: period.label, start: date(period.start), end: date(period.end),
                                    as_of: date(forecast.asOf)),
                      path: .init(booked: projection.path.bookedByDay.enumerated().map {
                                      .init(date: date(period.start + $0.offset), amount: $0.element)
                                  },
                                  projected: projection.path.projected.map {
                                      .init(date: date($0.day), mean: $0.mean, median: $0.median, intervals: intervals($0.intervals))
                                  }))
        return String(decoding: try encoder.encode(row), as: UTF8.self)
    }
}
