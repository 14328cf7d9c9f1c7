import Foundation
@testable import Forecasting

/// The sample CRM export of notebooks-data/ (generate_crm.py) as attainment data: quarterly
/// targets 2025Q1–2026Q4, daily bookings per representative up to 2026-11-20, and teams.
/// Managers, who carry their team's target but never book, are left out as the `kpi`
/// command leaves them out.
enum SampleCRM {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("notebooks-data")

    /// 2026-11-20, the export's as-of day.
    static let asOf = day(2026, 11, 20)

    static func load() throws -> AttainmentData {
        let people = try rows("people.csv")
        let managers = Set(people.filter { $0["role"] == "sales_manager" }.compactMap { $0["entity"] })
        let teams = Dictionary(uniqueKeysWithValues: people.compactMap { row in
            row["entity"].flatMap { entity in row["team"].map { (entity, $0) } }
        })
        let periods = try (2025...2026).flatMap { year in
            try (1...4).map { quarter in
                try AttainmentPeriod(label: "\(year)Q\(quarter)", start: day(year, quarter * 3 - 2, 1),
                                     end: quarter == 4 ? day(year, 12, 31) : day(year, quarter * 3 + 1, 1) - 1,
                                     season: "Q\(quarter)")
            }
        }
        let targets = try rows("targets.csv").filter { !managers.contains($0["entity"] ?? "") }.map { row in
            AttainmentTarget(entity: row["entity"] ?? "", period: row["period"] ?? "", amount: Double(row["target"] ?? "") ?? .nan)
        }
        let bookings = try rows("bookings.csv").map { row in
            Booking(entity: row["entity"] ?? "", day: try parse(row["date"] ?? ""), amount: Double(row["amount"] ?? "") ?? .nan)
        }
        return try AttainmentData(periods: periods, targets: targets, bookings: bookings, teams: teams)
    }

    /// The rows of a simple CSV file (no quoted fields) as header → cell.
    static func rows(_ file: String) throws -> [[String: String]] {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// Days since 1970-01-01 of a civil date (Hinnant's days-from-civil).
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    static func parse(_ text: String) throws -> Int {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { throw CocoaError(.formatting) }
        return day(parts[0], parts[1], parts[2])
    }
}
