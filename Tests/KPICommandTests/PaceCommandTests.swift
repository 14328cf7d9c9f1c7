import Foundation
import Testing

/// `kpi pace` on the sample raises toward the 2026H2 plan, and on bad input.
struct PaceCommandTests {
    static let raises = KPIProcess.repository.appendingPathComponent("notebooks-data/raises.csv").path
    static let plan = ["--raises", raises, "--target", "7000000", "--start", "2026-07-01"]

    @Test func tableOnTheSample() throws {
        let run = try KPIProcess.run(["pace"] + Self.plan + ["--deadline", "2026-12-31", "--as-of", "2026-11-20"])
        #expect(run.status == 0, "\(run.error)")
        for text in ["raised to date      5,809,000 (83.0% of the target)", "against plan", "target date",
                     "speed               on plan"] {
            #expect(run.output.contains(text), "\(text)\n\(run.output)")
        }
    }

    @Test func jsonOnTheSample() throws {
        let run = try KPIProcess.run(["pace"] + Self.plan + ["--deadline", "2026-12-31", "--as-of", "2026-11-20", "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["raised"] as? Double == 5_809_000)
        #expect(object["deadline"] as? String == "2026-12-31")
        #expect((object["weeks"] as? [Any])?.count == 20)
        let trend = try #require(object["trend"] as? [String: Any])
        #expect(trend["std_error"] is Double)
        let date = try #require(object["target_date"] as? [String: Any])
        let expected = try #require(date["expected"] as? String), earliest = try #require(date["earliest"] as? String)
        #expect(earliest <= expected)
        #expect(object["speed"] as? String == "on plan")
        // Without a deadline there is no plan to rate against; the as-of day defaults to the
        // last raise's.
        let open = try KPIProcess.run(["pace"] + Self.plan + ["--format", "json"])
        let openObject = try #require(try JSONSerialization.jsonObject(with: Data(open.output.utf8)) as? [String: Any])
        #expect(openObject["speed"] is NSNull)
        #expect(openObject["as_of"] as? String == "2026-11-13")
    }

    @Test func steadyWeeksAndRaisesOutsideTheWindowAreSaid() throws {
        // 100 a day, every day, from a week before the start to the day after the as-of day:
        // equal complete weeks, and eight raises left out (seven before, one after).
        let days = (0..<42).map { Calendar(identifier: .gregorian).date(byAdding: .day, value: $0, to: ISO8601DateFormatter().date(from: "2026-06-24T00:00:00Z")!)! }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        let raises = "date,amount\n" + days.map { "\(formatter.string(from: $0)),100\n" }.joined()
        let run = try KPIProcess.run(["pace", "--raises", "-", "--target", "10000", "--start", "2026-07-01", "--as-of", "2026-08-03"],
                                     input: raises)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("; 8 raises before the start or after the as-of day left out"), "\(run.output)")
        #expect(run.output.contains("(no interval: the complete weeks all raised the same amount)"), "\(run.output)")
    }

    @Test func badInput() throws {
        let usage = [["--deadline", "2026-06-01"], ["--as-of", "2026-06-01"], ["--format", "csv"], ["--target", "-5"],
                     ["--start", "2026-02-30"]]
        for extra in usage {
            let run = try KPIProcess.run(["pace", "--raises", Self.raises, "--target", "100", "--start", "2026-07-01"] + extra)
            #expect(run.status == 2, "\(extra)")
        }
        let bad = try KPIProcess.run(["pace", "--raises", "-", "--target", "100", "--start", "2026-07-01"],
                                     input: "date,amount\n2026-07-02,50\n2026-07-03,lots\n")
        #expect(bad.status == 1)
        #expect(bad.error.contains("line 3, column \"amount\": \"lots\" is not a number"), "\(bad.error)")
        let negative = try KPIProcess.run(["pace", "--raises", "-", "--target", "100", "--start", "2026-07-01"],
                                          input: "date,amount\n2026-07-02,50\n2026-07-03,-5\n")
        #expect(negative.status == 1)
        #expect(negative.error.contains("line 3, column \"amount\": a raise cannot be negative"), "\(negative.error)")
        let empty = try KPIProcess.run(["pace", "--raises", "-", "--target", "100", "--start", "2026-07-01", "--as-of", "2026-07-20"],
                                       input: "date,amount\n2026-08-01,50\n")
        #expect(empty.status == 0, "\(empty.error)")
        #expect(empty.output.contains("not in sight"))
        // The help lists only the formats the command prints.
        let help = try KPIProcess.run(["pace", "--help"])
        #expect(help.output.contains("(values: table, json;"), "\(help.output)")
    }
}
