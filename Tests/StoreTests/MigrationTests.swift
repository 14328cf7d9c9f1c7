import Foundation
import GRDB
@testable import Store
import Testing

/// Creating, migrating and reopening store files.
struct MigrationTests {
    @Test func aFreshFileGetsTheSchemaInWALMode() throws {
        let scratch = try Scratch()
        let path = scratch.path("new.sqlite")
        let store = try KPIStore(path: path)
        #expect(try store.appliedMigrations() == ["v1", "v2"])
        for dataset in Dataset.allCases { #expect(try store.count(dataset) == 0) }
        #expect(try store.runs().isEmpty)
        // SQLite's file header: bytes 18 and 19 (write and read format) are 2 in WAL mode.
        let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(20)
        #expect(Array(header.prefix(16)) == Array("SQLite format 3\0".utf8))
        #expect(header[18] == 2 && header[19] == 2)
    }

    @Test func reopeningKeepsDataAndRunsNoMigrationTwice() throws {
        let scratch = try Scratch()
        let path = scratch.path("store.sqlite")
        let csv = try scratch.write("people.csv", "entity,name,team,role\np1,Ann,north,rep\n")
        do {
            let store = try KPIStore(path: path)
            try store.ingest(path: csv, as: .people)
            let run = try store.beginRun(project: "kpi.yaml", asOf: Day(year: 2026, month: 3, day: 31)!)
            try store.finishRun(run, status: .succeeded)
        }
        let reopened = try KPIStore(path: path)
        #expect(try reopened.appliedMigrations() == ["v1", "v2"])
        #expect(try reopened.people().map(\.name) == ["Ann"])
        #expect(try reopened.runs().map(\.status) == [.succeeded])
        #expect(try reopened.ingest(path: csv, as: .people).alreadyIngested)
    }

    @Test func aVersion1FileReadsItsCampaignsAgainWithTheirOwners() throws {
        let scratch = try Scratch()
        let path = scratch.path("old.sqlite")
        let csv = try scratch.write("campaigns.csv", """
            campaign,name,channel,start,end,cost,revenue,owner
            c1,Spring webinar,events,2026-03-01,2026-03-31,1000,5000,m1

            """)
        // A v1 store read the file and ignored its owner column.
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v1")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO files (id, sha256, dataset, path, rows_added, rows_skipped, ingested_at)
                    VALUES (7, ?, 'campaigns', ?, 1, 0, '2026-03-01T00:00:00Z')
                    """, arguments: [SHA256.hex(of: try Data(contentsOf: URL(fileURLWithPath: csv))), csv])
                try db.execute(sql: """
                    INSERT INTO campaigns (campaign, name, channel, start, end, cost, revenue, file_id)
                    VALUES ('c1', 'Spring webinar', 'events', '2026-03-01', '2026-03-31', 1000, 5000, 7)
                    """)
            }
        }
        let store = try KPIStore(path: path)
        #expect(try store.appliedMigrations() == ["v1", "v2"])
        let again = try store.ingest(path: csv, as: .campaigns)
        #expect(!again.alreadyIngested && again.rowsAdded == 1)
        #expect(try store.campaigns().map(\.owner) == ["m1"])
    }

    @Test func aFileFromANewerSchemaIsRefused() throws {
        let scratch = try Scratch()
        let path = scratch.path("future.sqlite")
        do {
            let store = try KPIStore(path: path)
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            }
        }
        #expect(throws: StoreError.newerSchema(path: path)) { try KPIStore(path: path) }
    }

    @Test func aFileThatIsNotADatabaseIsAnErrorNotACrash() throws {
        let scratch = try Scratch()
        let path = try scratch.write("notes.sqlite", String(repeating: "not a database\n", count: 100))
        #expect(throws: StoreError.unopenable(path: path, reason: "file is not a database")) { try KPIStore(path: path) }
        let nowhere = scratch.path("no/such/folder/kpi.sqlite")
        #expect(throws: StoreError.unopenable(path: nowhere, reason: "unable to open database file")) { try KPIStore(path: nowhere) }
        #expect(StoreError.unopenable(path: path, reason: "file is not a database").description.hasPrefix("\(path): the store cannot be opened"))
    }
}
