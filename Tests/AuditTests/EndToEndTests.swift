import Audit
import Foundation
import Statistics
import Testing

/// The audit on a seeded data set with labelled anomalies, against a per-person robust z-score.
///
/// Fixtures/reports.csv and Fixtures/labels.csv come from
/// `python3 Benchmarks/Audit/generate.py --seed 4242 --reps 30 --out reports.csv --labels labels.csv`
/// (a seed that neither the development nor the held-out evaluation uses).
struct EndToEndTests {
    struct Data {
        var rows: [AuditRow] = []
        var labels: Set<String> = []
    }

    static func load() throws -> Data {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        var data = Data()
        let reports = try String(contentsOf: folder.appendingPathComponent("reports.csv"), encoding: .utf8)
        for line in reports.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",").map(String.init)
            data.rows.append(AuditRow(entity: cells[0], period: cells[3], group: cells[1], values: cells[4...].compactMap(Double.init)))
        }
        let labels = try String(contentsOf: folder.appendingPathComponent("labels.csv"), encoding: .utf8)
        for line in labels.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",")
            data.labels.insert("\(cells[0])/\(cells[1])")
        }
        return data
    }

    /// F1 of a flagged set against the labels.
    static func f1(_ flagged: Set<String>, _ labels: Set<String>) -> (precision: Double, recall: Double, f1: Double) {
        let hits = Double(flagged.intersection(labels).count)
        let precision = flagged.isEmpty ? 0 : hits / Double(flagged.count), recall = hits / Double(labels.count)
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
    }

    /// The plain baseline: a report is flagged when any measure lies more than 3.5 scaled MADs
    /// from the person's median.
    static func robustZ(_ rows: [AuditRow]) throws -> Set<String> {
        var flagged = Set<String>()
        for entity in Set(rows.map(\.entity)) {
            let own = rows.filter { $0.entity == entity }
            for measure in own[0].values.indices {
                let values = own.map { $0.values[measure] }
                let median = try Descriptive.median(values), mad = try Descriptive.mad(values)
                guard mad > 0 else { continue }
                for row in own where abs(row.values[measure] - median) / mad > 3.5 { flagged.insert("\(row.entity)/\(row.period)") }
            }
        }
        return flagged
    }

    @Test func auditBeatsTheBaselineByFar() throws {
        let data = try Self.load()
        #expect(data.rows.count == 1476 && data.labels.count == 52)
        let input = try AuditInput(measures: ["visits", "leads", "deals", "revenue"], rows: data.rows)
        let flagged = Set(try ReportAudit.run(input).filter(\.flagged).map { "\($0.entity)/\($0.period)" })
        let audit = Self.f1(flagged, data.labels), baseline = Self.f1(try Self.robustZ(data.rows), data.labels)
        #expect(audit.precision >= 0.7, "\(audit)")
        #expect(audit.f1 >= 0.5, "\(audit)")
        #expect(audit.f1 >= 4 * baseline.f1, "audit \(audit), baseline \(baseline)")
    }
}
