@testable import Audit
import Foundation
import Testing

/// One verdict per report: input checks, the combination, and the list it flags.
struct CombinationTests {
    @Test func inputIsChecked() {
        let row = { (entity: String, period: String, values: [Double]) in AuditRow(entity: entity, period: period, values: values) }
        #expect(throws: AuditError.invalidMeasures("an audit needs at least two measures (activity counts, then an amount), got 1")) {
            try AuditInput(measures: ["visits"], rows: [])
        }
        #expect(throws: AuditError.invalidMeasures("measure \"visits\" is named twice")) {
            try AuditInput(measures: ["visits", "visits"], rows: [])
        }
        #expect(throws: AuditError.wrongValueCount(row: 1, expected: 2, found: 1)) {
            try AuditInput(measures: ["visits", "revenue"], rows: [row("a", "2026-W01", [1, 2]), row("a", "2026-W02", [1])])
        }
        #expect(throws: AuditError.invalidValue(row: 0, measure: "revenue", value: -5)) {
            try AuditInput(measures: ["visits", "revenue"], rows: [row("a", "2026-W01", [1, -5])])
        }
        #expect(throws: AuditError.duplicateReport(entity: "a", period: "2026-W01", firstRow: 0, row: 2)) {
            try AuditInput(measures: ["visits", "revenue"],
                           rows: [row("a", "2026-W01", [1, 2]), row("b", "2026-W01", [1, 2]), row("a", "2026-W01", [3, 4])])
        }
        #expect(AuditError.duplicateReport(entity: "a", period: "2026-W01", firstRow: 0, row: 2).description
                == "report 3: a second report of a for 2026-W01 (the first is report 1)")
        #expect(throws: AuditError.self) {
            try ReportAudit.run(try AuditInput(measures: ["visits", "revenue"], rows: []), settings: AuditSettings(falseDiscoveryRate: 1.5))
        }
    }

    @Test func seriesAreOrderedByTime() throws {
        let rows = [AuditRow(entity: "a", period: "2026-W03", values: [1, 1]), AuditRow(entity: "a", period: "2026-W01", values: [2, 2]),
                    AuditRow(entity: "a", period: "x", values: [3, 3], timeKey: "2026-01-08")]
        let input = try AuditInput(measures: ["visits", "revenue"], rows: rows)
        // Time keys sort as text: "2026-01-08" < "2026-W01" < "2026-W03".
        #expect(input.series.map(\.rows) == [[2, 1, 0]])
    }

    @Test func numberedPeriodsAreOrderedByValue() throws {
        // Weeks numbered 1 to 40: as plain text "10" would come before "9".
        var reports = CleanReports(seed: 21)
        reports.set(entity: 7, week: 33, reports.values(entity: 7, week: 9))
        let numbered = reports.rows.map { row in
            AuditRow(entity: row.entity, period: String(Int(row.period.suffix(2))!), group: row.group, values: row.values)
        }
        let input = try AuditInput(measures: CleanReports.measures, rows: numbered)
        #expect(input.series.allSatisfy { series in series.rows.map { Int(numbered[$0].period)! } == Array(1...40) })
        let labelled = try ReportAudit.run(try AuditInput(measures: CleanReports.measures, rows: reports.rows))
        let verdicts = try ReportAudit.run(input)
        #expect(verdicts.map(\.pValue) == labelled.map(\.pValue))
        let copy = try #require(verdicts.first { $0.entity == "E07" && $0.period == "33" })
        #expect(copy.findings.first?.reason.hasPrefix("33 repeats exactly 9") == true, "\(copy.findings.map(\.reason))")
    }

    @Test func honestReportsAreNotFlagged() throws {
        for seed: UInt64 in [21, 22] {
            let verdicts = try ReportAudit.run(try AuditInput(measures: CleanReports.measures, rows: CleanReports(seed: seed).rows))
            #expect(verdicts.count == 480)
            #expect(verdicts.filter(\.flagged).isEmpty, "\(verdicts.filter(\.flagged).map(\.reasons))")
            #expect(verdicts.allSatisfy { $0.reasons.isEmpty && $0.score >= 0 })
            // A report nothing found anything in scores a plain 0 (not −0, which output shows).
            let untouched = verdicts.filter { $0.pValue == 1 }
            #expect(!untouched.isEmpty && untouched.allSatisfy { $0.score == 0 && $0.score.sign == .plus })
        }
    }

    @Test func plantedReportsAreFlaggedWithTheirReasons() throws {
        var reports = CleanReports(seed: 21)
        var spike = reports.values(entity: 2, week: 18)
        spike[0] = 90
        reports.set(entity: 2, week: 18, spike)
        reports.set(entity: 7, week: 33, reports.values(entity: 7, week: 9))
        let verdicts = try ReportAudit.run(try AuditInput(measures: CleanReports.measures, rows: reports.rows))
        let flagged = verdicts.filter(\.flagged)
        let spiked = try #require(flagged.first { $0.entity == "E02" && $0.period == "2026-W18" })
        #expect(spiked.reasons.first?.hasPrefix("visits 90 in 2026-W18") == true, "\(spiked.reasons)")
        #expect(spiked.score > 3)
        #expect(spiked.adjustedPValue <= 0.05 && spiked.pValue <= spiked.adjustedPValue)
        // One exact copy among 480 honest reports is a one-in-ten-thousand coincidence at the
        // person's level, not enough on its own to pass the false discovery rate; it is the
        // person's most suspicious report, with the copy as its reason.
        let person = verdicts.filter { $0.entity == "E07" }.sorted { $0.score > $1.score }
        #expect(person.first?.period == "2026-W33")
        #expect(person.first?.findings.first?.reason.hasPrefix("2026-W33 repeats exactly 2026-W09") == true)
        #expect(flagged.count <= 4, "\(flagged.map { ($0.entity, $0.period, $0.reasons) })")
        // A stricter false discovery rate flags a subset.
        let strict = try ReportAudit.run(try AuditInput(measures: CleanReports.measures, rows: reports.rows),
                                         settings: AuditSettings(falseDiscoveryRate: 0.001))
        #expect(Set(strict.filter(\.flagged).map(\.row)).isSubset(of: Set(flagged.map(\.row))))
    }
}
