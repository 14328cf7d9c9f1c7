import Foundation
import Pipeline
import Store
import Testing
import TestSupport

/// The HTML report read back from a store: names from the data files and from stored
/// results of the later kinds show as text.
struct RunReportTests {
    static let person = "\"><img src=x onerror=alert(1)>"
    static let campaign = "<script>alert(1)</script>"

    /// The hand-made project of ``MainJobTests`` with rep A renamed to a string that would
    /// close an attribute and open an image tag.
    func hostileProject() throws -> String {
        let project = try MainJobTests().makeProject()
        let folder = URL(fileURLWithPath: project).deletingLastPathComponent()
        let quoted = "\"" + Self.person.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        for file in ["people.csv", "targets.csv", "actuals.csv", "values.csv"] {
            let url = folder.appendingPathComponent(file)
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            let renamed = lines.map { $0.hasPrefix("A,") ? quoted + $0.dropFirst(1) : String($0) }
            try renamed.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        return project
    }

    static func expectOnlyText(_ html: String) {
        let scan = MarkupScan(html)
        #expect(!scan.names.contains("script") && !scan.names.contains("img"), "\(scan.names)")
        #expect(scan.eventHandlers.isEmpty)
        #expect(!html.lowercased().contains("<script") && !html.lowercased().contains("<img"))
    }

    @Test func hostileNamesFromFilesAndResultsAreText() throws {
        let project = try ProjectFile.read(path: try hostileProject())
        let outcome = try MainJob.run(project)
        #expect(outcome.scores.people.contains { $0.entity == Self.person })
        let store = try KPIStore(path: project.storePath)
        let first = try RunReport.html(store: store, run: outcome.run)
        Self.expectOnlyText(first)
        #expect(first.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(first.contains("<section id=\"scorecard\">") && first.contains("Campaign results are not part of this run."))

        // A run with the later steps' kinds, stored as those steps store them.
        let run = try store.beginRun(project: project.name, asOf: project.asOf)
        try store.record(run: run, kind: "campaign", key: "C1", json: """
            {"campaign":"C1","name":"\(Self.campaign)","channel":"search","start":"2026-01-05","end":"2026-02-05",
             "cost":10000,"revenue":10300,"roi":3,"cost_per_lead":null,"cac":null}
            """)
        try store.record(run: run, kind: .campaignFlag, key: "C1", json: """
            {"campaign":"C1","name":"\(Self.campaign)","channel":"search","flag":"redesign",
             "reason":"ROI stayed below 5% for \(Self.campaign)","evidence":{"roi":3}}
            """)
        let escapedPerson = Self.person.replacingOccurrences(of: "\"", with: "\\\"")
        try store.record(run: run, kind: .auditFlag, key: "\(Self.person)/2026Q1", json: """
            {"entity":"\(escapedPerson)","period":"2026Q1","score":3.5,"reasons":["\(escapedPerson) reported twice the usual visits"]}
            """)
        try store.finishRun(run, status: .succeeded)
        let second = try RunReport.html(store: store, run: run)
        Self.expectOnlyText(second)
        #expect(second.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(second.contains("class=\"flag redesign\""))
        #expect(second.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; reported twice the usual visits"))
    }

    @Test func anUnknownRunIsNamed() throws {
        let project = try ProjectFile.read(path: try MainJobTests().makeProject())
        _ = try MainJob.run(project)
        #expect(throws: StoreError.unknownRun(RunID(rawValue: 9))) {
            try RunReport.html(store: try KPIStore(path: project.storePath), run: RunID(rawValue: 9))
        }
    }
}

/// The main job tells its progress as many times as it says it will, so a progress bar ends
/// full.
struct ProgressStepTests {
    final class Steps: @unchecked Sendable {
        var names: [String] = []
        let lock = NSLock()
        func add(_ name: String) { lock.lock(); names.append(name); lock.unlock() }
    }

    @Test func progressStepsMatchTheJob() throws {
        let project = try ProjectFile.read(path: try MainJobTests().makeProject())
        let steps = Steps()
        _ = try MainJob.run(project, progress: { steps.add($0) })
        #expect(steps.names.count == MainJob.progressSteps(project), "\(steps.names)")
    }
}
