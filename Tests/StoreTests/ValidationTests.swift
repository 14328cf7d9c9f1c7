import Foundation
import Store
import Tabular
import Testing

/// A bad row rejects the whole file with file, line and column named, and nothing is written.
struct ValidationTests {
    let scratch: Scratch
    let store: KPIStore

    /// Each test starts from a store that already holds a little of everything it might
    /// disturb.
    init() throws {
        scratch = try Scratch()
        store = try KPIStore(path: scratch.path("store.sqlite"))
        try store.ingest(path: scratch.write("seed-people.csv", "entity,name,team,role\np1,Ann,north,rep\n"), as: .people)
        try store.ingest(path: scratch.write("seed-actuals.csv", "entity,date,amount\np1,2026-01-05,10\n"), as: .actuals)
    }

    @Test func missingColumn() throws {
        let path = try scratch.write("people.csv", "entity,name,role\np2,Bo,rep\n")
        try expectRejected(store, path, as: .people, IngestError.missingColumn(
            file: path, dataset: .people, column: "team", available: ["entity", "name", "role"]))
        let message = IngestError.missingColumn(file: path, dataset: .people, column: "team",
                                                available: ["entity", "name", "role"]).description
        #expect(message == "\(path), line 1: no column \"team\", which people needs (columns: entity, name, role)")
    }

    @Test func badNumber() throws {
        let path = try scratch.write("actuals.csv", "entity,date,amount\np1,2026-01-06,5\np1,2026-01-07,12x\n")
        try expectRejected(store, path, as: .actuals,
                           TableError.nonNumeric(source: path, line: 3, column: "amount", value: "12x"))
    }

    @Test func badDate() throws {
        let path = try scratch.write("actuals.csv", "entity,date,amount\np1,2026-01-06,5\np2,2026-02-30,7\n")
        let error = IngestError.badDate(file: path, line: 3, column: "date", value: "2026-02-30")
        try expectRejected(store, path, as: .actuals, error)
        #expect(error.description == "\(path), line 3, column \"date\": \"2026-02-30\" is not a date (YYYY-MM-DD)")
    }

    @Test func dateInAnotherFormat() throws {
        let path = try scratch.write("spend.csv", "date,channel,spend\n01/02/2026,search,100\n")
        try expectRejected(store, path, as: .channelSpend,
                           IngestError.badDate(file: path, line: 2, column: "date", value: "01/02/2026"))
    }

    @Test func negativeAmount() throws {
        let path = try scratch.write("actuals.csv", "entity,date,amount\np1,2026-01-06,5\np1,2026-01-07,-3.5\n")
        let error = IngestError.negative(file: path, line: 3, column: "amount", value: "-3.5")
        try expectRejected(store, path, as: .actuals, error)
        #expect(error.description == "\(path), line 3, column \"amount\": -3.5 is negative")
    }

    @Test func negativeCampaignCostAndFractionalLeads() throws {
        let header = "campaign,name,channel,start,end,cost,revenue,leads\n"
        let cost = try scratch.write("c1.csv", header + "c1,Spring,search,2026-03-01,2026-03-31,-1,10,4\n")
        try expectRejected(store, cost, as: .campaigns, IngestError.negative(file: cost, line: 2, column: "cost", value: "-1"))
        let leads = try scratch.write("c2.csv", header + "c1,Spring,search,2026-03-01,2026-03-31,1,10,4.5\n")
        try expectRejected(store, leads, as: .campaigns,
                           IngestError.notWholeNumber(file: leads, line: 2, column: "leads", value: "4.5"))
    }

    @Test func campaignEndingBeforeItStarts() throws {
        let path = try scratch.write("c.csv", """
            campaign,name,channel,start,end,cost,revenue
            c1,Spring,search,2026-03-01,2026-03-31,100,150
            c2,Autumn,social,2026-09-30,2026-09-01,100,150

            """)
        try expectRejected(store, path, as: .campaigns, IngestError.endBeforeStart(
            file: path, line: 3, column: "end", start: "2026-09-30", end: "2026-09-01"))
    }

