import Foundation

/// Runs every detector over the reports and combines their tests into one verdict per report.
///
/// Each report is concerned by several tests (each count against history, each funnel step,
/// digits, duplicates, outliers and shifts, smoothness); their p-values are combined by Simes'
/// method over the number of tests a report undergoes (untested ones count as 1), which stays
/// valid when the tests are dependent in the usual ways. The combined p-values of all reports
/// then go through Benjamini–Hochberg at the settings' false discovery rate: the flagged list is
/// expected to hold at most that share of honest reports.
public enum ReportAudit {
    /// The verdict on every report, in the order given.
    /// - Throws: ``AuditError/invalidSetting(_:)`` for a false discovery rate outside (0, 1).
    public static func run(_ input: AuditInput, settings: AuditSettings = AuditSettings()) throws -> [ReportAssessment] {
        guard settings.falseDiscoveryRate > 0, settings.falseDiscoveryRate < 1 else {
            throw AuditError.invalidSetting("the false discovery rate must be between 0 and 1, got \(settings.falseDiscoveryRate)")
        }
        guard settings.maximumReasons >= 1 else {
            throw AuditError.invalidSetting("at least one reason per report must be listed")
        }
        let context = AuditContext(input)
        let detectors: [any Detector] = [PeerHistoryDetector(), ConsistencyDetector(), DigitDetector(),
                                         DuplicateDetector(), ShiftDetector(), SmoothnessDetector()]
        var byRow = Array(repeating: [AuditFinding](), count: input.rows.count)
        for detector in detectors {
            for finding in detector.findings(context) { for row in finding.rows { byRow[row].append(finding) } }
        }
        let tests = testsPerReport(measureCount: input.measures.count)
        let combined = byRow.map { simes($0.map(\.pValue), tests: tests) }
        let adjusted = BenjaminiHochberg.adjusted(combined)
        return input.rows.indices.map { row in
            let findings = byRow[row].sorted { $0.pValue < $1.pValue }
            let flagged = adjusted[row] <= settings.falseDiscoveryRate
            return ReportAssessment(
                row: row, entity: input.rows[row].entity, period: input.rows[row].period, flagged: flagged,
                pValue: combined[row], adjustedPValue: adjusted[row], score: -log10(max(combined[row], 1e-300)),
                reasons: flagged ? reasons(findings, limit: settings.maximumReasons) : [],
                findings: findings)
        }
    }

    /// The reasons worth reading: the strongest finding, and the others up to `limit` that are
    /// significant on their own (p ≤ 0.01).
    static func reasons(_ findings: [AuditFinding], limit: Int) -> [String] {
        findings.enumerated().filter { $0.offset == 0 || $0.element.pValue <= 0.01 }.prefix(limit).map(\.element.reason)
    }

    /// The number of tests a report undergoes with `m` measures: history and ESD for each of
    /// the m − 1 counts, m − 1 funnel regressions and the revenue-without-deals check, two
    /// digit tests, the duplicate test, m level-shift scans and the smoothness test.
    static func testsPerReport(measureCount m: Int) -> Int {
        2 * (m - 1) + m + 2 + 1 + m + 1
    }

    /// Simes' combined p-value `min over i of T · p₍ᵢ₎ / i` of the `T` tests a report underwent,
    /// given the p-values of those that came out low (the others count as 1).
    static func simes(_ pValues: [Double], tests: Int) -> Double {
        let sorted = pValues.sorted()
        let total = max(tests, sorted.count)
        var best = 1.0
        for (index, p) in sorted.enumerated() { best = min(best, Double(total) * p / Double(index + 1)) }
        return min(1, best)
    }
}
