import Foundation
import GRDB

/// Runs of the pipeline and every result they produce, stored as JSON text so that any
/// module's result type can be kept and shown later (`kpi runs`, `kpi show RUN`).
extension KPIStore {
    /// Starts a run and returns its id; the run is ``RunStatus/running`` until
    /// ``finishRun(_:status:)``.
    public func beginRun(project: String, asOf: Day) throws -> RunID {
        try writer.write { db in
            try db.execute(
                sql: "INSERT INTO runs (project, as_of, started_at, status) VALUES (?, ?, ?, 'running')",
                arguments: [project, asOf.description, Date.now.formatted(.iso8601)])
            return RunID(rawValue: db.lastInsertedRowID)
        }
    }

    /// Stores one result of a running run.
    /// - Throws: ``StoreError`` when the run is unknown or finished, the key is already used
    ///   for this kind in this run, or `json` is not JSON.
    public func record(run: RunID, kind: ResultKind, key: String, json: String) throws {
        try record(run: run, kind: kind, results: [(key, json)])
    }

    /// Stores many results of one kind in one transaction: all of them or, on an error,
    /// none.
    /// - Throws: as ``record(run:kind:key:json:)``, for the first result that fails.
    public func record(run: RunID, kind: ResultKind, results: [(key: String, json: String)]) throws {
        try writer.write { db in
            try KPIStore.requireRunning(run, db)
            let statement = try db.makeStatement(
                sql: "INSERT INTO results (run_id, kind, key, json) VALUES (?, ?, ?, ?)")
            for (key, json) in results {
                do {
                    try statement.execute(arguments: [run.rawValue, kind.rawValue, key, json])
                } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                    throw StoreError.duplicateResult(run: run, kind: kind, key: key)
                } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_CHECK {
                    throw StoreError.invalidJSON(run: run, kind: kind, key: key)
                }
            }
        }
    }

    /// Marks a running run finished.
    /// - Precondition: `status` is not ``RunStatus/running``.
    /// - Throws: ``StoreError/unknownRun(_:)`` or ``StoreError/runFinished(_:)``.
    public func finishRun(_ run: RunID, status: RunStatus) throws {
        precondition(status != .running, "a run finishes as succeeded or failed")
        try writer.write { db in
            try KPIStore.requireRunning(run, db)
            try db.execute(sql: "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?",
                           arguments: [status.rawValue, Date.now.formatted(.iso8601), run.rawValue])
        }
    }

    /// Every run, newest first.
    public func runs() throws -> [RunSummary] {
        try summaries(of: nil)
    }

    /// One run, or `nil` when there is none with that id.
    public func run(_ id: RunID) throws -> RunSummary? {
        try summaries(of: id).first
    }

    /// A run's results of one kind, or of every kind when `kind` is `nil`, by kind and key.
    /// - Throws: ``StoreError/unknownRun(_:)``.
    public func results(run: RunID, kind: ResultKind? = nil) throws -> [RunResult] {
        try writer.read { db in
            let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM runs WHERE id = ?", arguments: [run.rawValue])
            guard exists ?? false else { throw StoreError.unknownRun(run) }
            var sql = "SELECT kind, key, json FROM results WHERE run_id = ?"
            var arguments: StatementArguments = [run.rawValue]
            if let kind {
                sql += " AND kind = ?"
                arguments += [kind.rawValue]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY kind, key", arguments: arguments).map { row in
                RunResult(kind: ResultKind(rawValue: row[0]), key: row[1], json: row[2])
            }
        }
    }

    /// One run's summary, or every run's when `run` is `nil`.
    private func summaries(of run: RunID?) throws -> [RunSummary] {
        try writer.read { db in
            var counts: [Int64: [ResultKind: Int]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT run_id, kind, COUNT(*) FROM results GROUP BY run_id, kind") {
                counts[row[0], default: [:]][ResultKind(rawValue: row[1])] = row[2]
            }
            let sql = "SELECT id, project, as_of, started_at, finished_at, status FROM runs"
                + (run == nil ? "" : " WHERE id = ?") + " ORDER BY id DESC"
            let arguments: StatementArguments = run.map { [$0.rawValue] } ?? []
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let id: Int64 = row[0]
                let status: String = row[5]
                return RunSummary(
                    id: RunID(rawValue: id), project: row[1], asOf: try Stored.day(row[2], in: "runs"),
                    startedAt: row[3], finishedAt: row[4], status: RunStatus(rawValue: status) ?? .failed,
                    resultCounts: counts[id] ?? [:])
            }
        }
    }

    private static func requireRunning(_ run: RunID, _ db: Database) throws {
        let status = try String.fetchOne(db, sql: "SELECT status FROM runs WHERE id = ?", arguments: [run.rawValue])
        guard let status else { throw StoreError.unknownRun(run) }
        guard status == RunStatus.running.rawValue else { throw StoreError.runFinished(run) }
    }
}
