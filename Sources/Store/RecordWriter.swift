import Foundation
import GRDB

/// Writes one validated file inside the caller's transaction: the `files` row, the
/// catalogue entries, then every record, in key order, through one prepared statement.
///
/// The statement is an upsert whose conflict branch decides, inside SQLite, between a row
/// stored before with the same values (left alone, counted as skipped) and one with other
/// values (its `file_id` is set to `NULL`, which the `NOT NULL` constraint refuses, so the
/// statement fails and nothing changes); only then is the stored row read, to name both
/// values in the error. Re-ingesting a grown export therefore costs no more than a fresh one.
struct RecordWriter {
    let db: Database
    let rows: ValidatedRows
    let file: String
    let afterRecordWritten: (@Sendable (Int) throws -> Void)?

    /// - Returns: rows added, and rows skipped because an identical row was stored before.
    /// - Throws: ``IngestError/conflictsWithStore(file:line:column:key:stored:given:storedFrom:)``
    ///   for a stored row with the same key and other values.
    func write(sha256: String) throws -> (added: Int, skipped: Int) {
        try db.execute(
            sql: """
                INSERT INTO files (sha256, dataset, path, rows_added, rows_skipped, ingested_at)
                VALUES (?, ?, ?, 0, 0, ?)
                """,
            arguments: [sha256, rows.dataset.rawValue, file, Date.now.formatted(.iso8601)])
        let fileID = db.lastInsertedRowID
        try writeCatalogues()

        let columns = rows.keyColumns + rows.valueColumns + ["file_id"]
        let differs = rows.valueColumns.map { "\($0) IS NOT excluded.\($0)" }.joined(separator: " OR ")
        let insert = try BoundInsert(db, sql: """
            INSERT INTO \(rows.dataset.rawValue) (\(columns.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            ON CONFLICT (\(rows.keyColumns.joined(separator: ", "))) DO UPDATE SET file_id = NULL WHERE \(differs)
            """)
        let fileValue = fileID.databaseValue
        var arguments = [DatabaseValue](repeating: .null, count: columns.count)
        var skipped = 0
        for (position, record) in rows.order.enumerated() {
            for (column, keys) in rows.keys.enumerated() { arguments[column] = keys[record].databaseValue }
            for (column, values) in rows.values.enumerated() { arguments[rows.keys.count + column] = values[record] }
            arguments[columns.count - 1] = fileValue
            switch try insert.run(arguments) {
            case .inserted: break
            case .identical: skipped += 1
            case .differs: throw try conflict(at: record)
            }
            try afterRecordWritten?(position)
        }
        try db.execute(sql: "UPDATE files SET rows_added = ?, rows_skipped = ? WHERE id = ?",
                       arguments: [rows.count - skipped, skipped, fileID])
        return (rows.count - skipped, skipped)
    }

    private func writeCatalogues() throws {
        for team in rows.teams.sorted() {
            try db.execute(sql: "INSERT INTO teams (name) VALUES (?) ON CONFLICT DO NOTHING", arguments: [team])
        }
        for role in rows.roles.sorted() {
            try db.execute(sql: "INSERT INTO roles (name) VALUES (?) ON CONFLICT DO NOTHING", arguments: [role])
        }
        for period in rows.periods.values.sorted(by: { $0.label < $1.label }) {
            try db.execute(
                sql: "INSERT INTO periods (label, kind, start, end) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                arguments: [period.label, period.kind.rawValue, period.start.description, period.end.description])
        }
    }

    /// The error for a record whose key is stored with other values: the first column that
    /// differs, both values, and the file the stored row came from.
    private func conflict(at record: Int) throws -> Error {
        let condition = rows.keyColumns.map { "t.\($0) = ?" }.joined(separator: " AND ")
        let selected = rows.valueColumns.map { "t.\($0)" }.joined(separator: ", ")
        let keys = rows.keys.map { $0[record] }
        let stored = try Row.fetchOne(db, sql: """
            SELECT \(selected), f.path FROM \(rows.dataset.rawValue) t JOIN files f ON f.id = t.file_id
            WHERE \(condition)
            """, arguments: StatementArguments(keys))
        for (column, values) in rows.values.enumerated() {
            guard let stored, stored[column] as DatabaseValue != values[record] else { continue }
            return IngestError.conflictsWithStore(
                file: file, line: rows.lines[record], column: rows.sourceColumn(ofValue: column, record: record),
                key: KeyText.describe(columns: rows.keyColumns, values: keys),
                stored: RecordWriter.show(stored[column]), given: RecordWriter.show(values[record]),
                storedFrom: stored[rows.valueColumns.count])
        }
        return DatabaseError(resultCode: .SQLITE_CONSTRAINT_NOTNULL, message: "\(file), line \(rows.lines[record]):"
                             + " a NULL value for a column that needs one")
    }

    /// A stored value as messages show it.
    static func show(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "nothing"
        case .int64(let number): return String(number)
        case .double(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let text): return "\"\(text)\""
        case .blob(let data): return "\(data.count) bytes"
        }
    }
}
