import ArgumentParser
import Foundation
import Pipeline
import Store

/// `kpi runs`: the runs kept in a project's store, newest first.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs", abstract: "List the runs kept in a project's store.",
        discussion: "Example:\n  kpi runs --project demo/kpi.yaml --format csv")

    @Option(help: "The project file whose store to read.")
    var project: String = "kpi.yaml"

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let runs = try KPIStore(path: try ProjectFile.read(path: project).storePath).runs()
        let text: String
        switch format {
        case .table: text = StoredRunRendering.table(runs)
        case .json: text = StoredRunRendering.json(runs)
        case .csv: text = StoredRunRendering.csv(runs)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// `kpi show RUN`: everything a run stored: JSON lines (`kind`, `key`, `result`) by default,
/// or a table or CSV.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show the results a run stored.",
        discussion: "Example:\n  kpi show latest --project demo/kpi.yaml --kind attainment")

    @Argument(help: "The run id as `kpi runs` lists it (run-3 or 3), or `latest`.")
    var runID: String

    @Option(help: "The project file whose store to read.")
    var project: String = "kpi.yaml"

    @Option(help: "Only results of this kind (e.g. attainment, score).")
    var kind: String?

    @Option(help: "Output format: json (one object a line), table or csv.")
    var format: OutputFormat = .json

    func run() throws {
        let store = try KPIStore(path: try ProjectFile.read(path: project).storePath)
        let summary = try store.run(named: runID)
        let id = summary.id
        let only = kind.map { ResultKind(rawValue: $0) }
        if let only, summary.resultCounts[only] == nil {
            let held = summary.resultCounts.keys.sorted().map(\.rawValue)
            throw ValidationError("\(id) stored no results of kind \(only)"
                + (held.isEmpty ? "" : "; it holds " + held.joined(separator: ", ")))
        }
        let results = try store.results(run: id, kind: only)
        let text: String
        switch format {
        case .json: text = StoredRunRendering.jsonLines(results)
        case .table: text = StoredRunRendering.table(results)
        case .csv: text = StoredRunRendering.csv(results)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
