import ArgumentParser
import Foundation
import Pipeline
import Store

/// `kpi runs`: the runs kept in a project's store, newest first.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs", abstract: "List the runs kept in a project's store.",
        discussion: "Example:\n  kpi runs --project demo/kpi.yaml")

    @Option(help: "The project file whose store to read.")
    var project: String = "kpi.yaml"

    func run() throws {
        let store = try KPIStore(path: try ProjectFile.read(path: project).storePath)
        var lines = ["run      status     as of       started               results"]
        for run in try store.runs() {
            let results = run.resultCounts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            lines.append("\(String(describing: run.id).padding(toLength: 8, withPad: " ", startingAt: 0)) "
                         + "\(run.status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(run.asOf)  \(run.startedAt)  \(results)")
        }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}

/// `kpi show RUN`: everything a run stored, as JSON lines (`kind`, `key`, `result`).
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show the results a run stored.",
        discussion: "Example:\n  kpi show 1 --project demo/kpi.yaml --kind attainment")

    @Argument(help: "The run id, as `kpi runs` lists it.")
    var runID: String

    @Option(help: "The project file whose store to read.")
    var project: String = "kpi.yaml"

    @Option(help: "Only results of this kind (e.g. attainment, score).")
    var kind: String?

    func run() throws {
        guard let id = RunID(runID) else { throw ValidationError("\(runID) is not a run id; `kpi runs` lists them") }
        let store = try KPIStore(path: try ProjectFile.read(path: project).storePath)
        guard try store.run(id) != nil else { throw ValidationError("no run \(runID) in this project's store") }
        let results = try store.results(run: id, kind: kind.map { ResultKind(rawValue: $0) })
        let lines = results.map { "{\"kind\": \"\($0.kind)\", \"key\": \"\($0.key)\", \"result\": \($0.json.trimmingCharacters(in: .whitespacesAndNewlines))}" }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
