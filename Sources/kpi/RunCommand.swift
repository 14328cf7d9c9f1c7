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
    var format: SummaryFormat = .table

    @Option(help: "Where to write the HTML report (default: report.html beside the project file).")
    var report: String?

    @Flag(help: "Write no HTML report.")
    var noReport = false

    @Flag(help: "Draw no progress bar (one is drawn on standard error only when it is a terminal).")
    var quiet = false

    func validate() throws {
        if noReport && report != nil { throw ValidationError("--report and --no-report exclude each other") }
    }

    func run() throws {
        let definition = try ProjectFile.read(path: project)
        if let report, let part = definition.part(of: report) {
            throw ValidationError("--report \(report) is the project's \(part); the report would overwrite it")
        }
        let bar = ProgressBar(label: "kpi run", total: MainJob.progressSteps(definition), unit: "steps", quiet: quiet)
        let steps = StepCounter()
        var progress: (@Sendable (String) -> Void)?
        if let bar { progress = { step in bar.show(done: steps.next(), detail: step) } }
        let outcome: RunOutcome
        do {
            defer { bar?.finish() }
            outcome = try MainJob.run(definition, progress: progress)
        }
        // The run is stored whatever becomes of its report: the summary is printed either way,
        // and a report that cannot be written is the command's error after it.
        var reportPath: String?, reportError: (any Error)?
        if !noReport {
            // Beside the project file, in the same terms the project was named (relative stays relative).
            let path = report ?? ((definition.source as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent("report.html")
            do {
                try RunReport.write(store: try KPIStore(path: definition.storePath), run: outcome.run, to: path)
                reportPath = path
            } catch {
                reportError = error
            }
        }
        let text = format == .json ? RunRendering.json(outcome, report: reportPath) : RunRendering.table(outcome, report: reportPath)
        FileHandle.standardOutput.write(Data(text.utf8))
        if let reportError { throw reportError }
    }
}

/// Counts the steps the main job reports, for its progress bar. The job reports from the
/// thread that runs it, one step at a time; the lock keeps the count sound regardless.
private final class StepCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    /// The number of steps begun so far, this one included.
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count - 1
    }
}
