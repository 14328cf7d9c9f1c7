import Foundation
import Store
import Testing

/// Ingesting each dataset and reading it back; idempotence; files that overlap earlier ones.
struct IngestTests {
    let scratch: Scratch
    let store: KPIStore

    init() throws {
        scratch = try Scratch()
        store = try KPIStore(path: scratch.path("store.sqlite"))
    }

    @Test func peopleTargetsAndActualsRoundTrip() throws {
        let people = try store.ingest(path: scratch.write("people.csv", """
            entity,name,team,role,email
            p2,Bo,south,manager,bo@example.com
            p1,Ann,north,rep,ann@example.com

            """), as: .people)
        #expect(people.rowsAdded == 2 && people.rowsSkipped == 0 && !people.alreadyIngested)
        #expect(people.ignoredColumns == ["email"])
        #expect(try store.people() == [Person(entity: "p1", name: "Ann", team: "north", role: "rep"),
                                       Person(entity: "p2", name: "Bo", team: "south", role: "manager")])
        #expect(try store.teams() == ["north", "south"])
        #expect(try store.roles() == ["manager", "rep"])

        try store.ingest(path: scratch.write("targets.csv", """
            entity,period,target,kpi
            p1,2026Q1,500,
            p1,2026Q1,40,new_customers
            p2,2026H1,900,bookings

            """), as: .targets)
        let q1 = try store.targets(period: "2026Q1")
        #expect(q1.map(\.kpi) == ["bookings", "new_customers"])
        #expect(q1.map(\.target) == [500, 40])
        #expect(q1.first?.period.end == Day("2026-03-31"))
        #expect(try store.periods().map(\.label) == ["2026Q1", "2026H1"])

        try store.ingest(path: scratch.write("actuals.csv", """
            entity,date,amount
            p1,2026-01-05,120.5
            p1,2026-02-01,80
            p2,2026-01-07,300
            p1,2026-03-31,99

            """), as: .actuals)
        let p1 = try store.actuals(entity: "p1", from: Day("2026-01-06"), through: Day("2026-03-31"))
        #expect(p1.map(\.date.description) == ["2026-02-01", "2026-03-31"])
        #expect(p1.allSatisfy { $0.kpi == "bookings" })
        #expect(try store.actuals().map(\.amount).reduce(0, +) == 599.5)
    }

    @Test func raisesCampaignsSpendReportsAndKPIValuesRoundTrip() throws {
        try store.ingest(path: scratch.write("raises.csv", """
            date,amount,entity,source
            2026-02-01,250000,f1,foundation
            2026-01-15,1000000,,
            2026-01-15,50000,f1,corporate

            """), as: .raises)
        let raises = try store.raises()
        #expect(raises.map(\.amount) == [1_000_000, 50000, 250_000])
        #expect(raises[0].entity == nil && raises[0].source == nil && raises[1].source == "corporate")

        try store.ingest(path: scratch.write("campaigns.csv", """
            campaign,name,channel,start,end,cost,revenue,leads,customers
            c2,Autumn push,social,2026-09-01,2026-09-30,2000,2050,,
            c1,Spring webinar,events,2026-03-01,2026-03-31,1000,5000,120,8

            """), as: .campaigns)
        #expect(try store.campaigns() == [
            Campaign(campaign: "c1", name: "Spring webinar", channel: "events", start: Day("2026-03-01")!,
                     end: Day("2026-03-31")!, cost: 1000, revenue: 5000, leads: 120, customers: 8),
            Campaign(campaign: "c2", name: "Autumn push", channel: "social", start: Day("2026-09-01")!,
                     end: Day("2026-09-30")!, cost: 2000, revenue: 2050, leads: nil, customers: nil),
        ])

        // An owner column credits a campaign to an entity; an empty cell credits nobody.
        try store.ingest(path: scratch.write("owned.csv", """
            campaign,name,channel,start,end,cost,revenue,owner
            c3,Winter mailing,email,2026-12-01,2026-12-20,300,900,m1
            c4,Winter display,social,2026-12-01,2026-12-20,300,200,

            """), as: .campaigns)
        #expect(try store.campaigns().map(\.owner) == [nil, nil, "m1", nil])

        let spend = "date,channel,spend\n2026-01-02,search,10\n2026-01-01,search,5\n2026-01-01,social,7\n"
        try store.ingest(path: scratch.write("spend.csv", spend), as: .channelSpend)
        #expect(try store.channelSpend(channel: "search").map(\.spend) == [5, 10])

        let reports = try store.ingest(path: scratch.write("reports.csv", """
            entity,period,visits,leads,revenue
            p1,2026-W02,12,3,410.5
            p1,2026-W03,15,,380

            """), as: .reports)
        #expect(reports.rowsAdded == 5)
        let week3 = try store.reports(period: "2026-W03")
        #expect(week3.map(\.measure) == ["revenue", "visits"])
        #expect(week3.first?.period.start == Day("2026-01-12"))

        try store.ingest(path: scratch.write("kpis.csv", """
            entity,role,kpi,value,team,period
            p1,rep,nps,-12,north,2026Q1
            p1,rep,satisfaction,86,,

            """), as: .kpiValues)
        let values = try store.kpiValues()
        #expect(values.map(\.kpi) == ["satisfaction", "nps"])
        #expect(values[0].period == nil && values[0].team == nil)
        #expect(values[1].value == -12 && values[1].period?.label == "2026Q1")
        #expect(try store.kpiValues(period: "2026Q1").count == 1)
    }

    @Test func theSameFileTwiceAddsNothing() throws {
        let path = try scratch.write("actuals.csv", Scratch.actualsCSV(rows: 500))
        let first = try store.ingest(path: path, as: .actuals)
        #expect(first.rowsAdded == 500 && !first.alreadyIngested)
        let before = try StoreSnapshot(store)
        let second = try store.ingest(path: path, as: .actuals)
        #expect(second.alreadyIngested && second.rowsAdded == 0)
        #expect(try StoreSnapshot(store) == before)
        // The same bytes under another name are the same file.
        let copy = try scratch.write("copy.csv", Scratch.actualsCSV(rows: 500))
        #expect(try store.ingest(path: copy, as: .actuals).alreadyIngested)
        #expect(try store.files().count == 1)
        #expect(try store.count(.actuals) == 500)
    }

    @Test func anExportThatGrewAddsOnlyItsNewRows() throws {
        try store.ingest(path: scratch.write("week1.csv", Scratch.actualsCSV(rows: 300)), as: .actuals)
        let grown = try store.ingest(path: scratch.write("week2.csv", Scratch.actualsCSV(rows: 450)), as: .actuals)
        #expect(grown.rowsAdded == 150 && grown.rowsSkipped == 300 && !grown.alreadyIngested)
        #expect(try store.count(.actuals) == 450)
        #expect(try store.files().map(\.rowsSkipped) == [0, 300])
    }

    @Test func aConflictAmidManyIdenticalRowsNamesItsLine() throws {
        let old = try scratch.write("old.csv", Scratch.actualsCSV(rows: 1000))
        try store.ingest(path: old, as: .actuals)
        // Row 500 of the export (line 501) changed; the rows around it, written by the same
        // statement, are identical to the stored ones.
        var lines = Scratch.actualsCSV(rows: 1000).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[500] = lines[500].replacingOccurrences(of: ",500", with: ",501")
        let new = try scratch.write("new.csv", lines.joined(separator: "\n"))
        try expectRejected(store, new, as: .actuals, IngestError.conflictsWithStore(
            file: new, line: 501, column: "amount", key: "entity \"e99\", kpi \"bookings\", date \"2020-01-05\"",
            stored: "500", given: "501", storedFrom: old))
        #expect(try store.count(.actuals) == 1000)
    }

    @Test func actualsOfSomeEntitiesComeInTheOrderAsked() throws {
        try store.ingest(path: scratch.write("actuals.csv", Scratch.actualsCSV(rows: 1000)), as: .actuals)
        let some = try store.actuals(of: ["e7", "e3", "nobody"], kpi: "bookings", from: Day("2020-01-03"),
                                     through: Day("2020-01-04"))
        #expect(some.map { "\($0.entity) \($0.date) \($0.amount)" }
                == ["e7 2020-01-03 208.0", "e7 2020-01-04 308.0", "e3 2020-01-03 204.0", "e3 2020-01-04 304.0"])
        #expect(try store.actuals(of: ["e7"], kpi: "nps").isEmpty)
        #expect(try store.actuals(of: ["e1", "e2"]) == store.actuals().filter { ["e1", "e2"].contains($0.entity) })
    }

    @Test func whoBookedInADateRange() throws {
        try store.ingest(path: scratch.write("actuals.csv", "entity,date,amount\nb,2026-01-05,10\na,2026-01-06,5\nb,2026-01-07,1\n"
                                             + "c,2026-01-06,0\nd,2026-02-01,9\n"), as: .actuals)
        // d booked after the range, c booked nothing; each entity once, in order.
        #expect(try store.entitiesWithActuals(kpi: "bookings", from: Day("2026-01-01")!, through: Day("2026-01-31")!) == ["a", "b"])
        #expect(try store.entitiesWithActuals(kpi: "visits", from: Day("2026-01-01")!, through: Day("2026-01-31")!).isEmpty)
    }

    @Test func theFileAKPIValueCameFrom() throws {
        let first = try scratch.write("q1.csv", "entity,role,kpi,value,period\na,rep,nps,40,2026Q1\n")
        let second = try scratch.write("q2.csv", "entity,role,kpi,value,period\na,rep,nps,45,2026Q2\n")
        try store.ingest(path: first, as: .kpiValues)
        try store.ingest(path: second, as: .kpiValues)
        #expect(try store.sourceOfKPIValue(entity: "a", period: "2026Q1", kpi: "nps") == first)
        #expect(try store.sourceOfKPIValue(entity: "a", period: "2026Q2", kpi: "nps") == second)
        #expect(try store.sourceOfKPIValue(entity: "a", period: "2026Q3", kpi: "nps") == nil)
    }

    @Test func rowsDroppedFromANewVersionOfAFileAreReported() throws {
        let path = scratch.path("actuals.csv")
        try scratch.write("actuals.csv", "entity,date,amount\np1,2026-01-05,10\np2,2026-01-06,20\n")
        #expect(try store.ingest(path: path, as: .actuals).goneCount == 0)
        // The next export lost p2's row and gained p3's: p2's stays stored, and is named.
        try scratch.write("actuals.csv", "entity,date,amount\np1,2026-01-05,10\np3,2026-01-07,30\n")
        let report = try store.ingest(path: path, as: .actuals)
        #expect(report.rowsAdded == 1)
        #expect(report.goneCount == 1)
        #expect(report.gone == ["entity \"p2\", date \"2026-01-06\""])
        #expect(try store.count(.actuals) == 3)
        // Another file's rows are not this file's business.
        let other = try scratch.write("more.csv", "entity,date,amount\np9,2026-01-08,5\n")
        #expect(try store.ingest(path: other, as: .actuals).goneCount == 0)
    }

    @Test func aChangedValueForAStoredKeyRejectsTheFile() throws {
        let old = try scratch.write("old.csv", "entity,name,team,role\np1,Ann,north,rep\n")
        try store.ingest(path: old, as: .people)
        let new = try scratch.write("new.csv", "entity,name,team,role\np2,Bo,south,rep\np1,Ann,south,rep\n")
        let error = IngestError.conflictsWithStore(file: new, line: 3, column: "team", key: "entity \"p1\"",
                                                   stored: "\"north\"", given: "\"south\"", storedFrom: old)
        try expectRejected(store, new, as: .people, error)
        #expect(error.description == "\(new), line 3, column \"team\": \"south\" differs from \"north\""
                + " stored for entity \"p1\" from \(old)"
                + " (a store keeps each row as first ingested; to correct stored rows, start a new store and run again)")
        #expect(try store.people().map(\.entity) == ["p1"])
    }

    @Test func aChangedReportMeasureNamesItsColumn() throws {
        try store.ingest(path: scratch.write("r1.csv", "entity,period,visits,leads\np1,2026-W02,12,3\n"), as: .reports)
        let path = try scratch.write("r2.csv", "entity,period,visits,leads\np1,2026-W03,1,1\np1,2026-W02,12,4\n")
        try expectRejected(store, path, as: .reports, IngestError.conflictsWithStore(
            file: path, line: 3, column: "leads", key: "entity \"p1\", period \"2026-W02\", measure \"leads\"",
            stored: "3", given: "4", storedFrom: scratch.path("r1.csv")))
    }

    @Test func aFileMayBeIngestedAsAnotherDataset() throws {
        // Same bytes, different dataset: a separate ingestion (the key is digest and dataset).
        let path = try scratch.write("both.csv", "entity,role,kpi,value,date,amount\np1,rep,nps,10,2026-01-01,5\n")
        #expect(try store.ingest(path: path, as: .kpiValues).rowsAdded == 1)
        let actuals = try store.ingest(path: path, as: .actuals)
        #expect(actuals.rowsAdded == 1 && actuals.ignoredColumns == ["role", "value"])
        #expect(try store.actuals().map(\.kpi) == ["nps"])
    }

    @Test func filesAreRecordedWithTheDigestOfTheirBytes() throws {
        let path = try scratch.write("people.csv", "entity,name,team,role\np1,Ann,north,rep\n")
        try store.ingest(path: path, as: .people)
        let file = try #require(try store.files().first)
        // python3 -c "import hashlib; print(hashlib.sha256(b'entity,name,team,role\\np1,Ann,north,rep\\n').hexdigest())"
        #expect(file.sha256 == "0de0b72f8089b446ac742a43c61f43e449a78130d22bac32fda4d6e46c3618cc")
        #expect(file.dataset == .people && file.path == path && file.rowsAdded == 1 && file.rowsSkipped == 0)
    }

    @Test func concurrentIngestsOfOneFileAddItOnce() async throws {
        let path = try scratch.write("actuals.csv", Scratch.actualsCSV(rows: 3000))
        let others = try (0..<3).map { try scratch.write("spend\($0).csv", "date,channel,spend\n2026-01-0\($0 + 1),c\($0),1\n") }
        let store = self.store
        let reports = try await withThrowingTaskGroup(of: IngestReport.self) { group in
            for _ in 0..<2 { group.addTask { try store.ingest(path: path, as: .actuals) } }
            for other in others { group.addTask { try store.ingest(path: other, as: .channelSpend) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let actuals = reports.filter { $0.dataset == .actuals }
        #expect(actuals.map(\.rowsAdded).sorted() == [0, 3000])
        #expect(actuals.filter(\.alreadyIngested).count == 1)
        #expect(try store.count(.actuals) == 3000 && store.count(.channelSpend) == 3)
        #expect(try store.files().count == 4)
    }
}
