import ArgumentParser
import Foundation
import Pipeline

/// `kpi run`: the main job on a project file.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest a project's data, run the analytics and score everyone.",
        discussion: """
            Example:
              kpi init demo && kpi run demo/kpi.yaml
            """)

    @Argument(help: "The project file (YAML).")
    var project: String

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Flag(help: "Print no progress messages.")
    var quiet = false

    func validate() throws {
        if format == .csv { throw ValidationError("kpi run prints table or json") }
    }

    func run() throws {
        let definition = try ProjectFile.read(path: project)
        var progress: (@Sendable (String) -> Void)?
        if !quiet && isatty(STDERR_FILENO) != 0 {
            progress = { step in FileHandle.standardError.write(Data("… \(step)\n".utf8)) }
        }
        let outcome = try MainJob.run(definition, progress: progress)
        let text = format == .json ? RunRendering.json(outcome) : RunRendering.table(outcome)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
