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

        // Reps' new customers are the deals of their reports of 2026Q4 (ISO weeks 40 to 46 by
        // as_of), counted or held back; the score uses the counted ones.
        let reports = try String(contentsOfFile: folder + "/reports.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        var deals: [String: Double] = [:]
        for line in reports {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard let week = Int(cells[2].dropFirst(6)), (40...53).contains(week) else { continue }
            deals[cells[0], default: 0] += Double(cells[5]) ?? .nan
        }
        let derived = try #require(object["report_kpis"] as? [[String: Any]])
        #expect(derived.count == 32)
        for item in derived {
            let entity = try #require(item["entity"] as? String)
            let value = try #require(item["value"] as? Double), held = try #require(item["held_back_value"] as? Double)
            #expect(value + held == deals[entity], "\(entity)")
            let person = try #require(scores.first { $0["entity"] as? String == entity })
            let kpis = (person["dimensions"] as? [[String: Any]] ?? []).flatMap { $0["kpis"] as? [[String: Any]] ?? [] }
            #expect(kpis.first { $0["kpi"] as? String == "new_customers" }?["value"] as? Double == value, "\(entity)")
        }

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
        // Every stored result, whatever its kind, is one JSON object on one line.
        let everything = try KPIProcess.run(["show", "1", "--project", project])
        let lines = everything.output.split(separator: "\n")
        let kinds = Set(try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["kind"] as? String)
        })
        #expect(kinds.isSuperset(of: ["attainment", "forecast", "score", "campaign", "audit_flag", "report_kpi"]), "\(kinds)")
        // `latest` names the second run; a run that was never made is named.
        let latest = try KPIProcess.run(["show", "latest", "--project", project, "--kind", "attainment"])
        let runTwo = try KPIProcess.run(["show", "run-2", "--project", project, "--kind", "attainment"])
        #expect(latest.status == 0 && !latest.output.isEmpty && latest.output == runTwo.output)
        let missing = try KPIProcess.run(["show", "7", "--project", project])
        #expect(missing.status == 2 && missing.error.contains("no run 7 in this project's store"), "\(missing.error)")
        // A kind the run did not store is named, with the kinds it did.
        let misspelt = try KPIProcess.run(["show", "1", "--project", project, "--kind", "scores"])
        #expect(misspelt.status == 2)
        #expect(misspelt.error.contains("run-1 stored no results of kind scores; it holds attainment, attribution"), "\(misspelt.error)")
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
