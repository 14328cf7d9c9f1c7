import Foundation
import Testing

/// `kpi forecast` run as a user runs it: long-format series in, one row per series and step out.
struct ForecastCommandTests {
    static let sample = KPIProcess.repository.appendingPathComponent("notebooks-data/rep_weeks.csv").path

    @Test func csvOnTheSample() throws {
        let run = try KPIProcess.run(["forecast", Self.sample, "--id", "rep", "--time", "week", "--value", "revenue",
                                      "--horizon", "3", "--format", "csv"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.first == "id,step,time,mean,lo80,hi80,lo95,hi95,model")
        #expect(lines.count == 1 + 40 * 3)
        #expect(lines[1].hasPrefix("R001,1,27,"))
        #expect(lines[3].hasPrefix("R001,3,29,"))
        #expect(run.error.isEmpty)
    }

    @Test func tableAndJSONWithOtherLevelsAndMethod() throws {
        let table = try KPIProcess.run(["forecast", Self.sample, "--id", "rep", "--time", "week", "--value", "revenue",
                                        "--horizon", "2", "--method", "theta", "--level", "90"])
        #expect(table.status == 0, "\(table.error)")
        #expect(table.output.contains("lo90") && table.output.contains("theta"))
        let json = try KPIProcess.run(["forecast", Self.sample, "--id", "rep", "--time", "week", "--value", "revenue",
                                       "--horizon", "2", "--format", "json", "--method", "ets"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let series = try #require(object["series"] as? [[String: Any]])
        #expect(series.count == 40)
        let steps = try #require(series[0]["forecasts"] as? [[String: Any]])
        #expect(steps.count == 2 && steps[0]["lo95"] != nil)
    }

    /// Monthly dates step by a month; awkward series still get forecasts.
    @Test func datesAndAwkwardSeries() throws {
        let input = """
            id,month,value
            flat,2026-01-01,5
            flat,2026-02-01,5
            flat,2026-03-01,5
            flat,2026-04-01,5
            zeros,2026-01-01,0
            zeros,2026-02-01,0
            zeros,2026-03-01,0
            short,2026-03-01,12
            falling,2026-01-01,-3
            falling,2026-02-01,-8
            falling,2026-03-01,-12
            falling,2026-04-01,-19
            falling,2026-05-01,-22
            falling,2026-06-01,-30

            """
        let run = try KPIProcess.run(["forecast", "-", "--id", "id", "--time", "month", "--value", "value", "--horizon", "2",
                                      "--format", "csv"], input: input)
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 4 * 2)
        #expect(lines.contains { $0.hasPrefix("flat,1,2026-05-01,5,") })
        #expect(lines.contains { $0.hasPrefix("zeros,2,2026-05-01,0,") })
        #expect(lines.contains { $0.hasPrefix("short,1,2026-04-01,12,") })
        #expect(lines.contains { $0.hasPrefix("falling,2,2026-08-01,") })
        #expect(!run.output.contains("nan"))
    }

    @Test func monthEndDatesAreMonthly() throws {
        let input = "id,t,v\n" + ["2027-12-31", "2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30"].enumerated()
            .map { "a,\($1),\($0 + 1)" }.joined(separator: "\n") + "\n"
        let run = try KPIProcess.run(["forecast", "-", "--id", "id", "--time", "t", "--value", "v", "--horizon", "3",
                                      "--method", "naive", "--format", "csv"], input: input)
        #expect(run.status == 0, "\(run.error)")
        let times = run.output.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[2] }
        #expect(times == ["2028-05-31", "2028-06-30", "2028-07-31"])
        // Every date a 28 February (a yearly series) is the 28th, not a month end: no 29 February.
        let yearly = "id,t,v\n" + (2021...2023).map { "a,\($0)-02-28,\($0 - 2020)" }.joined(separator: "\n") + "\n"
        let leap = try KPIProcess.run(["forecast", "-", "--id", "id", "--time", "t", "--value", "v", "--horizon", "1",
                                       "--method", "naive", "--format", "csv"], input: yearly)
        #expect(leap.output.contains(",2024-02-28,"), "\(leap.output)")
        // Every date a 31 December: year ends, not the 30th.
        let ends = "id,t,v\n" + (2021...2023).map { "a,\($0)-12-31,\($0 - 2020)" }.joined(separator: "\n") + "\n"
        let yearEnds = try KPIProcess.run(["forecast", "-", "--id", "id", "--time", "t", "--value", "v", "--horizon", "2",
                                           "--method", "naive", "--format", "csv"], input: ends)
        #expect(yearEnds.output.contains(",2024-12-31,") && yearEnds.output.contains(",2025-12-31,"), "\(yearEnds.output)")
        // One series dated the 1st, one the 15th, one at month ends: each monthly on its own
        // day (read as days with gaps before).
        let mixed = "id,t,v\n" + (1...6).map { month in
            ["a,2026-0\(month)-01,\(month)", "b,2026-0\(month)-15,\(2 * month)",
             "c,2026-0\(month)-\([31, 28, 31, 30, 31, 30][month - 1]),\(3 * month)"].joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
        let days = try KPIProcess.run(["forecast", "-", "--id", "id", "--time", "t", "--value", "v", "--horizon", "2",
                                       "--method", "naive", "--format", "csv"], input: mixed)
        #expect(days.status == 0, "\(days.error)")
        let labels = days.output.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        #expect(labels == ["a,1,2026-07-01", "a,2,2026-08-01", "b,1,2026-07-15", "b,2,2026-08-15", "c,1,2026-07-31", "c,2,2026-08-31"],
                "\(days.output)")
    }

    @Test func badInputGivesOneLine() throws {
        let cases: [(String, String)] = [
            ("id,t,v\na,1,1\na,2,2\na,4,4\n", "series 'a' has a gap between 2 and 4 (the series step by 1; 1 missing)"),
            ("id,t,v\na,2026-01-05,1\na,2026-01-12,2\nb,2026-01-05,1\nb,2026-01-26,4\n",
             "series 'b' has a gap between 2026-01-05 and 2026-01-26 (the series step by 7 days; 2 missing)"),
            ("id,t,v\na,1,1\na,1,2\n", "series 'a' has two values at 1 (lines 2 and 3)"),
            ("id,t,v\na,1,1\na,2,x\n", "line 3, column \"v\": \"x\" is not a number"),
            ("id,t,v\na,1,1\na,2,\n", "line 3, column \"v\": empty"),
            ("id,t,v\na,1,1\na,soon,2\n", "line 3, column \"t\": \"soon\" is neither a date (YYYY-MM-DD) nor an integer"),
            ("id,t,w\na,1,1\n", "no column \"v\""),
            // An impossible day in a date column is named where it is, not as the first cell.
            ("id,t,v\na,2026-01-01,1\na,2026-02-30,2\na,2026-03-01,3\n", "line 3, column \"t\": \"2026-02-30\" is not a date"),
        ]
        for (input, message) in cases {
            let run = try KPIProcess.run(["forecast", "-", "--id", "id", "--time", "t", "--value", "v", "--horizon", "2"], input: input)
            #expect(run.status == 1, "\(input): status \(run.status)")
            #expect(run.error.contains(message), "\(run.error)")
            #expect(run.error.split(separator: "\n").count == 1, "\(run.error)")
        }
    }

    @Test func badUsageExitsWithTwo() throws {
        for extra in [["--horizon", "0"], ["--horizon", "2", "--level", "120"], ["--horizon", "2", "--method", "magic"],
                      ["--horizon", "2", "--season", "0"], ["--horizon", "9223372036854775807"], ["--horizon", "10001"],
                      ["--horizon", "2", "--season", "9223372036854775807"]] {
            let run = try KPIProcess.run(["forecast", Self.sample, "--id", "rep", "--time", "week", "--value", "revenue"] + extra)
            #expect(run.status == 2, "\(extra)")
        }
    }
}
