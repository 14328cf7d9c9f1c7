import Foundation
import Testing

/// `kpi attribution` on PyMC-Marketing's example data, and on bad input.
struct AttributionCommandTests {
    static let example = KPIProcess.repository.appendingPathComponent("Tests/AttributionTests/Fixtures/mmm_example.csv").path
    static let model = ["attribution", example, "--date", "date_week", "--kpi", "y", "--channels", "x1,x2",
                        "--events", "event_1,event_2"]

    @Test func tableReadsLikeAReport() throws {
        let run = try KPIProcess.run(Self.model + ["--replicates", "30", "--from", "2021-01-04", "--to", "2021-03-29",
                                                   "--campaign", "x1"])
        #expect(run.status == 0, "\(run.error)")
        for text in ["Marketing-mix model of y: 179 weeks 2018-04-02 … 2021-08-30, 2 channels", "fit              R² 0.95",
                     "impact           marketing caused", "90% interval", "decay 0.4", "growth           y 2021-01-04 … 2021-03-29",
                     "sales contribution rate"] {
            #expect(run.output.contains(text), "\(text)\n\(run.output)")
        }
    }

    @Test func jsonFollowsTheStoredShape() throws {
        let run = try KPIProcess.run(Self.model + ["--replicates", "30", "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        for key in ["r_squared", "nrmse", "mape", "impact_coefficient"] { #expect(object[key] is Double, "\(key)") }
        let channels = try #require(object["channels"] as? [[String: Any]])
        #expect(channels.map { $0["channel"] as? String } == ["x1", "x2"])
        for channel in channels {
            for key in ["spend", "contribution", "contribution_low", "contribution_high", "share", "roas", "roas_low", "roas_high",
                        "mroas"] {
                #expect(channel[key] is Double, "\(key)")
            }
            let low = try #require(channel["contribution_low"] as? Double), high = try #require(channel["contribution_high"] as? Double)
            #expect(low < high)
            #expect((channel["adstock"] as? [String: Any])?["decay"] is Double)
            #expect((channel["saturation"] as? [String: Any])?["lambda"] is Double)
        }
        let weeks = try #require(object["decomposition"] as? [[String: Any]])
        #expect(weeks.count == 179)
        let first = try #require(weeks.first)
        #expect(first["date"] as? String == "2018-04-02")
        let parts = try ["baseline", "x1", "x2"].map { try #require(first[$0] as? Double) }
        let fitted = try #require(first["fitted"] as? Double)
        #expect(abs(parts.reduce(0, +) - fitted) < 1e-9 * abs(fitted))
        let intervals = try #require(first["intervals"] as? [String: [String: Double]])
        let x1 = try #require(intervals["x1"]), x1Value = try #require(first["x1"] as? Double)
        #expect(try #require(x1["low"]) <= x1Value && x1Value <= (try #require(x1["high"])))
        #expect(intervals["baseline"]?["low"] != nil)
        let curves = try #require(object["response_curves"] as? [[String: Any]])
        #expect((curves.first?["points"] as? [[String: Any]])?.first?["spend"] as? Double == 0)
    }

    @Test func sameSeedSameOutput() throws {
        let first = try KPIProcess.run(Self.model + ["--replicates", "20", "--format", "json", "--seed", "7"])
        let second = try KPIProcess.run(Self.model + ["--replicates", "20", "--format", "json", "--seed", "7"])
        #expect(first.status == 0)
        #expect(first.output == second.output)
    }

    /// Weekly rows of a small market made up for the error cases.
    static func weeks(_ count: Int, tv: (Int) -> String = { String(100 + ($0 * 37) % 50) }) -> String {
        var lines = ["week,sales,tv,search,price"]
        let start = Calendar(identifier: .gregorian).date(from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: 2024, month: 1, day: 1))!
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        for week in 0..<count {
            let day = formatter.string(from: start.addingTimeInterval(Double(week) * 7 * 86_400))
            lines.append("\(day),\(1000 + (week * 53) % 200),\(tv(week)),\(week % 3 == 0 ? 0 : 20 + week % 7),\(10 + week % 2)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let arguments = ["attribution", "-", "--date", "week", "--kpi", "sales", "--channels", "tv,search", "--replicates", "0"]

    @Test func badInput() throws {
        var text = Self.weeks(60).replacingOccurrences(of: "2024-03-11", with: "2024-03-04")
        var run = try KPIProcess.run(Self.arguments, input: text)
        #expect(run.status == 1)
        #expect(run.error.contains("line 12, column \"week\": week 2024-03-04 appears twice (also on line 11)"), "\(run.error)")
        text = Self.weeks(60).replacingOccurrences(of: "2024-03-04", with: "2024-03-05")
        run = try KPIProcess.run(Self.arguments, input: text)
        #expect(run.error.contains("line 11, column \"week\": 2024-03-05 is not 7 days after 2024-02-26"), "\(run.error)")
        run = try KPIProcess.run(Self.arguments, input: Self.weeks(60) { $0 == 4 ? "-5" : "100" })
        #expect(run.error.contains("line 6, column \"tv\": spend -5.0 is negative"), "\(run.error)")
        run = try KPIProcess.run(Self.arguments, input: Self.weeks(60) { $0 == 4 ? "lots" : "100" })
        #expect(run.error.contains("line 6, column \"tv\": \"lots\" is not a number"), "\(run.error)")
        run = try KPIProcess.run(Self.arguments, input: Self.weeks(60) { _ in "100" })
        #expect(run.status == 1)
        #expect(run.error.contains("channel \"tv\" spends 100.0 every week"), "\(run.error)")
        run = try KPIProcess.run(Self.arguments, input: Self.weeks(8))
        #expect(run.status == 1)
        #expect(run.error.contains("8 weeks are too few"), "\(run.error)")
        run = try KPIProcess.run(Self.arguments + ["--controls", "cost"], input: Self.weeks(60))
        #expect(run.error.contains("no column \"cost\""), "\(run.error)")
        // An event column of labels with a stray number: both are named.
        let mixed = Self.weeks(60).split(separator: "\n").enumerated().map { index, line in
            index == 0 ? String(line) : line.split(separator: ",").dropLast().joined(separator: ",") + (index == 5 ? ",1" : ",none")
        }.joined(separator: "\n") + "\n"
        run = try KPIProcess.run(Self.arguments + ["--events", "price"], input: mixed)
        #expect(run.status == 1)
        #expect(run.error.contains("event column \"price\" mixes numbers (line 6: \"1\") and labels (line 2: \"none\")"), "\(run.error)")
        // The KPI taken as a channel too would explain itself perfectly.
        run = try KPIProcess.run(["attribution", "-", "--date", "week", "--kpi", "tv", "--channels", "tv,search"], input: Self.weeks(60))
        #expect(run.status == 1)
        #expect(run.error.contains("column \"tv\" is named as the KPI and as a channel"), "\(run.error)")
    }

    @Test func withoutRefitsNoIntervalIsShown() throws {
        let run = try KPIProcess.run(Self.arguments + ["--controls", "price"], input: Self.weeks(60))
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("no intervals (no bootstrap refits)"), "\(run.output)")
        #expect(!run.output.contains("% interval"), "\(run.output)")
    }

    @Test func zeroSpendChannelWarns() throws {
        let run = try KPIProcess.run(Self.arguments + ["--controls", "price"], input: Self.weeks(60) { _ in "0" })
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.contains("kpi: warning: channel \"tv\" spends nothing"), "\(run.error)")
        #expect(run.output.contains("tv"))
    }

    @Test func usageErrors() throws {
        for extra in [["--adstock", "exponential"], ["--level", "150"], ["--from", "2024-01-01"], ["--campaign", "tv"],
                      ["--replicates", "5"]] {
            let run = try KPIProcess.run(Self.arguments + extra, input: Self.weeks(60))
            #expect(run.status == 2, "\(extra)")
        }
        let help = try KPIProcess.run(["attribution", "--help"])
        #expect(help.output.contains("kpi attribution marketing_weeks.csv"))
    }
}
