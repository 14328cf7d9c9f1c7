import ArgumentParser
import Foundation
import Pipeline
import Store

/// `kpi report RUN`: the HTML report of a stored run.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the HTML report of a stored run.",
        discussion: """
            One self-contained page (inline SVG and CSS, no script or web font) with the \
            scorecard ranking, attainment fan charts, fundraising pace, attribution, campaigns \
            and audit flags the run stored; it prints well too.

            Example:
              kpi report latest --project demo/kpi.yaml --out demo/report.html
            """)

    @Argument(help: "The run id as `kpi runs` lists it (run-3 or 3), or `latest`.")
    var runID: String

    @Option(help: "The project file whose store to read.")
    var project: String = "kpi.yaml"

    @Option(help: "Where to write the page; `-` prints it.")
    var out: String = "report.html"

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let definition = try ProjectFile.read(path: project)
        if out != "-", let part = definition.part(of: out) {
            throw ValidationError("--out \(out) is the project's \(part); the report would overwrite it")
        }
        let store = try KPIStore(path: definition.storePath)
        let id = try store.run(named: runID).id
        if out == "-" {
            FileHandle.standardOutput.write(Data(try RunReport.html(store: store, run: id).utf8))
            return
        }
        try RunReport.write(store: store, run: id, to: out)
        if !quiet { FileHandle.standardOutput.write(Data("Report of \(id) written to \(out)\n".utf8)) }
    }
}
