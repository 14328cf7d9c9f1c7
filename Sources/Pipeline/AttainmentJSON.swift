import Foundation

/// The stored form of an ``Attainment`` row.
enum AttainmentJSON {
    private struct Row: Encodable {
        let entity: String, level: String
        let actual_to_date: Double, target: Double, attainment_pct: Double, period_elapsed: Double
    }

    static func encode(_ row: Attainment) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(Row(entity: row.entity, level: row.level.rawValue, actual_to_date: row.actualToDate,
                                          target: row.target, attainment_pct: row.percent, period_elapsed: row.elapsed))
        return String(decoding: data, as: UTF8.self)
    }
}
