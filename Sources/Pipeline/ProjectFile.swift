import Foundation
import Store
import Yams

/// Reads a ``Project`` from YAML, reporting every problem with its line.
public enum ProjectFile {
    /// The keys a project file may hold.
    static let keys = ["project", "as_of", "period", "store", "scorecard", "data", "fundraising", "marketing", "audit"]

    /// Reads and checks the project file at `path`.
    /// - Throws: ``PipelineError/project(source:line:problem:)`` naming the line, or
    ///   ``PipelineError/unreadable(path:reason:)``.
    public static func read(path: String) throws -> Project {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw PipelineError.unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "not UTF-8 text" : "no such file")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try parse(text, source: path, folder: folder)
    }

    /// Parses project YAML; relative paths are resolved against `folder`.
    public static func parse(_ text: String, source: String, folder: URL) throws -> Project {
        func fail(_ node: Node?, _ problem: String) -> PipelineError {
            .project(source: source, line: node?.mark?.line, problem: problem)
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw fail(nil, "the file is empty") }
            root = node
        } catch let error as PipelineError { throw error } catch let error as YamlError {
            throw PipelineError.project(source: source, line: nil, problem: "not valid YAML (\(error))")
        }
        guard let mapping = root.mapping else { throw fail(root, "expected keys such as project, as_of, scorecard, data") }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, keys.contains(name) else {
                throw fail(key, "unknown key \"\(key.scalar?.string ?? "?")\" (expected one of: \(keys.joined(separator: ", ")))")
            }
            values[name] = value
        }
        func scalar(_ key: String, default fallback: String? = nil) throws -> String {
            guard let node = values[key] else {
                if let fallback { return fallback }
                throw fail(root, "missing key \"\(key)\"")
            }
            guard let value = node.scalar?.string, !value.isEmpty else { throw fail(node, "\(key) must be text") }
            return value
        }
        func resolve(_ relative: String) -> String {
            relative.hasPrefix("/") ? relative : folder.appendingPathComponent(relative).path
        }

        let asOfText = try scalar("as_of")
        guard let asOf = Day(asOfText) else { throw fail(values["as_of"], "as_of \"\(asOfText)\" is not a date like 2026-11-20") }
        let period: Period
        if let label = values["period"]?.scalar?.string {
            guard let parsed = Period(label) else { throw fail(values["period"], "period \"\(label)\" is not like 2026Q4, 2026-11 or 2026H2") }
            guard parsed.start <= asOf else {
                throw fail(values["period"], "period \(label) begins \(parsed.start), after as_of \(asOf): none of it can be measured yet")
            }
            period = parsed
        } else {
            guard let quarter = Period.quarter(containing: asOf) else { throw fail(values["as_of"], "no quarter contains \(asOf)") }
            period = quarter
        }
        guard let dataNode = values["data"] else { throw fail(root, "missing key \"data\" (the CSV files to ingest)") }
        guard let dataMapping = dataNode.mapping else { throw fail(dataNode, "data must map dataset names to CSV files") }
        var data: [(Dataset, String)] = []
        for (key, value) in dataMapping {
            let name = key.scalar?.string ?? ""
            guard let dataset = Dataset(rawValue: name) else {
                throw fail(key, "unknown dataset \"\(name)\" (expected one of: \(Dataset.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let file = value.scalar?.string, !file.isEmpty else { throw fail(value, "\(name) must name a CSV file") }
            data.append((dataset, resolve(file)))
        }
        // People first, so that every other dataset can refer to them.
        data.sort { (Dataset.allCases.firstIndex(of: $0.0) ?? 0) < (Dataset.allCases.firstIndex(of: $1.0) ?? 0) }
        return Project(name: try scalar("project"), asOf: asOf, period: period,
                       storePath: resolve(try scalar("store", default: "kpi.sqlite")),
                       scorecardPath: resolve(try scalar("scorecard")), data: data.map { (dataset: $0.0, path: $0.1) },
                       fundraising: try values["fundraising"].map { try fundraisingGoal($0, fail: fail) },
                       marketing: try values["marketing"].map { try marketingSetup($0, resolve: resolve, fail: fail) },
                       audit: try values["audit"].map { try auditSetup($0, resolve: resolve, fail: fail) },
                       source: source)
    }

    /// The `fundraising:` mapping: `target` (a positive amount), `start` and optionally
    /// `deadline` (dates, the deadline after the start).
    static func fundraisingGoal(_ node: Node, fail: (Node?, String) -> PipelineError) throws -> FundraisingGoal {
        guard let mapping = node.mapping else { throw fail(node, "fundraising must have keys target, start and optionally deadline") }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, ["target", "start", "deadline"].contains(name) else {
                throw fail(key, "unknown fundraising key \"\(key.scalar?.string ?? "?")\" (expected target, start, deadline)")
            }
            fields[name] = value
        }
        guard let targetNode = fields["target"] else { throw fail(node, "fundraising needs a target amount") }
        guard let target = targetNode.scalar.flatMap({ Double($0.string) }), target > 0, target.isFinite else {
            throw fail(targetNode, "fundraising target \"\(targetNode.scalar?.string ?? "")\" must be a positive amount")
        }
        func day(_ key: String) throws -> Day? {
            guard let value = fields[key] else { return nil }
            guard let text = value.scalar?.string, let day = Day(text) else {
                throw fail(value, "fundraising \(key) \"\(value.scalar?.string ?? "")\" is not a date like 2026-07-01")
            }
            return day
        }
        guard let start = try day("start") else { throw fail(node, "fundraising needs a start date") }
        let deadline = try day("deadline")
        if let deadline, deadline <= start {
            throw fail(fields["deadline"], "fundraising deadline \(deadline) must come after the start \(start)")
        }
        return FundraisingGoal(target: target, start: start, deadline: deadline)
    }

    /// The `marketing:` mapping: `file`, `date`, `kpi`, `channels` (a list), optionally
    /// `controls`, `events` (lists) and `seed`.
    static func marketingSetup(_ node: Node, resolve: (String) -> String,
                               fail: (Node?, String) -> PipelineError) throws -> MarketingSetup {
        let keys = ["file", "date", "kpi", "channels", "controls", "events", "seed"]
        guard let mapping = node.mapping else { throw fail(node, "marketing must have keys \(keys.joined(separator: ", "))") }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, keys.contains(name) else {
                throw fail(key, "unknown marketing key \"\(key.scalar?.string ?? "?")\" (expected \(keys.joined(separator: ", ")))")
            }
            fields[name] = value
        }
        func text(_ key: String) throws -> String {
            guard let value = fields[key] else { throw fail(node, "marketing needs \(key)") }
            guard let text = value.scalar?.string, !text.isEmpty else { throw fail(value, "marketing \(key) must be a column or file name") }
            return text
        }
        func list(_ key: String) throws -> [String] {
            guard let value = fields[key] else { return [] }
            guard let items = value.sequence?.map({ $0.scalar?.string ?? "" }), !items.contains("") else {
                throw fail(value, "marketing \(key) must be a list of column names, e.g. [tv, search]")
            }
            return items
        }
        let channels = try list("channels")
        guard !channels.isEmpty else { throw fail(fields["channels"] ?? node, "marketing needs channels: the spend columns") }
        var seed: UInt64 = 1
        if let value = fields["seed"] {
            guard let parsed = value.scalar.flatMap({ UInt64($0.string) }) else {
                throw fail(value, "marketing seed must be a whole number of 0 or more")
            }
            seed = parsed
        }
        return MarketingSetup(file: resolve(try text("file")), date: try text("date"), kpi: try text("kpi"),
                              channels: channels, controls: try list("controls"), events: try list("events"), seed: seed)
    }

    /// The `audit:` mapping: `measures` (a list, funnel order, the amount last), optionally
    /// `fdr`, `kpis` (a mapping of scorecard KPI to the audited measure summed for it) and
    /// `cleared` (a CSV file).
    static func auditSetup(_ node: Node, resolve: (String) -> String,
                           fail: (Node?, String) -> PipelineError) throws -> AuditSetup {
        let keys = ["measures", "fdr", "kpis", "cleared"]
        guard let mapping = node.mapping else { throw fail(node, "audit must have keys measures and optionally fdr, kpis, cleared") }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, keys.contains(name) else {
                throw fail(key, "unknown audit key \"\(key.scalar?.string ?? "?")\" (expected \(keys.joined(separator: ", ")))")
            }
            fields[name] = value
        }
        guard let measuresNode = fields["measures"], let measures = measuresNode.sequence?.map({ $0.scalar?.string ?? "" }),
              measures.count >= 2, !measures.contains("") else {
            throw fail(fields["measures"] ?? node, "audit measures must list at least two report columns, e.g. [visits, leads, deals, revenue]")
        }
        var rate = 0.05
        if let value = fields["fdr"] {
            guard let parsed = value.scalar.flatMap({ Double($0.string) }), parsed > 0, parsed < 1 else {
                throw fail(value, "audit fdr must be a rate between 0 and 1, e.g. 0.05")
            }
            rate = parsed
        }
        var kpis: [ReportKPISource] = []
        if let value = fields["kpis"] {
            guard let pairs = value.mapping else {
                throw fail(value, "audit kpis must map scorecard KPIs to report measures, e.g. {new_customers: deals}")
            }
            for (key, measureNode) in pairs {
                guard let kpi = key.scalar?.string, !kpi.isEmpty else { throw fail(key, "audit kpis: a KPI name must be text") }
                guard !kpis.contains(where: { $0.kpi == kpi }) else { throw fail(key, "audit kpis: \(kpi) is listed twice") }
                guard let measure = measureNode.scalar?.string, measures.contains(measure) else {
                    throw fail(measureNode, "audit kpis: \(kpi) must name one of the audit's measures (\(measures.joined(separator: ", ")))")
                }
                kpis.append(ReportKPISource(kpi: kpi, measure: measure))
            }
        }
        var cleared: String?
        if let value = fields["cleared"] {
            guard let file = value.scalar?.string, !file.isEmpty else {
                throw fail(value, "audit cleared must name a CSV file of cleared reports (entity, period, cleared_by, reason)")
            }
            cleared = resolve(file)
        }
        return AuditSetup(measures: measures, falseDiscoveryRate: rate, kpis: kpis, cleared: cleared)
    }
}
