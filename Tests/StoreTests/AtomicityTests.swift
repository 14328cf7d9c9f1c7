import Foundation
@testable import Store
import Testing

/// A file is written whole or not at all: a failure during the write rolls it back.
struct AtomicityTests {
    struct InjectedFailure: Error, Equatable {}

    @Test func aFailureOnTheLastRecordLeavesTheStoreAsBefore() throws {
        let scratch = try Scratch()
        let path = scratch.path("store.sqlite")
        let rows = 2000
        let failing = try KPIStore(path: path, afterRecordWritten: { position in
            if position == rows - 1 { throw InjectedFailure() }
        })
        try failing.ingest(path: scratch.write("seed.csv", "entity,date,amount\nz,2026-01-01,1\n"), as: .actuals)
        let before = try StoreSnapshot(failing)
        let csv = try scratch.write("actuals.csv", Scratch.actualsCSV(rows: rows))
        try expectRejected(failing, csv, as: .actuals, InjectedFailure())
        #expect(before.counts[.actuals] == 1 && before.files.count == 1)

        // The file was not marked as ingested: it goes in whole once nothing interferes.
        let report = try KPIStore(path: path).ingest(path: csv, as: .actuals)
        #expect(report.rowsAdded == rows && !report.alreadyIngested)
    }

    @Test func aConflictOnTheLastRowRollsBackTheRowsBeforeIt() throws {
        let scratch = try Scratch()
        let store = try KPIStore.inMemory()
        try store.ingest(path: scratch.write("old.csv", "entity,date,amount\ne99,2030-01-01,1\n"), as: .actuals)
        // 999 new rows, then one that contradicts the stored row and is also the last in key
        // order (the order of writing).
        let csv = try scratch.write("new.csv", Scratch.actualsCSV(rows: 999) + "e99,2030-01-01,2\n")
        try expectRejected(store, csv, as: .actuals, IngestError.conflictsWithStore(
            file: csv, line: 1001, column: "amount", key: "entity \"e99\", kpi \"bookings\", date \"2030-01-01\"",
            stored: "1", given: "2", storedFrom: scratch.path("old.csv")))
        #expect(try store.count(.actuals) == 1)
    }
}
