import Foundation
import Testing

/// `kpi score` run as a user runs it, on the sample scorecards and values.
struct ScoreCommandTests {
    func kpi(_ arguments: [String], input: String = "") throws -> KPIProcess.Run {
        try KPIProcess.run(arguments, input: input)
    }

    /// A sample file of the scorecard tests.
    func fixture(_ name: String) -> String {
        KPIProcess.repository.appendingPathComponent("Tests/ScorecardTests/Fixtures/\(name)").path
    }

    @Test func tableJSONAndCSVOnTheSamples() throws {
        let scorecard = fixture("sales.yaml"), values = fixture("values.csv")
        let table = try kpi(["score", "--scorecard", scorecard, "--values", values])
        #expect(table.status == 0, "\(table.error)")
        #expect(table.output.contains("97.6"))
        #expect(table.output.contains("Not scored, role not in this scorecard: gia (growth_marketer)"))
        let json = try kpi(["score", "--scorecard", scorecard, "--values", values, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((object?["scores"] as? [Any])?.count == 6)
        let csv = try kpi(["score", "--scorecard", scorecard, "--values", values, "--format", "csv"])
        // 4 representatives × 5 KPIs + 2 managers × 6 KPIs, plus the header.
        #expect(csv.output.split(separator: "\n").count == 1 + 4 * 5 + 2 * 6)
    }

    @Test func valuesFromStandardInput() throws {
        let run = try kpi(["score", "--scorecard", fixture("sales.yaml"), "--values", "-", "--format", "csv"],
                          input: "entity,role,kpi,value\nana,sales_rep,target_attainment,96\n")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("ana,sales_rep,,finance,target_attainment,96,100,96,"))
    }

    @Test func badInputGivesOneLineAndExitCodeOne() throws {
        let sales = fixture("sales.yaml")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("score-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let typo = folder.appendingPathComponent("typo.yaml")
        try Data("scorecard: t\nroles:\n  rep:\n    dimensions:\n      finance:\n        weight: 100\n        kpis:\n          - {kpi: target_atainment, weight: 100, rule: {deduct_below: 100}}\n".utf8).write(to: typo)
        let cases: [([String], String, String)] = [
            (["--scorecard", typo.path, "--values", "-"], "entity,role,kpi,value\na,rep,nps,1\n",
             "typo.yaml, line 8: unknown KPI \"target_atainment\" (did you mean target_attainment?)"),
            (["--scorecard", "/no/such.yaml", "--values", "-"], "", "/no/such.yaml: cannot be read (no such file)"),
            (["--scorecard", sales, "--values", "-"], "entity,role,kpi,value\nana,sales_rep,nps,forty\n",
             "line 2, column \"value\": \"forty\" is not a number"),
            (["--scorecard", sales, "--values", "-"], "entity,kpi,value\nana,nps,40\n", "no column \"role\""),
            (["--scorecard", sales, "--values", "-"], "entity,role,kpi,value\nana,sales_rep,new_customer,4\n",
             "line 2: \"new_customer\" is neither a KPI nor an input of one (did you mean new_customers?)"),
            (["--scorecard", sales, "--values", "-"], "entity,role,kpi,value\nmia,sales_manager,marketing_spend,-10\nmia,sales_manager,new_customers,1\n",
             "line 2: entity \"mia\": cac computed from marketing_spend -10, new_customers 1 is -10, which cac cannot be"),
        ]
        for (arguments, input, message) in cases {
            let run = try kpi(["score"] + arguments, input: input)
            #expect(run.status == 1, "\(arguments): status \(run.status)")
            #expect(run.error.contains(message), "\(arguments): \(run.error)")
            #expect(run.error.split(separator: "\n").count == 1, "\(arguments): \(run.error)")
        }
    }

    @Test func aDivisionByZeroIsScoredAsNoValue() throws {
        let run = try kpi(["score", "--scorecard", fixture("sales.yaml"), "--values", "-", "--format", "csv"],
                          input: "entity,role,kpi,value\nmia,sales_manager,marketing_spend,10\nmia,sales_manager,new_customers,0\n")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("mia,sales_manager,,customer,cac,,50,0,no value (division by zero: new_customers is 0)\n"),
                "\(run.output)")
    }

    @Test func missingOptionIsAUsageError() throws {
        #expect(try kpi(["score", "--values", "-"]).status == 2)
    }
}
