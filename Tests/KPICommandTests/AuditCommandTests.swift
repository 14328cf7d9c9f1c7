import Foundation
import Testing

/// `kpi audit` on the sample's weekly reports, and on bad input.
struct AuditCommandTests {
    static let reports = KPIProcess.repository.appendingPathComponent("notebooks-data/reports.csv").path
    static let columns = ["--id", "entity", "--period", "period", "--measures", "visits,leads,deals,revenue", "--group", "team"]

    @Test func tableFindsTheMadeUpStretch() throws {
        let run = try KPIProcess.run(["audit", Self.reports] + Self.columns)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("24 of 1472 reports (32 people) flagged at a false discovery rate of 5.0%"), "\(run.output)")
        #expect(run.output.contains("S203  2026-W36"))
        #expect(run.output.contains("round numbers: visits 15, revenue 2000 in 2026-W36"))
        #expect(run.output.contains("visits 96 in 2026-W17 is 6.6× the person's usual"))
        #expect(run.output.contains("S306  2026-W41"))
        #expect(run.output.contains("2026-W41 repeats exactly 2026-W17"))
        // S408's padded visits, planted from 2026-W33 on.
        #expect(run.output.contains("S408  2026-W40"))
        #expect(run.output.contains("visits rose without leads following in 2026-W34–2026-W45 (12 reports)"))
        // Every flag is a planted anomaly: not S203 2026-W41, an honest week beside the made-up
        // stretch whose revenue is round, nor the honest calm stretches of S102 and S301.
        #expect(!run.output.contains("S203  2026-W41"))
        #expect(!run.output.contains("S102") && !run.output.contains("S301"))
    }

    @Test func periodsWrittenAsDatesComeInTimeOrder() throws {
        // The sample's ISO weeks relabelled as their Mondays, day first (5.1.2026, 12.1.2026,
        // …, 2.2.2026), which as text would put 12 January after 2 February: the same reports
        // are flagged.
        let text = try String(contentsOfFile: Self.reports, encoding: .utf8)
        var relabelled: [String] = [], byLabel: [String: String] = [:]
        for (index, line) in text.split(separator: "\n").enumerated() {
            var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if index > 0, let week = Int(cells[2].suffix(2)) {
                let monday = Self.monday(week: week)
                byLabel[monday] = cells[2]
                cells[2] = monday
            }
            relabelled.append(cells.joined(separator: ","))
        }
        let flagged = { (output: String, translate: (String) -> String) in
            Set(output.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }.filter { $0[2] == "true" }
                .map { "\($0[0]) \(translate(String($0[1])))" })
        }
        let iso = try KPIProcess.run(["audit", Self.reports] + Self.columns + ["--format", "csv"])
        let dated = try KPIProcess.run(["audit", "-"] + Self.columns + ["--format", "csv"], input: relabelled.joined(separator: "\n") + "\n")
        #expect(dated.status == 0, "\(dated.error)")
        #expect(flagged(dated.output) { byLabel[$0] ?? $0 } == flagged(iso.output) { $0 })
        #expect(flagged(iso.output) { $0 }.count == 24)
    }

    /// The Monday of ISO week `week` of 2026 written `D.M.YYYY` (week 1 starts on 29.12.2025).
    static func monday(week: Int) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(weekday: 2, weekOfYear: week, yearForWeekOfYear: 2026))!
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        return "\(parts.day!).\(parts.month!).\(parts.year!)"
    }

    @Test func csvListsEveryReportOnceFlaggedFirst() throws {
        let run = try KPIProcess.run(["audit", Self.reports] + Self.columns + ["--format", "csv"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.first == "id,period,flagged,score,reasons")
        #expect(lines.count == 1473)
        let flags = lines.dropFirst().map { $0.split(separator: ",")[2] }
        #expect(flags.prefix(24).allSatisfy { $0 == "true" } && flags.dropFirst(24).allSatisfy { $0 == "false" })
        let keys = lines.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
        #expect(Set(keys).count == 1472)
    }

    @Test func jsonCarriesTheAuditFlagPayload() throws {
        // Standard input, as `-`.
        let text = try String(contentsOfFile: Self.reports, encoding: .utf8)
        let run = try KPIProcess.run(["audit", "-"] + Self.columns + ["--format", "json"], input: text)
        #expect(run.status == 0, "\(run.error)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(items.count == 1472)
        let first = items[0]
        #expect(first["entity"] as? String == "S203" && first["period"] as? String == "2026-W36")
        #expect((first["score"] as? Double ?? 0) > 10)
        #expect((first["reasons"] as? [String])?.first?.hasPrefix("round numbers") == true)
        #expect(first["flagged"] as? Bool == true)
        #expect(items.filter { $0["flagged"] as? Bool == true }.count == 24)
    }

    @Test func badInputNamesTheCell() throws {
        let header = "entity,team,period,visits,leads,deals,revenue\n"
        let cases: [(String, [String], String)] = [
            (header + "a,t,2026-W01,3,1,1,900\na,t,2026-W02,-2,1,0,0\n", Self.columns,
             "standard input, line 3, column \"visits\": -2 is negative"),
            (header + "a,t,2026-W01,3,1,1,900\na,t,2026-W02,x,1,0,0\n", Self.columns,
             "line 3, column \"visits\": \"x\" is not a number"),
            (header + "a,t,2026-W01,3,1,1,900\na,t,2026-W01,4,1,0,0\n", Self.columns,
             "line 3, column \"period\": a second report of \"a\" for \"2026-W01\" (the first is on line 2)"),
            (header + "a,t,2026-W01,3,1,1,900\n", ["--id", "entity", "--period", "period", "--measures", "visits,calls"],
             "no column \"calls\""),
            (header + "a,t,13/12/2026,3,1,1,900\na,t,12/13/2026,2,1,0,50\n", Self.columns,
             "line 3, column \"period\": the periods read as dates, but \"12/13/2026\" puts the month first and \"13/12/2026\" the day"),
            (header + "a,t,1/30/2026,3,1,1,900\na,t,2/30/2026,2,1,0,50\n", Self.columns,
             "line 3, column \"period\": the periods read as dates, but \"2/30/2026\" is not a day"),
        ]
        for (input, arguments, message) in cases {
            let run = try KPIProcess.run(["audit", "-"] + arguments, input: input)
            #expect(run.status == 1)
            #expect(run.error.contains(message), "\(run.error)")
        }
        let one = try KPIProcess.run(["audit", "-"] + Self.columns, input: header + "a,t,2026-W01,3,1,1,900\n")
        #expect(one.output.hasPrefix("0 of 1 reports (1 person) flagged"), "\(one.output)")
        let usage = try KPIProcess.run(["audit", Self.reports, "--id", "entity", "--period", "period", "--measures", "visits"])
        #expect(usage.status == 2)
        #expect(usage.error.contains("--measures needs at least two columns"))
        let fdr = try KPIProcess.run(["audit", Self.reports] + Self.columns + ["--fdr", "2"])
        #expect(fdr.status == 2)
    }

    @Test func helpShowsAnExample() throws {
        let run = try KPIProcess.run(["audit", "--help"])
        #expect(run.output.contains("kpi audit notebooks-data/reports.csv --id entity --period period"))
    }
}
