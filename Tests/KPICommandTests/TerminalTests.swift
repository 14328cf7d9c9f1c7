import Foundation
import Testing

/// What every command does for a person at a terminal and for a script at a pipe: help with
/// an example, exit codes 0, 1 and 2, and nothing but plain text in pipes (the test process
/// is not a terminal, so no colour, bar or cursor control may appear, NO_COLOR or not).
struct TerminalTests {
    static let commands = ["init", "run", "runs", "show", "report", "score", "regress", "forecast", "attainment", "pace"]

    @Test func everyCommandHasHelpWithAnExample() throws {
        for command in Self.commands {
            let help = try KPIProcess.run([command, "--help"])
            #expect(help.status == 0, "\(command)")
            #expect(help.output.contains("Example"), "\(command)")
            #expect(help.output.contains("kpi \(command)"), "\(command)")
        }
    }

    /// Bad usage is 2; a problem with the data (a missing file) is 1.
    @Test func exitCodes() throws {
        for command in Self.commands {
            #expect(try KPIProcess.run([command, "--no-such-option"]).status == 2, "\(command)")
        }
        #expect(try KPIProcess.run(["no-such-command"]).status == 2)
        #expect(try KPIProcess.run(["runs", "--format", "xml"]).status == 2)
        #expect(try KPIProcess.run(["runs", "--project", "/no/such/kpi.yaml"]).status == 1)
        #expect(try KPIProcess.run(["report", "1", "--project", "/no/such/kpi.yaml"]).status == 1)
    }

    static func expectPlain(_ run: KPIProcess.Run, _ label: String) {
        for (stream, text) in [("output", run.output), ("error", run.error)] {
            #expect(!text.contains("\u{1B}"), "\(label): escape sequence on standard \(stream)")
            #expect(!text.contains("\r"), "\(label): carriage return on standard \(stream)")
        }
    }

    /// The main job, listing and showing runs, the report and a forecast of many series (long
    /// enough for a progress bar on a terminal), with and without NO_COLOR.
    @Test func pipesGetPlainText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-terminal-\(UUID().uuidString)")
        #expect(try KPIProcess.run(["init", folder.path]).status == 0)
        let project = folder.appendingPathComponent("kpi.yaml").path
        var series = "id,t,v\n"
        for id in 0..<200 { for t in 1...24 { series += "s\(id),\(t),\(100 + (id * 7 + t * 13) % 37)\n" } }
        for environment in [["NO_COLOR": "1"], ["NO_COLOR": nil, "TERM": "xterm-256color"]] as [[String: String?]] {
            let run = try KPIProcess.run(["run", project], environment: environment)
            #expect(run.status == 0)
            Self.expectPlain(run, "run \(environment)")
            #expect(run.error.isEmpty, "no progress in a pipe: \(run.error)")
            for arguments in [["runs", "--project", project], ["show", "1", "--project", project, "--format", "table"],
                              ["report", "latest", "--project", project, "--out", "-"]] {
                let listed = try KPIProcess.run(arguments, environment: environment)
                #expect(listed.status == 0)
                Self.expectPlain(listed, "\(arguments[0]) \(environment)")
            }
            let forecast = try KPIProcess.run(["forecast", "-", "--id", "id", "--time", "t", "--value", "v", "--horizon", "2",
                                               "--method", "naive"], input: series, environment: environment)
            #expect(forecast.status == 0, "\(forecast.error)")
            #expect(forecast.error.isEmpty)
            Self.expectPlain(forecast, "forecast \(environment)")
        }
    }

    /// `--quiet` where a command reports what it did: `kpi report` then prints nothing.
    @Test func quietReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-terminal-\(UUID().uuidString)")
        #expect(try KPIProcess.run(["init", folder.path]).status == 0)
        let project = folder.appendingPathComponent("kpi.yaml").path
        #expect(try KPIProcess.run(["run", project, "--quiet", "--no-report"]).status == 0)
        let out = folder.appendingPathComponent("r.html").path
        let quiet = try KPIProcess.run(["report", "latest", "--project", project, "--out", out, "--quiet"])
        #expect(quiet.status == 0 && quiet.output.isEmpty && quiet.error.isEmpty)
        let loud = try KPIProcess.run(["report", "latest", "--project", project, "--out", out])
        #expect(loud.output == "Report of run-1 written to \(out)\n")
    }
}
