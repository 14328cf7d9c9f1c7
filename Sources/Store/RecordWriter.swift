import Foundation
import GRDB
import GRDBSQLite

/// Writes one validated file inside the caller's transaction: the `files` row, the
/// catalogue entries, then every record, in key order, many rows per statement.
///
/// Into a dataset table that holds nothing yet, records go in by plain `INSERT`: no stored
/// row can conflict. Otherwise the statement is an upsert whose conflict branch decides,
/// inside SQLite, between a row stored before with the same values (left alone, counted as
/// skipped) and one with other values (its `file_id` is set to `NULL`, which the `NOT NULL`
/// constraint refuses, so the statement fails and nothing changes); the rows of that
/// statement are then written one at a time to find the first that differs, and only then
/// is the stored row read, to name both values in the error. Re-ingesting a grown export
/// therefore costs little more than a fresh one.
struct RecordWriter {
    let db: Database
    let rows: ValidatedRows
    let file: String
    let afterRecordWritten: (@Sendable (Int) throws -> Void)?

    /// Rows per statement at most (fewer when SQLite allows fewer parameters).
    private static let rowsPerStatement = 128

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

        let upsert = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(rows.dataset.rawValue))") ?? true
        let bound = rows.keyColumns.count + rows.valueColumns.count
        let variableLimit = Int(sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_VARIABLE_NUMBER, -1))
        let perStatement = max(1, min(RecordWriter.rowsPerStatement, variableLimit / bound, rows.count))
        let single = try statement(rows: 1, fileID: fileID, upsert: upsert)
        var full = perStatement == 1 ? single : try statement(rows: perStatement, fileID: fileID, upsert: upsert)
        var added = 0
        var start = 0
        while start < rows.count {
            let end = min(start + full.rows, rows.count)
            if end - start < full.rows { full = try statement(rows: end - start, fileID: fileID, upsert: upsert) }
            switch try full.run({ try bind(start..<end, to: &$0) }) {
            case .inserted(let count): added += count
            case .differs: added += try writeOneByOne(start..<end, with: single)
            }
            if let afterRecordWritten {
                for position in start..<end { try afterRecordWritten(position) }
            }
            start = end
        }
        try db.execute(sql: "UPDATE files SET rows_added = ?, rows_skipped = ? WHERE id = ?",
                       arguments: [added, rows.count - added, fileID])
        return (added, rows.count - added)
    }

    /// The statement that writes `count` records; the file's id is part of its text.
    private func statement(rows count: Int, fileID: Int64, upsert: Bool) throws -> BoundInsert {
        let columns = rows.keyColumns + rows.valueColumns + ["file_id"]
        let row = "(" + Array(repeating: "?", count: columns.count - 1).joined(separator: ", ") + ", \(fileID))"
        var sql = """
            INSERT INTO \(rows.dataset.rawValue) (\(columns.joined(separator: ", ")))
            VALUES \(Array(repeating: row, count: count).joined(separator: ", "))
            """
        if upsert {
            let differs = rows.valueColumns.map { "\($0) IS NOT excluded.\($0)" }.joined(separator: " OR ")
            sql += " ON CONFLICT (\(rows.keyColumns.joined(separator: ", "))) DO UPDATE SET file_id = NULL WHERE \(differs)"
        }
        return try BoundInsert(db, sql: sql, rows: count)
    }

    /// Binds the records at `positions` of the key order, key columns then value columns.
    private func bind(_ positions: Range<Int>, to parameters: inout BoundInsert.Parameters) throws {
        let keyOrder = rows.keyOrder
        for position in positions {
            let record = keyOrder.order[position]
            for column in rows.keys.indices { try parameters.bind(keyOrder.value(column, at: position)) }
            for values in rows.values { try parameters.bind(values[record]) }
        }
    }

    /// Writes the records at `positions` one statement each, after a statement holding them
    /// all failed because one differs from a stored row.
    /// - Returns: the records added (when none differs after all).
    /// - Throws: the conflict of the first record that differs.
    private func writeOneByOne(_ positions: Range<Int>, with single: BoundInsert) throws -> Int {
        var added = 0
        for position in positions {
            switch try single.run({ try bind(position..<(position + 1), to: &$0) }) {
            case .inserted(let count): added += count
            case .differs: throw try conflict(at: rows.keyOrder.order[position])
            }
        }
        return added
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
