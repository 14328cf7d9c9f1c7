import Forecasting
import Foundation

/// The stored form of an end-of-period projection.
enum ForecastJSON {
    private struct Row: Encodable {
        let entity: String, level: String, team: String?
        let booked_to_date: Double, target: Double, projected: Double, projected_attainment_pct: Double
        let probability_of_target: Double, intervals: [Interval]
        struct Interval: Encodable { let level: Double, lower: Double, upper: Double }
    }

    static func encode(_ projection: EntityProjection) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let row = Row(entity: projection.entity, level: projection.level.rawValue, team: projection.team,
                      booked_to_date: projection.bookedToDate, target: projection.target, projected: projection.projected,
                      projected_attainment_pct: projection.target > 0 ? projection.projected / projection.target * 100 : 0,
                      probability_of_target: projection.probabilityOfTarget,
                      intervals: projection.intervals.map { .init(level: $0.level, lower: $0.lower, upper: $0.upper) })
        return String(decoding: try encoder.encode(row), as: UTF8.self)
    }
}
