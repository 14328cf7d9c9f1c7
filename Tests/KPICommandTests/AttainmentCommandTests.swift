import Foundation
import Testing

/// `kpi attainment` on the sample CRM export and on bad input.
struct AttainmentCommandTests {
    static let folder = KPIProcess.repository.appendingPathComponent("notebooks-data").path
    static let files = ["--targets", folder + "/targets.csv", "--actuals", folder + "/bookings.csv"]

    @Test func jsonOnTheSampleAddsUp() throws {
        let run = try KPIProcess.run(["attainment"] + Self.files + ["--people", Self.folder + "/people.csv",
                                                                   "--as-of", "2026-11-20", "--paths", "500", "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["period"] as? String == "2026Q4")
        #expect(object["remaining_days"] as? Int == 41)
        #expect((object["history"] as? [String])?.count == 7)
        let entities = try #require(object["entities"] as? [[String: Any]])
        let people = entities.filter { $0["level"] as? String == "person" }
        #expect(people.count == 32)
        #expect(entities.filter { $0["level"] as? String == "team" }.count == 4)
        let company = try #require(entities.first { $0["level"] as? String == "company" })
        let sum = { (key: String) in people.reduce(0.0) { $0 + ($1[key] as? Double ?? 0) } }
        for key in ["booked", "target", "projected"] {
            let total = try #require(company[key] as? Double)
            #expect(abs(total - sum(key)) <= 1e-9 * total, "\(key)")
        }
        for row in entities {
            let p = try #require(row["p_reach_target"] as? Double)
            #expect(p >= 0 && p <= 1)
            let intervals = try #require(row["intervals"] as? [[String: Any]])
            #expect(intervals.count == 2)
        }
        #expect((object["notes"] as? [String])?.first?.contains("S100 (sales-north)") == true)
    }

    @Test func tableAndCSVOnTheSample() throws {
        let table = try KPIProcess.run(["attainment"] + Self.files + ["--people", Self.folder + "/people.csv",
                                                                     "--as-of", "2026-11-20", "--paths", "300"])
        #expect(table.status == 0, "\(table.error)")
        for text in ["Attainment forecast for 2026Q4 as of 2026-11-20", "sales-north", "company", "P(≥100%)", "needed/week"] {
            #expect(table.output.contains(text), "\(text)")
        }
        let csv = try KPIProcess.run(["attainment"] + Self.files + ["--as-of", "2026-08-15", "--paths", "300", "--format", "csv",
                                                                   "--level", "50,90"])
        #expect(csv.status == 0, "\(csv.error)")
        let lines = csv.output.split(separator: "\n")
        #expect(lines.first == "entity,level,team,booked,target,projected,attainment_pct,lo50,hi50,lo90,hi90,p_reach_target,needed_per_day,needed_per_week")
        // Without people: every entity with a target (the managers too) and the company.
        #expect(lines.count == 1 + 36 + 1)
        #expect(!lines.dropFirst().contains { $0.contains(",team,") })
    }

    @Test func withoutPeopleTheLeadsTargetsAreNamed() throws {
        // The sample's leads S100 … S400 carry their teams' targets and book nothing.
        let run = try KPIProcess.run(["attainment"] + Self.files + ["--as-of", "2026-11-20", "--paths", "300"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.contains("kpi: warning: S100, S200, S300, S400 have a target and no bookings"), "\(run.error)")
        let withPeople = try KPIProcess.run(["attainment"] + Self.files + ["--people", Self.folder + "/people.csv",
                                                                           "--as-of", "2026-11-20", "--paths", "300"])
        #expect(withPeople.error.isEmpty, "\(withPeople.error)")
    }

    @Test func bookingsThatCountForNoTeamAreNamed() throws {
        // A lead's own booking and one by a rep without a target stay out of the team's total.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-attainment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let write = { (name: String, text: String) throws -> String in
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let targets = try write("targets.csv", "entity,period,target\nana,2026Q1,100\nben,2026Q1,100\nlea,2026Q1,200\n")
        let people = try write("people.csv", "entity,team,role\nana,north,rep\nben,north,rep\nlea,north,sales_manager\nnoa,north,rep\n")
        let actuals = "entity,date,amount\nana,2026-01-03,50\nlea,2026-01-04,30\nnoa,2026-01-05,20\nben,2026-01-06,40\n"
        let run = try KPIProcess.run(["attainment", "--targets", targets, "--actuals", "-", "--people", people,
                                      "--as-of", "2026-02-01", "--paths", "100", "--format", "json"], input: actuals)
        #expect(run.status == 0, "\(run.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let north = try #require((object["entities"] as? [[String: Any]])?.first { $0["entity"] as? String == "north" })
        #expect(north["booked"] as? Double == 90)
        let notes = try #require(object["notes"] as? [String])
        #expect(notes.contains("Bookings of lea, noa count for no team or the company (a lead's own, or of someone without a target for 2026Q1)"),
                "\(notes)")
    }

    @Test func badInputGivesOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-attainment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let targets = folder.appendingPathComponent("targets.csv").path
        try "entity,period,target\nana,2026Q1,100\nana,2026Q5,100\n".write(toFile: targets, atomically: true, encoding: .utf8)
        let good = folder.appendingPathComponent("good.csv").path
        try "entity,period,target\nana,2026Q1,100\nben,2026Q1,0\n".write(toFile: good, atomically: true, encoding: .utf8)
        let cases: [([String], String, String)] = [
            (["--targets", targets, "--actuals", "-", "--as-of", "2026-02-01"], "entity,date,amount\n",
             "targets.csv, line 3, column \"period\": \"2026Q5\" is not a period"),
            (["--targets", good, "--actuals", "-", "--as-of", "2026-02-01"], "entity,date,amount\nana,2026-01-32,5\n",
             "line 2, column \"date\": \"2026-01-32\" is not a date (YYYY-MM-DD)"),
            (["--targets", good, "--actuals", "-", "--as-of", "2026-02-01"], "entity,day,amount\nana,2026-01-03,5\n",
             "no column \"date\""),
            (["--targets", good, "--actuals", "-", "--as-of", "2026-02-01"], "entity,date,amount\nana,2026-01-03,5\n",
             "the target of ben for 2026Q1 is 0.0; attainment needs a positive target"),
            (["--targets", good, "--actuals", "-", "--as-of", "2027-02-01"], "entity,date,amount\n",
             "no target period contains 2027-02-01; choose one with --period"),
            (["--targets", good, "--actuals", "-", "--as-of", "2026-02-01", "--period", "2026Q2"], "entity,date,amount\n",
             "no target is for period 2026Q2"),
        ]
        for (arguments, input, message) in cases {
            let run = try KPIProcess.run(["attainment"] + arguments, input: input)
            #expect(run.status == 1, "\(arguments): status \(run.status)")
            #expect(run.error.contains(message), "\(run.error)")
            #expect(run.error.split(separator: "\n").count == 1, "\(run.error)")
        }
        let usage = try KPIProcess.run(["attainment"] + Self.files + ["--as-of", "2026-11-31"])
        #expect(usage.status == 2)
        // A person in two teams.
        let people = folder.appendingPathComponent("people.csv").path
        try "entity,team\nana,north\nben,south\nana,south\n".write(toFile: people, atomically: true, encoding: .utf8)
        let twice = try KPIProcess.run(["attainment", "--targets", good, "--actuals", "-", "--as-of", "2026-02-01", "--people", people],
                                       input: "entity,date,amount\nana,2026-01-03,5\n")
        #expect(twice.status == 1)
        #expect(twice.error.contains("people.csv, line 4, column \"entity\": ana is listed again (first on line 2)"), "\(twice.error)")
        // More paths than memory holds are a usage error, not a crash.
        for paths in ["0", "1000001", "9223372036854775807"] {
            let many = try KPIProcess.run(["attainment"] + Self.files + ["--as-of", "2026-11-20", "--paths", paths])
            #expect(many.status == 2, "\(paths)")
        }
    }
}
