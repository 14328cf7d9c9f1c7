import Foundation
import Report
import Store

/// The HTML report of a stored run (`kpi report`, and `kpi run` after each run): everything
/// the run stored, read back from the store and drawn.
public enum RunReport {
    /// The page for `run`.
    /// - Throws: ``StoreError/unknownRun(_:)`` or ``ReportError`` naming a result that cannot
    ///   be read.
    public static func html(store: KPIStore, run: RunID) throws -> String {
        guard let summary = try store.run(run) else { throw StoreError.unknownRun(run) }
        let results = try store.results(run: run).map { (kind: $0.kind.rawValue, key: $0.key, json: $0.json) }
        return HTMLReport.render(try StoredResults(run: summary.id.description, project: summary.project,
                                                   asOf: summary.asOf.description, status: summary.status.rawValue,
                                                   results: results))
    }

    /// Writes the page for `run` to `path`, replacing any file there in one step.
    /// - Throws: as ``html(store:run:)``, or ``PipelineError/unwritableReport(path:reason:)``.
    public static func write(store: KPIStore, run: RunID, to path: String) throws {
        let page = Data(try html(store: store, run: run).utf8)
        do {
            try page.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch let error as CocoaError {
            let reason = (error.underlying as? POSIXError).map { String(cString: strerror($0.code.rawValue)) }
                ?? error.localizedDescription
            throw PipelineError.unwritableReport(path: path, reason: reason)
        }
    }
}
