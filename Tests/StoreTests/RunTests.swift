import Foundation
import Store
import Testing

/// Runs and their results: what `kpi runs` and `kpi show RUN` read back.
struct RunTests {
    let store: KPIStore
    let asOf = Day(year: 2026, month: 3, day: 15)!

    init() throws { store = try KPIStore.inMemory() }

    @Test func aRunRoundTrips() throws {
        let run = try store.beginRun(project: "projects/q1.yaml", asOf: asOf)
        try store.record(run: run, kind: .forecast, key: "p1", json: #"{"attainment":0.96,"p_reach":0.41}"#)
        try store.record(run: run, kind: .score, results: [(key: "p2", json: "71.5"), (key: "p1", json: "88")])
        try store.record(run: run, kind: "custom_metric", key: "team/north", json: #"["a", 1, null]"#)

        let running = try #require(try store.run(run))
        #expect(running.status == .running && running.finishedAt == nil)
        try store.finishRun(run, status: .succeeded)

        let summary = try #require(try store.runs().first)
        #expect(summary.id == run && summary.project == "projects/q1.yaml" && summary.asOf == asOf)
        #expect(summary.status == .succeeded && summary.finishedAt != nil)
        #expect(summary.resultCounts == [.forecast: 1, .score: 2, "custom_metric": 1])
        #expect(try store.results(run: run, kind: .score) == [
            RunResult(kind: .score, key: "p1", json: "88"), RunResult(kind: .score, key: "p2", json: "71.5"),
        ])
        #expect(try store.results(run: run).map(\.kind) == ["custom_metric", .forecast, .score, .score])
        #expect(try store.results(run: run, kind: .forecast).first?.json == #"{"attainment":0.96,"p_reach":0.41}"#)
        #expect(try store.results(run: run, kind: .auditFlag).isEmpty)
    }

    @Test func runsListNewestFirstAndKeepTheirResultsApart() throws {
        let first = try store.beginRun(project: "a.yaml", asOf: asOf)
        try store.record(run: first, kind: .kpiValue, key: "p1/nps", json: "10")
        try store.finishRun(first, status: .failed)
        let second = try store.beginRun(project: "b.yaml", asOf: asOf)
        #expect(first < second)
        #expect(try store.runs().map(\.id) == [second, first])
        #expect(try store.runs().map(\.status) == [.running, .failed])
        #expect(try store.results(run: second).isEmpty)
        #expect(try store.results(run: first).count == 1)
    }

    @Test func misuseIsReportedAndChangesNothing() throws {
        let run = try store.beginRun(project: "p.yaml", asOf: asOf)
        try store.record(run: run, kind: .campaignFlag, key: "c1", json: #"{"roi":0.03}"#)
        #expect(throws: StoreError.duplicateResult(run: run, kind: .campaignFlag, key: "c1")) {
            try store.record(run: run, kind: .campaignFlag, results: [(key: "c2", json: "1"), (key: "c1", json: "2")])
        }
        #expect(throws: StoreError.invalidJSON(run: run, kind: .campaignFlag, key: "c3")) {
            try store.record(run: run, kind: .campaignFlag, key: "c3", json: "{roi: 3%}")
        }
        // Neither failed batch left anything behind.
        #expect(try store.results(run: run).map(\.key) == ["c1"])

        let unknown = RunID(rawValue: 999)
        #expect(throws: StoreError.unknownRun(unknown)) { try store.record(run: unknown, kind: .score, key: "x", json: "1") }
        #expect(throws: StoreError.unknownRun(unknown)) { try store.results(run: unknown) }
        #expect(throws: StoreError.unknownRun(unknown)) { try store.finishRun(unknown, status: .failed) }
        #expect(try store.run(unknown) == nil)

        try store.finishRun(run, status: .succeeded)
        #expect(throws: StoreError.runFinished(run)) { try store.record(run: run, kind: .score, key: "x", json: "1") }
        #expect(throws: StoreError.runFinished(run)) { try store.finishRun(run, status: .failed) }
        #expect(StoreError.runFinished(run).description == "run \(run) has finished; its results cannot change")
    }

    @Test func runIDsPrintAndParse() {
        let id = RunID(rawValue: 17)
        #expect(id.description == "run-17")
        #expect(RunID("run-17") == id && RunID("17") == id)
        for bad in ["run-", "run-x", "-3", "+3", "run-0", "", "run-17a"] { #expect(RunID(bad) == nil, "\(bad)") }
    }
}
