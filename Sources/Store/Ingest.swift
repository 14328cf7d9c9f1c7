import Foundation
import GRDB
import Tabular

/// What ingesting one file did.
public struct IngestReport: Sendable, Equatable {
    /// The dataset the file was read as.
    public let dataset: Dataset
    /// The file's path as given.
    public let file: String
    /// Rows added to the store (for reports, one per entity, period and measure value).
    public let rowsAdded: Int
    /// Rows whose key was already stored, from another file, with the same values.
    public let rowsSkipped: Int
    /// Whether a file with the same bytes had been ingested as this dataset before, in which
    /// case nothing was read or written.
    public let alreadyIngested: Bool
    /// Header columns the dataset does not use, which were not stored.
    public let ignoredColumns: [String]
    /// Rows stored from an earlier version of the file at the same path that this version no
    /// longer holds: the store keeps them (it only adds), so they still count. Their keys, as
    /// text, at most ``IngestReport/listedGone`` of them.
    public var gone: [String] = []
    /// How many such rows there are.
    public var goneCount = 0

    /// The most rows listed in ``gone``.
    public static let listedGone = 3
}

extension KPIStore {
    /// The caller's rules for KPI values: told a row's entity, period, role, team (nil when the
    /// file gives none), KPI and value, the column at fault (such as `kpi`, `value` or `role`)
    /// and why, or `nil` when the row is fine.
    public typealias KPIValueCheck = (_ entity: String, _ period: String, _ role: String, _ team: String?, _ kpi: String,
                                      _ value: Double) -> (column: String, reason: String)?

    /// Ingests a CSV file as `dataset`: reads it through Tabular, checks every row, then
    /// writes all rows in one transaction.
    ///
    /// - A file whose bytes (SHA-256) were already ingested as this dataset adds nothing and
    ///   reports ``IngestReport/alreadyIngested``.
    /// - Any bad row rejects the whole file, naming file, line and column, and nothing is
    ///   written. So does a key that repeats within the file (both lines are named).
    /// - A row whose key is already stored from another file is skipped and counted when its
    ///   values are the same (an export that grows keeps being ingestible), and rejects the
    ///   file when they differ: a stored value is never silently replaced.
    /// - A process killed during the write leaves the store as it was before the file.
    ///
    /// - Parameter kpiValueProblem: for KPI values, what is wrong with a row's value, if
    ///   anything (the caller's rules, such as a cost that cannot be negative): a row it
    ///   objects to rejects the file, so that it is corrected before the store keeps it.
    /// - Throws: `TableError` (unreadable file, malformed CSV, non-numeric cell),
    ///   ``IngestError`` (rule violations, conflicts with stored rows), or GRDB's
    ///   `DatabaseError` for a failing disk.
    @discardableResult
    public func ingest(path: String, as dataset: Dataset,
                       kpiValueProblem: KPIValueCheck? = nil) throws -> IngestReport {
        let bytes = try KPIStore.contents(of: path)
        let digest = SHA256.hex(of: bytes)
        let alreadyIngested = IngestReport(dataset: dataset, file: path, rowsAdded: 0, rowsSkipped: 0,
                                           alreadyIngested: true, ignoredColumns: [])
        if try writer.read({ try KPIStore.hasFile(digest, dataset, $0) }) { return alreadyIngested }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw TableError.unreadable(path: path, reason: "not UTF-8 text")
        }
        let table = try CSVFile.parse(text, source: path)
        let rows = try ValidatedRows.validate(table, as: dataset)
        if dataset == .kpiValues {
            // The caller's rules first: a row against the people file says which side is wrong.
            if let kpiValueProblem { try rows.checkKPIValues(file: path, kpiValueProblem) }
            try rows.checkOneIdentity(file: path)
        }
        return try writer.writeWithoutTransaction { db in
            var report = alreadyIngested
            try db.inTransaction(.immediate) {
                // Another thread or process may have ingested the same file since the check above.
                guard try !KPIStore.hasFile(digest, dataset, db) else { return .rollback }
                let recordWriter = RecordWriter(db: db, rows: rows, file: path, afterRecordWritten: afterRecordWritten)
                let (added, skipped) = try recordWriter.write(sha256: digest)
                report = IngestReport(dataset: dataset, file: path, rowsAdded: added, rowsSkipped: skipped,
                                      alreadyIngested: false, ignoredColumns: rows.ignoredColumns)
                let gone = try KPIStore.rowsGone(from: rows, path: path, shownColumns: Set(table.columnNames), db)
                report.gone = Array(gone.prefix(IngestReport.listedGone))
                report.goneCount = gone.count
                return .commit
            }
            return report
        }
    }

    /// Every file ingested so far, oldest first.
    public func files() throws -> [IngestedFile] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT dataset, path, sha256, rows_added, rows_skipped, ingested_at FROM files ORDER BY id
                """).compactMap { row in
                Dataset(rawValue: row[0]).map {
                    IngestedFile(dataset: $0, path: row[1], sha256: row[2], rowsAdded: row[3],
                                 rowsSkipped: row[4], ingestedAt: row[5])
                }
            }
        }
    }

    /// The keys, described by the key columns the file has, of rows stored from earlier files
    /// at `path` that `rows` (the file's current version) does not hold.
    private static func rowsGone(from rows: ValidatedRows, path: String, shownColumns: Set<String>, _ db: Database) throws -> [String] {
        var present = Set<[String]>()
        for record in 0..<rows.count { present.insert(rows.keys.map { $0[record] }) }
        let selected = rows.keyColumns.map { "t.\($0)" }.joined(separator: ", ")
        let stored = try Row.fetchAll(db, sql: """
            SELECT \(selected) FROM \(rows.dataset.rawValue) t JOIN files f ON f.id = t.file_id
            WHERE f.path = ? AND f.dataset = ? ORDER BY \(selected)
            """, arguments: [path, rows.dataset.rawValue])
        return stored.map { row in rows.keyColumns.indices.map { (row[$0] as String?) ?? "" } }
            .filter { !present.contains($0) }
            .map { keys in
                // Key columns the file leaves out (a default kpi) are not named.
                let shown = rows.keyColumns.indices.filter { shownColumns.contains(rows.keyColumns[$0]) }
                return KeyText.describe(columns: shown.map { rows.keyColumns[$0] }, values: shown.map { keys[$0] })
            }
    }

    private static func hasFile(_ digest: String, _ dataset: Dataset, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM files WHERE sha256 = ? AND dataset = ?",
                          arguments: [digest, dataset.rawValue]) ?? false
    }

    private static func contents(of path: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else { throw TableError.fileNotFound(path: path) }
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw TableError.unreadable(path: path, reason: error.localizedDescription)
        }
    }
}

/// A file the store has ingested.
public struct IngestedFile: Sendable, Equatable {
    /// The dataset it was read as.
    public let dataset: Dataset
    /// Its path as given when it was ingested.
    public let path: String
    /// SHA-256 of its bytes, in hexadecimal.
    public let sha256: String
    /// Rows it added.
    public let rowsAdded: Int
    /// Rows it held that were already stored with the same values.
    public let rowsSkipped: Int
    /// When it was ingested, ISO 8601 in UTC.
    public let ingestedAt: String
}
