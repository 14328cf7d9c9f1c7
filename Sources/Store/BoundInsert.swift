import GRDB
import GRDBSQLite

/// One prepared `INSERT … ON CONFLICT` run many times with values bound straight through
/// SQLite's C API.
///
/// GRDB prepares the statement and owns the transaction; binding and stepping the C
/// statement directly skips the per-call argument boxing and validation of
/// `Statement.execute(arguments:)`, which dominates the cost of writing a million rows.
struct BoundInsert {
    private let statement: Statement
    private let handle: SQLiteStatement
    private let sql: String

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        self.sql = sql
    }

    /// What one run of the statement did.
    enum Outcome {
        /// A new row.
        case inserted
        /// The key was stored already, with the same values: nothing changed.
        case identical
        /// The key was stored already, with other values: nothing changed.
        case differs
    }

    /// Runs the statement once with `values` for its parameters, in order.
    ///
    /// The statement's `ON CONFLICT` clause must leave an identical row alone and set a
    /// `NOT NULL` column to `NULL` when the stored row differs, so that the conflict surfaces
    /// as that constraint's failure (see ``RecordWriter``).
    func run(_ values: some Sequence<DatabaseValue>) throws -> Outcome {
        sqlite3_reset(handle)
        var index: CInt = 1
        for value in values {
            try check(bind(value, at: index))
            index += 1
        }
        let code = sqlite3_step(handle)
        if code != SQLITE_DONE,
           ResultCode(rawValue: sqlite3_extended_errcode(sqlite3_db_handle(handle))) == .SQLITE_CONSTRAINT_NOTNULL {
            return .differs
        }
        try check(code, expecting: SQLITE_DONE)
        return sqlite3_changes(sqlite3_db_handle(handle)) > 0 ? .inserted : .identical
    }

    private func bind(_ value: DatabaseValue, at index: CInt) -> CInt {
        switch value.storage {
        case .null: return sqlite3_bind_null(handle, index)
        case .int64(let number): return sqlite3_bind_int64(handle, index, number)
        case .double(let number): return sqlite3_bind_double(handle, index, number)
        case .string(var text):
            // An explicit byte count keeps text with NUL characters whole; an empty string
            // needs a non-null pointer or SQLite binds NULL.
            return text.withUTF8 { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty else {
                    return sqlite3_bind_text(handle, index, "", 0, BoundInsert.transient)
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(handle, index, $0, CInt(bytes.count), BoundInsert.transient)
                }
            }
        case .blob(let data):
            return data.withUnsafeBytes { bytes in
                sqlite3_bind_blob(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                                  CInt(bytes.count), BoundInsert.transient)
            }
        }
    }

    private func check(_ code: CInt, expecting expected: CInt = SQLITE_OK) throws {
        guard code != expected else { return }
        let connection = sqlite3_db_handle(handle)
        throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                            message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }

    /// `SQLITE_TRANSIENT`: SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
