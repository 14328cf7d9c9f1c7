import Foundation
import Report
import Store
import TextTable

/// The runs a store keeps (`kpi runs`) and the results of one (`kpi show`), as a table, JSON
/// or CSV.
public enum StoredRunRendering {
    /// `run  status  as of  started  results`, newest first.
    public static func table(_ runs: [RunSummary]) -> String {
        let table = TextTable<RunSummary> { run in
            [Column(title: "run", value: run.id.description), Column(title: "status", value: run.status.rawValue),
             Column(title: "as of", value: run.asOf.description), Column(title: "started", value: run.startedAt),
             Column(title: "results", value: counts(run))]
        }
        return (table.string(for: runs, style: Style.simple) ?? "") + "\n"
    }

    /// `[{"run", "status", "project", "as_of", "started_at", "finished_at", "results": {kind: count}}]`.
    public static func json(_ runs: [RunSummary]) -> String {
        JSONValue.array(runs.map { run in
            .object([("run", .string(run.id.description)), ("status", .string(run.status.rawValue)),
                     ("project", .string(run.project)), ("as_of", .string(run.asOf.description)),
                     ("started_at", .string(run.startedAt)), ("finished_at", run.finishedAt.map(JSONValue.string) ?? .null),
                     ("results", .object(run.resultCounts.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .integer($0.value)) }))])
        }).text + "\n"
    }

    /// `run,status,project,as_of,started_at,finished_at,kind,count`: one row per run and kind
    /// (a run without results has one row with empty kind and count 0).
    public static func csv(_ runs: [RunSummary]) -> String {
        var lines = ["run,status,project,as_of,started_at,finished_at,kind,count"]
        for run in runs {
            let head = [run.id.description, run.status.rawValue, run.project, run.asOf.description, run.startedAt,
                        run.finishedAt ?? ""].map(CSVField.escape)
            let kinds = run.resultCounts.sorted { $0.key < $1.key }
            for (kind, count) in kinds.isEmpty ? [("", 0)] : kinds.map({ ($0.key.rawValue, $0.value) }) {
                lines.append((head + [CSVField.escape(kind), String(count)]).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object a line: `{"kind": …, "key": …, "result": {…}}`, each result on one line
    /// whatever its stored layout.
    public static func jsonLines(_ results: [RunResult]) -> String {
        results.map { result in
            "{\"kind\": \(quoted(result.kind.rawValue)), \"key\": \(quoted(result.key)), \"result\": \(JSONCompaction.compact(result.json))}"
        }.joined(separator: "\n") + "\n"
    }

    /// `kind,key,result` with the result's JSON text, on one line, as one field.
    public static func csv(_ results: [RunResult]) -> String {
        (["kind,key,result"] + results.map { result in
            [result.kind.rawValue, result.key, JSONCompaction.compact(result.json)].map(CSVField.escape)
                .joined(separator: ",")
        }).joined(separator: "\n") + "\n"
    }

    /// `kind  key  result`, the result shortened to fit a line.
    public static func table(_ results: [RunResult]) -> String {
        let table = TextTable<RunResult> { result in
            let text = JSONCompaction.compact(result.json)
            return [Column(title: "kind", value: result.kind.rawValue), Column(title: "key", value: result.key),
                    Column(title: "result", value: text.count > 80 ? String(text.prefix(79)) + "…" : text)]
        }
        return (table.string(for: results, style: Style.simple) ?? "") + "\n"
    }

    private static func counts(_ run: RunSummary) -> String {
        run.resultCounts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }

    private static func quoted(_ text: String) -> String {
        JSONValue.string(text).text
    }
}
