import Foundation
import Testing

/// `kpi init` and `kpi run` as a newcomer uses them: the starter project, run twice, and
/// the runs kept in its store.
struct RunCommandTests {

    func freshFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kpi-run-\(UUID().uuidString)").path
    }

    @Test func initThenRunTheStarterProject() throws {
        let folder = freshFolder()
        let initialized = try KPIProcess.run(["init", folder])
        #expect(initialized.status == 0, "\(initialized.error)")
        let project = folder + "/kpi.yaml"
        let run = try KPIProcess.run(["run", project, "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["run_id"] as? Int == 1)
        let scores = try #require(object["scores"] as? [[String: Any]])
        #expect(scores.count == 40)
        for key in ["entity", "role", "team", "score", "dimensions"] { #expect(scores[0][key] != nil, "\(key)") }

        // The same project again: nothing new is ingested and the scores are the same.
        let again = try KPIProcess.run(["run", project, "--format", "json"])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(again.output.utf8)) as? [String: Any])
        #expect(second["run_id"] as? Int == 2)
        let firstScores = scores.map { "\($0["entity"]!) \($0["score"]!)" }
        let secondScores = (second["scores"] as? [[String: Any]] ?? []).map { "\($0["entity"]!) \($0["score"]!)" }
        #expect(firstScores == secondScores)

        let runs = try KPIProcess.run(["runs", "--project", project])
        #expect(runs.status == 0)
        // A header, its rule and the two runs.
        #expect(runs.output.split(separator: "\n").count == 4)
        let shown = try KPIProcess.run(["show", "1", "--project", project, "--kind", "attainment"])
        #expect(shown.status == 0)
        #expect(shown.output.contains("\"key\": \"company\""))
    }

    @Test func initRefusesToOverwrite() throws {
        let folder = freshFolder()
        #expect(try KPIProcess.run(["init", folder]).status == 0)
        let again = try KPIProcess.run(["init", folder])
        #expect(again.status == 1)
        #expect(again.error.contains("already exists"))
    }

    @Test func aMissingProjectIsOneLine() throws {
        let run = try KPIProcess.run(["run", "/no/such/kpi.yaml"])
        #expect(run.status == 1)
        #expect(run.error.split(separator: "\n").count == 1)
        #expect(run.error.contains("/no/such/kpi.yaml"))
    }
}
