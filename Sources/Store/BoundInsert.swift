import GRDB
import GRDBSQLite

/// One prepared `INSERT` of a fixed number of rows, run many times with values bound straight
/// through SQLite's C API.
///
/// GRDB prepares the statement and owns the transaction; binding and stepping the C
/// statement directly skips the per-call argument boxing and validation of
/// `Statement.execute(arguments:)`, which dominates the cost of writing a million rows.
/// Several rows per statement share the cost of each run (locking, the statement's
/// savepoint), and text is bound from a ``TextArena`` without SQLite copying it.
struct BoundInsert {
    /// Rows the statement writes per run.
    let rows: Int
    private let statement: Statement
    private let handle: SQLiteStatement
    private let sql: String
    private let text = TextArena()

    /// Prepares `sql`, which writes `rows` rows per run.
    init(_ db: Database, sql: String, rows: Int) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        self.sql = sql
        self.rows = rows
    }

    /// What one run of the statement did.
    enum Outcome: Equatable {
        /// This many rows were inserted; the other rows' keys were stored already, with the
        /// same values, and nothing changed for them.
        case inserted(Int)
        /// A row's key was stored already, with other values: nothing changed.
        case differs
    }

    /// Runs the statement once; `bind` binds its parameters (1, 2, … in row order) through
    /// the ``Parameters`` it is given.
    ///
    /// An upsert's `ON CONFLICT` clause must leave an identical row alone and set a `NOT NULL`
    /// column to `NULL` when the stored row differs, so that the conflict surfaces as that
    /// constraint's failure (see ``RecordWriter``).
    func run(_ bind: (inout Parameters) throws -> Void) throws -> Outcome {
        sqlite3_reset(handle)
        text.reset()
        var parameters = Parameters(insert: self)
        try bind(&parameters)
        let code = sqlite3_step(handle)
        let connection = sqlite3_db_handle(handle)
        if code != SQLITE_DONE,
           ResultCode(rawValue: sqlite3_extended_errcode(connection)) == .SQLITE_CONSTRAINT_NOTNULL {
            return .differs
        }
        try check(code, expecting: SQLITE_DONE)
        return .inserted(Int(sqlite3_changes(connection)))
    }

    /// Binds the parameters of one run, in order.
    struct Parameters {
        fileprivate let insert: BoundInsert
        private var index: CInt = 1

        fileprivate init(insert: BoundInsert) { self.insert = insert }

        /// Binds the next parameter to text.
        mutating func bind(_ text: String) throws {
            let bytes = insert.text.store(text)
            try insert.check(bytes.withMemoryRebound(to: CChar.self) { characters in
                // No destructor (`SQLITE_STATIC`): SQLite reads the bytes where they are, which
                // the arena keeps until the next run.
                sqlite3_bind_text(insert.handle, index, characters.baseAddress, CInt(characters.count), nil)
            })
            index += 1
        }

        /// Binds the next parameter to a database value.
        mutating func bind(_ value: DatabaseValue) throws {
            let handle = insert.handle
            switch value.storage {
            case .null: try insert.check(sqlite3_bind_null(handle, index))
            case .int64(let number): try insert.check(sqlite3_bind_int64(handle, index, number))
            case .double(let number): try insert.check(sqlite3_bind_double(handle, index, number))
            case .string(let text): return try bind(text)
            case .blob(let data):
                try insert.check(data.withUnsafeBytes { bytes in
                    sqlite3_bind_blob(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                                      CInt(bytes.count), BoundInsert.transient)
                })
            }
            index += 1
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
