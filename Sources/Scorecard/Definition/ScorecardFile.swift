import Foundation
import Yams

/// Reads a scorecard definition from YAML.
///
/// ```yaml
/// scorecard: sales-2026Q1
/// kpis:                                  # optional: the scorecard's own KPIs
///   deal_rate: {formula: deals / leads × 100, unit: percent}
/// roles:
///   sales_rep:
///     template: sales_representative     # or a weight on every dimension
///     dimensions:
///       finance:
///         kpis:
///           - {kpi: target_attainment, weight: 100, rule: {deduct_below: 100, points_per_pct: 1}}
///       …
/// ```
///
/// Every problem — YAML syntax, an unknown key, KPI, rule or template, weights that do not sum
/// to 100, KPIs defined in a circle — is a ``ScorecardDefinitionError`` naming the file and line.
public enum ScorecardFile {
    /// Reads and checks the scorecard at `path`.
    /// - Throws: ``ScorecardDefinitionError``.
    public static func read(path: String) throws -> Scorecard {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? error.localizedDescription : "no such file"
            throw ScorecardDefinitionError(source: path, line: nil, problem: .unreadable(reason))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScorecardDefinitionError(source: path, line: nil, problem: .unreadable("not UTF-8 text"))
        }
        return try parse(text, source: path)
    }

    /// Parses and checks scorecard YAML.
    /// - Parameter source: the name used in error messages, usually the file path.
    /// - Throws: ``ScorecardDefinitionError``.
    public static func parse(_ text: String, source: String) throws -> Scorecard {
        let reader = YAMLReader(source: source)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ScorecardDefinitionError(source: source, line: nil, problem: .syntax("the file is empty"))
            }
            root = node
        } catch let error as YamlError {
            throw definitionError(error, source: source)
        }
        let map = try reader.map(root, context: "the scorecard file", allowed: ["scorecard", "kpis", "roles"])
        let name = try reader.text(try reader.required("scorecard", in: map), what: "scorecard")
        let custom = try map["kpis"].map { try CustomKPIParser(reader: reader).kpis($0) } ?? []
        let roles = try RoleParser(reader: reader).roles(try reader.required("roles", in: map))
        return try Scorecard(name: name, roles: roles, customKPIs: custom, source: source)
    }

    /// libyaml's messages, on the line libyaml found them.
    private static func definitionError(_ error: YamlError, source: String) -> ScorecardDefinitionError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ScorecardDefinitionError(source: source, line: mark.line, problem: .syntax(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ScorecardDefinitionError(source: source, line: context.mark.line,
                                            problem: .duplicateKey(duplicates.first ?? ""))
        default:
            let firstLine = String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
            return ScorecardDefinitionError(source: source, line: nil, problem: .syntax(firstLine))
        }
    }
}
