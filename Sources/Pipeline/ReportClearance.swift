import Store
import Tabular

/// A flagged report a reviewer has checked and cleared: from the next run on it counts toward
/// the KPIs taken from the reports, and it is no longer listed for a second look.
public struct ReportClearance: Sendable, Equatable {
    /// The person whose report it is.
    public let entity: String
    /// The report's period label, e.g. `2026-W41`.
    public let period: String
    /// Who cleared it.
    public let clearedBy: String
    /// Why, in the reviewer's words.
    public let reason: String

    /// A clearance of the report of `entity` for `period`.
    public init(entity: String, period: String, clearedBy: String, reason: String) {
        self.entity = entity
        self.period = period
        self.clearedBy = clearedBy
        self.reason = reason
    }

    /// `entity/period`, the key the report's audit results are stored under.
    public var key: String { "\(entity)/\(period)" }
}

/// Reads the project's file of cleared reports: one row per report with the columns
/// `entity`, `period`, `cleared_by` and `reason`, none of them empty, each naming a stored
/// report once.
enum ClearedReportsFile {
    /// The columns the file must have.
    static let columns = ["entity", "period", "cleared_by", "reason"]

    /// The clearances in file order; a file with a header and no rows clears nothing.
    /// - Parameter reports: the keys (`entity/period`) of the stored reports.
    /// - Throws: ``InputError`` or `TableError` naming the file, line and column: a missing
    ///   column, an empty cell, a period that is not a label, a report the store does not
    ///   hold, a report cleared twice.
    static func read(path: String, reports: Set<String>) throws -> [ReportClearance] {
        let table: Table
        do {
            table = try CSVFile.read(path: path)
        } catch TableError.noDataRows {
            return []
        }
        for column in columns { _ = try table.columnIndex(column) }
        let entities = try table.requiredText("entity"), periods = try table.requiredText("period")
        let names = try table.requiredText("cleared_by"), reasons = try table.requiredText("reason")
        var seen: [String: Int] = [:]
        return try (0..<table.rowCount).map { row in
            let line = table.lineNumbers[row]
            guard Period(periods[row]) != nil else {
                throw InputError("\(table.place(row: row, column: "period")): \"\(periods[row])\" is not a period (\(Period.acceptedForms))")
            }
            let clearance = ReportClearance(entity: entities[row], period: periods[row], clearedBy: names[row], reason: reasons[row])
            guard reports.contains(clearance.key) else {
                throw InputError("\(table.source), line \(line): no report of \(clearance.entity) for \(clearance.period) in the project's reports (a cleared report must name a stored report's entity and period)")
            }
            if let earlier = seen[clearance.key] {
                throw InputError("\(table.source), line \(line): the report of \(clearance.entity) for \(clearance.period) is already cleared on line \(earlier)")
            }
            seen[clearance.key] = line
            return clearance
        }
    }
}
