import GRDB

/// KPIKit's store: one SQLite file, through GRDB, that holds the ingested data (people,
/// targets, actuals, raises, campaigns, channel spend, reports, KPI values), the catalogues of
/// teams, roles and periods, and every run with its results.
///
/// A file store runs in WAL mode: readers never wait for the writer, and a process killed
/// mid-write leaves the file as it was at the last commit. Each ingested file is written
/// in one transaction. The store is `Sendable`; GRDB serialises writes and runs reads
/// concurrently.
public final class KPIStore: Sendable {
    let writer: any DatabaseWriter
    /// Where the store lives: its file path, or `:memory:`.
    public let path: String
    /// Called with the position (0, 1, …) of every record written during an ingest, inside its
    /// transaction; a throw rolls the file back. Lets tests fail or kill a write midway.
    let afterRecordWritten: (@Sendable (Int) throws -> Void)?

    /// Opens the store at `path`, creating the file if there is none and bringing its schema
    /// up to date.
    /// - Throws: ``StoreError/newerSchema(path:)`` for a file from a newer KPIKit,
    ///   ``StoreError/unopenable(path:reason:)`` when the file cannot be opened as SQLite.
    public convenience init(path: String) throws {
        try self.init(path: path, afterRecordWritten: nil)
    }

    init(path: String, afterRecordWritten: (@Sendable (Int) throws -> Void)?) throws {
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: KPIStore.configuration)
            try KPIStore.migrate(pool, path: path)
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CANTOPEN, .SQLITE_CORRUPT, .SQLITE_PERM,
                                                  .SQLITE_READONLY].contains(error.resultCode) {
            throw StoreError.unopenable(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        self.writer = pool
        self.path = path
        self.afterRecordWritten = afterRecordWritten
    }

    init(inMemoryWith afterRecordWritten: (@Sendable (Int) throws -> Void)?) throws {
        let queue = try DatabaseQueue(configuration: KPIStore.configuration)
        try KPIStore.migrate(queue, path: ":memory:")
        self.writer = queue
        self.path = ":memory:"
        self.afterRecordWritten = afterRecordWritten
    }

    /// A store that lives in memory and disappears with the value; for tests and one-off runs.
    public static func inMemory() throws -> KPIStore {
        try KPIStore(inMemoryWith: nil)
    }

    /// Names of the schema migrations applied to this store, in order (`v1`, …).
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Schema.migrator.appliedMigrations(db) }
    }

    /// How many rows a dataset's table holds (for reports, one per entity, period and
    /// measure).
    public func count(_ dataset: Dataset) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(dataset.rawValue)") ?? 0 }
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // A 64 MiB page cache per connection keeps large ingests from spilling mid-write.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }

    private static func migrate(_ writer: some DatabaseWriter, path: String) throws {
        let migrator = Schema.migrator
        if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
            throw StoreError.newerSchema(path: path)
        }
        try migrator.migrate(writer)
    }
}
