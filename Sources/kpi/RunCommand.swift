import ArgumentParser
import Foundation
import Pipeline
import Store

/// `kpi run`: the main job on a project file.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest a project's data, run the analytics and score everyone.",
        discussion: """
            Example:
              kpi init demo && kpi run demo/kpi.yaml
            writes demo/report.html, the run's HTML report, beside the project file.
            """)

    @Argument(help: "The project file (YAML).")
    var project: String

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Option(help: "Where to write the HTML report (default: report.html beside the project file).")
    var report: String?

    @Flag(help: "Write no HTML report.")
    var noReport = false

    @Flag(help: "Print no progress messages.")
    var quiet = false

    func validate() throws {
        if format == .csv { throw ValidationError("kpi run prints table or json") }
        if noReport && report != nil { throw ValidationError("--report and --no-report exclude each other") }
    }

    func run() throws {
        let definition = try ProjectFile.read(path: project)
        var progress: (@Sendable (String) -> Void)?
        if !quiet && isatty(STDERR_FILENO) != 0 {
            progress = { step in FileHandle.standardError.write(Data("… \(step)\n".utf8)) }
        }
        let outcome = try MainJob.run(definition, progress: progress)
        var reportPath: String?
        if !noReport {
            let path = report ?? URL(fileURLWithPath: definition.source).deletingLastPathComponent()
                .appendingPathComponent("report.html").path
            try RunReport.write(store: try KPIStore(path: definition.storePath), run: outcome.run, to: path)
            reportPath = path
        }
        let text = format == .json ? RunRendering.json(outcome, report: reportPath) : RunRendering.table(outcome, report: reportPath)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
