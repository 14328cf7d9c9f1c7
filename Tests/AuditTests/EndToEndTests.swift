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

    /// The same reports with the amounts written in another unit, as a CSV would give them:
    /// `amount × factor` printed to `decimals` places and read back.
    static func rescaled(_ rows: [AuditRow], by factor: Double, decimals: Int) -> [AuditRow] {
        rows.map { row in
            var values = row.values
            values[values.count - 1] = Double(String(format: "%.\(decimals)f", values[values.count - 1] * factor))!
            return AuditRow(entity: row.entity, period: row.period, group: row.group, values: values)
        }
    }

    /// Revenue in thousands to three places, in millions to six, in billions to nine and in
    /// cents of whole amounts; two people give every amount to the hundred. (In hundreds to two
    /// places those two would write 23.00 among 23.45: whole amounts among cents, read in units.)
    @Test func findingsDoNotDependOnTheUnitOfTheAmounts() throws {
        var data = try Self.load()
        let measures = ["visits", "leads", "deals", "revenue"]
        let rounders = Set(data.rows.map(\.entity).sorted().prefix(2))
        data.rows = data.rows.map { row in
            guard rounders.contains(row.entity) else { return row }
            var values = row.values
            values[3] = (values[3] / 100).rounded() * 100
            return AuditRow(entity: row.entity, period: row.period, group: row.group, values: values)
        }
        let inUnits = try ReportAudit.run(try AuditInput(measures: measures, rows: data.rows))
        #expect(inUnits.filter(\.flagged).count >= 20)
        for (factor, decimals, unit) in [(0.001, 3, 0.001), (1e-6, 6, 1e-6), (1e-9, 9, 1e-9), (100.0, 0, 100.0)] {
            let input = try AuditInput(measures: measures, rows: Self.rescaled(data.rows, by: factor, decimals: decimals))
            #expect(abs(input.amountUnit / unit - 1) < 1e-12, "\(input.amountUnit)")
            let assessments = try ReportAudit.run(input)
            for (a, b) in zip(inUnits, assessments) {
                #expect(a.flagged == b.flagged && abs(a.pValue - b.pValue) <= 1e-12 * max(1, a.pValue), "\(a) against \(b)")
            }
            // Reasons print amounts as the reports write them: "revenue 2.300 in 2026-W19".
            let pattern = try NSRegularExpression(pattern: "revenue ([0-9.]+) in ([0-9]{4}-W[0-9]{2})")
            var checked = 0
            for assessment in assessments where assessment.flagged {
                for reason in assessment.reasons {
                    for match in pattern.matches(in: reason, range: NSRange(reason.startIndex..., in: reason)) {
                        let text = { (i: Int) in String(reason[Range(match.range(at: i), in: reason)!]) }
                        let row = try #require(input.rows.first { $0.entity == assessment.entity && $0.period == text(2) })
                        #expect(text(1) == String(format: "%.\(decimals)f", row.values[3]), "\(reason)")
                        checked += 1
                    }
                }
            }
            #expect(checked > 0)
        }
    }
}

