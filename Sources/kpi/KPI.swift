import ArgumentParser
import Foundation

/// The `kpi` command: analytics for marketing, sales and fundraising scorecards.
struct KPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpi",
        abstract: "Analytics for marketing, sales and fundraising KPI scorecards.",
        subcommands: [InitCommand.self, RunCommand.self, RunsCommand.self, ShowCommand.self, ReportCommand.self, ScoreCommand.self,
                      RegressCommand.self, ForecastCommand.self, AttainmentCommand.self, PaceCommand.self,
                      CampaignsCommand.self, AttributionCommand.self, AuditCommand.self])
}

/// Entry point: runs the command, and turns every failure into one line on standard error with
/// exit code 1 (a problem with the data or the analysis) or 2 (a problem with the command line).
@main
enum Main {
    static func main() {
        do {
            var command = try KPI.parseAsRoot()
            try command.run()
        } catch {
            let code = KPI.exitCode(for: error)
            if code == .success { KPI.exit(withError: error) }
            if code == .validationFailure {
                FileHandle.standardError.write(Data((KPI.fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            FileHandle.standardError.write(Data("kpi: error: \(error)\n".utf8))
            Foundation.exit(1)
        }
    }
}
