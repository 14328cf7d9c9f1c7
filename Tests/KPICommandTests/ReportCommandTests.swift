import Foundation
import Testing
import TestSupport

/// `kpi run` writes the HTML report beside the project; `kpi report` writes any run's.
struct ReportCommandTests {
    static let person = "\"><img src=x onerror=alert(1)>"

    /// The starter project with person S405 renamed, in every file, to a string that would
    /// close an attribute and open an image tag.
    func hostileStarter() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-report-\(UUID().uuidString)")
        let initialized = try KPIProcess.run(["init", folder.path])
        #expect(initialized.status == 0, "\(initialized.error)")
        let quoted = "\"" + Self.person.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        for file in ["people.csv", "targets.csv", "bookings.csv", "kpi_values.csv"] {
            let url = folder.appendingPathComponent(file)
            let lines = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
            try lines.map { $0.hasPrefix("S405,") ? quoted + $0.dropFirst(4) : String($0) }.joined(separator: "\n")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        return folder.appendingPathComponent("kpi.yaml").path
    }

    @Test func runWritesTheReportWithNamesAsText() throws {
        let project = try hostileStarter()
        let run = try KPIProcess.run(["run", project])
        #expect(run.status == 0, "\(run.error)")
        let path = (project as NSString).deletingLastPathComponent + "/report.html"
        #expect(run.output.contains("Report: \(path)"))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let scan = MarkupScan(html)
        #expect(!scan.names.contains("img") && !scan.names.contains("script"))
        #expect(scan.eventHandlers.isEmpty)
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        // The demo quarter is in progress: company, four teams and six people get fan charts.
        #expect(html.contains("Company: projected"))
        #expect(html.components(separatedBy: "class=\"band80\"").count - 1 == 11)

        // The same run again by id, printed; and `latest`.
        let printed = try KPIProcess.run(["report", "run-1", "--project", project, "--out", "-"])
        #expect(printed.status == 0)
        #expect(printed.output == html)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-report-\(UUID().uuidString).html").path
        let latest = try KPIProcess.run(["report", "latest", "--project", project, "--out", out])
        #expect(latest.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == html)
    }

    @Test func reportOptionsOfRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-report-\(UUID().uuidString)")
        #expect(try KPIProcess.run(["init", folder.path]).status == 0)
        let project = folder.appendingPathComponent("kpi.yaml").path
        let none = try KPIProcess.run(["run", project, "--no-report", "--format", "json"])
        #expect(none.status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path))
        #expect(!none.output.contains("\"report\""))
        let elsewhere = folder.appendingPathComponent("elsewhere.html").path
        let json = try KPIProcess.run(["run", project, "--report", elsewhere, "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["report"] as? String == elsewhere)
        #expect(FileManager.default.fileExists(atPath: elsewhere))
        let both = try KPIProcess.run(["run", project, "--no-report", "--report", elsewhere])
        #expect(both.status == 2)
        // The report never takes the place of one of the project's files.
        let bookings = folder.appendingPathComponent("bookings.csv").path
        let before = try String(contentsOfFile: bookings, encoding: .utf8)
        let overwrite = try KPIProcess.run(["run", project, "--report", folder.path + "/./bookings.csv"])
        #expect(overwrite.status == 2)
        #expect(overwrite.error.contains("is the project's actuals file; the report would overwrite it"), "\(overwrite.error)")
        let out = try KPIProcess.run(["report", "latest", "--project", project, "--out", project])
        #expect(out.status == 2)
        #expect(out.error.contains("is the project's own file"), "\(out.error)")
        #expect(try String(contentsOfFile: bookings, encoding: .utf8) == before)

        // A report that cannot be written: the run is stored and summarised, then the error.
        let unwritable = try KPIProcess.run(["run", project, "--report", "/no/such/folder/r.html"])
        #expect(unwritable.status == 1)
        #expect(unwritable.output.contains("Stored as run run-3"))
        #expect(unwritable.error == "kpi: error: /no/such/folder/r.html: the report cannot be written (No such file or directory)\n")
    }

    @Test func badRunIdsAreUsageErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-report-\(UUID().uuidString)")
        #expect(try KPIProcess.run(["init", folder.path]).status == 0)
        let project = folder.appendingPathComponent("kpi.yaml").path
        let empty = try KPIProcess.run(["report", "latest", "--project", project])
        #expect(empty.status == 2)
        #expect(empty.error.contains("no runs yet"))
        let bad = try KPIProcess.run(["report", "first", "--project", project])
        #expect(bad.status == 2)
        #expect(bad.error.contains("first is not a run id"))
    }
}