    @Test func duplicateKeyNamesBothLines() throws {
        let path = try scratch.write("actuals.csv", """
            entity,date,amount,kpi
            p1,2026-01-06,5,bookings
            p1,2026-01-06,5,visits
            p2,2026-01-06,5,bookings
            p1,2026-01-06,6,bookings

            """)
        let error = IngestError.duplicateKey(file: path, line: 5, firstLine: 2, columns: ["entity", "kpi", "date"],
                                             key: "entity \"p1\", kpi \"bookings\", date \"2026-01-06\"")
        try expectRejected(store, path, as: .actuals, error)
        #expect(error.description == "\(path), line 5, columns \"entity\", \"kpi\", \"date\":"
                + " entity \"p1\", kpi \"bookings\", date \"2026-01-06\" repeats line 2")
        // Without a kpi column (every row a booking) the message names the file's own columns.
        let plain = try scratch.write("bookings.csv", "entity,date,amount\np1,2026-01-06,5\np1,2026-01-06,6\n")
        try expectRejected(store, plain, as: .actuals,
                           IngestError.duplicateKey(file: plain, line: 3, firstLine: 2, columns: ["entity", "date"],
                                                    key: "entity \"p1\", date \"2026-01-06\""))
    }

    @Test func theFirstRepeatInFileOrderIsReported() throws {
        let path = try scratch.write("spend.csv", """
            date,channel,spend
            2026-01-02,search,1
            2026-01-01,social,2
            2026-01-01,social,3
            2026-01-02,search,4
            2026-01-01,social,5

            """)
        try expectRejected(store, path, as: .channelSpend, IngestError.duplicateKey(
            file: path, line: 4, firstLine: 3, columns: ["channel", "date"],
            key: "channel \"social\", date \"2026-01-01\""))
    }

    @Test func duplicateReportRow() throws {
        let path = try scratch.write("reports.csv", "entity,period,visits\np1,2026-W02,5\np1,2026-W02,6\n")
        try expectRejected(store, path, as: .reports, IngestError.duplicateKey(
            file: path, line: 3, firstLine: 2, columns: ["entity", "period"], key: "entity \"p1\", period \"2026-W02\""))
    }

    @Test func missingRequiredValue() throws {
        let path = try scratch.write("people.csv", "entity,name,team,role\np2,Bo,,rep\n")
        try expectRejected(store, path, as: .people, IngestError.missingValue(file: path, line: 2, column: "team"))
        let amount = try scratch.write("actuals.csv", "entity,date,amount\np1,2026-01-06,NA\n")
        try expectRejected(store, amount, as: .actuals, IngestError.missingValue(file: amount, line: 2, column: "amount"))
    }

    @Test func oneRoleAndTeamPerPersonAndPeriod() throws {
        let header = "entity,period,role,team,kpi,value\n"
        let roles = try scratch.write("roles.csv", header + "p1,2026Q1,rep,north,revenue,10\np1,2026Q2,lead,north,revenue,8\n"
            + "p1,2026Q1,lead,north,visits,3\n")
        let error = IngestError.conflictingIdentity(file: roles, line: 4, column: "role", entity: "p1", period: "2026Q1",
                                                    first: "rep", firstLine: 2, given: "lead")
        try expectRejected(store, roles, as: .kpiValues, error)
        #expect(error.description == "\(roles), line 4, column \"role\": line 2 gives p1 the role rep for 2026Q1, "
            + "this line lead; a person has one role in a period")
        // A row without a team agrees with any; the first team named is the person's.
        let teams = try scratch.write("teams.csv", header + "p1,2026Q1,rep,,revenue,10\np1,2026Q1,rep,north,visits,3\n"
            + "p1,2026Q1,rep,,leads,2\np1,2026Q1,rep,south,deals,1\n")
        try expectRejected(store, teams, as: .kpiValues, IngestError.conflictingIdentity(
            file: teams, line: 5, column: "team", entity: "p1", period: "2026Q1", first: "north", firstLine: 3, given: "south"))
        let agreeing = try scratch.write("agreeing.csv", header + "p1,2026Q1,rep,,revenue,10\np1,2026Q1,rep,north,visits,3\n"
            + "p1,2026Q2,lead,south,revenue,8\n")
        #expect(try store.ingest(path: agreeing, as: .kpiValues).rowsAdded == 3)
        // Without periods, one role across the file.
        let timeless = try scratch.write("timeless.csv", "entity,role,kpi,value\np2,rep,revenue,10\np2,lead,visits,3\n")
        let once = IngestError.conflictingIdentity(file: timeless, line: 3, column: "role", entity: "p2", period: "",
                                                   first: "rep", firstLine: 2, given: "lead")
        try expectRejected(store, timeless, as: .kpiValues, once)
        #expect(once.description == "\(timeless), line 3, column \"role\": line 2 gives p2 the role rep, this line lead; "
            + "a person has one role")
    }

    @Test func badPeriod() throws {
        let path = try scratch.write("targets.csv", "entity,period,target\np1,2026Q1,100\np1,Q2-2026,100\n")
        let error = IngestError.badPeriod(file: path, line: 3, column: "period", value: "Q2-2026")
        try expectRejected(store, path, as: .targets, error)
        #expect(error.description.contains("2026Q1"))
    }

    @Test func raggedRowAndNonNumericMeasure() throws {
        let ragged = try scratch.write("people.csv", "entity,name,team,role\np2,Bo,north\n")
        try expectRejected(store, ragged, as: .people,
                           TableError.raggedRow(source: ragged, line: 2, expected: 4, found: 3))
        let reports = try scratch.write("reports.csv", "entity,period,visits,source\np1,2026-W02,5,north\n")
        try expectRejected(store, reports, as: .reports,
                           TableError.nonNumeric(source: reports, line: 2, column: "source", value: "north"))
        let bare = try scratch.write("bare.csv", "entity,period\np1,2026-W02\n")
        try expectRejected(store, bare, as: .reports, IngestError.noMeasures(file: bare))
    }

    @Test func reportLabelColumnsAreNotMeasures() throws {
        let reports = try scratch.write("labelled.csv", "entity,team,period,region,visits,leads\np1,north,2026-W02,east,5,2\n")
        _ = try store.ingest(path: reports, as: .reports)
        #expect(try store.reports().map(\.measure).sorted() == ["leads", "visits"])
    }

    @Test func missingFileAndNonUTF8() throws {
        let missing = scratch.path("nope.csv")
        try expectRejected(store, missing, as: .actuals, TableError.fileNotFound(path: missing))
        let latin1 = scratch.path("latin1.csv")
        try Data([0x65, 0x6E, 0x74, 0x69, 0x74, 0x79, 0x0A, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: latin1))
        try expectRejected(store, latin1, as: .people, TableError.unreadable(path: latin1, reason: "not UTF-8 text"))
    }
}
