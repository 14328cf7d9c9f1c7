import Foundation
import Parallelism

/// Runs every detector over the reports and combines their tests into one verdict per report.
///
/// Two kinds of hypotheses are tested. Each report is concerned by several tests of its own
/// (each count against history, each funnel step, digits, duplicates, outliers, smoothness);
/// their p-values are combined by Simes' method over the number of such tests a report undergoes
/// (untested ones count as 1), which stays valid when the tests are dependent in the usual ways.
/// Other tests concern a group of one person's reports at once (a stretch found by a scan):
/// each such scan is one hypothesis, however many reports it covers. The reports' combined
/// p-values and the group tests' p-values (one per scan run, untested ones counting as 1) go
/// through one Benjamini–Hochberg procedure at the settings' false discovery rate: the expected
/// share of honest reports and honest groups among those rejected is at most that rate. A
/// report is flagged when its own hypothesis or a group that holds it is rejected.
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
                                         RoundStretchDetector(), DuplicateDetector(), ShiftDetector(), ConversionDetector(),
                                         SmoothnessDetector(), CalmStretchDetector(), UnfollowedRiseDetector()]
        // The detectors read the same context and nothing else: they run side by side, and
        // their findings are merged in the order above.
        let found = ParallelMap.map(detectors.count) { detectors[$0].findings(context) }
        var byRow = Array(repeating: [AuditFinding](), count: input.rows.count)
        var groups: [AuditFinding] = []
        for findings in found {
            for finding in findings {
                for row in finding.rows { byRow[row].append(finding) }
                if finding.scope == .group { groups.append(finding) }
            }
        }
        let tests = testsPerReport(measureCount: input.measures.count)
        let combined = byRow.map { TailProbability.simes($0.filter { $0.scope == .report }.map(\.pValue), tests: tests) }
        // One false discovery rate over the reports' own hypotheses and every group test run
        // (those that came out high count as 1).
        let groupTests = max(groups.count, input.series.count * groupTestsPerSeries(measureCount: input.measures.count))
        let hypotheses = combined + groups.map(\.pValue) + Array(repeating: 1, count: groupTests - groups.count)
        let adjustedAll = BenjaminiHochberg.adjusted(hypotheses)
        var adjusted = Array(adjustedAll.prefix(input.rows.count)), pValues = combined
        for (index, group) in groups.enumerated() {
            for row in group.rows {
                adjusted[row] = min(adjusted[row], adjustedAll[input.rows.count + index])
                pValues[row] = min(pValues[row], group.pValue)
            }
        }
        return input.rows.indices.map { row in
            let findings = byRow[row].sorted { $0.pValue < $1.pValue }
            let flagged = adjusted[row] <= settings.falseDiscoveryRate
            return ReportAssessment(
                row: row, entity: input.rows[row].entity, period: input.rows[row].period, flagged: flagged,
                pValue: pValues[row], adjustedPValue: adjusted[row], score: pValues[row] >= 1 ? 0 : -log10(max(pValues[row], 1e-300)),
                reasons: flagged ? reasons(findings, limit: settings.maximumReasons) : [],
                findings: findings)
        }
    }

    /// The reasons worth reading: the strongest finding, and the others up to `limit` that are
    /// significant on their own (p ≤ 0.01).
    static func reasons(_ findings: [AuditFinding], limit: Int) -> [String] {
        findings.enumerated().filter { $0.offset == 0 || $0.element.pValue <= 0.01 }.prefix(limit).map(\.element.reason)
    }

    /// The most tests of its own a report undergoes with `m` measures: history and ESD for each
    /// of the m − 1 counts, one test per step of the funnel (m − 1: the regressions between
    /// counts, and for the amount either its regression on the last count, in periods with that
    /// count, or the revenue-without-deals check, in periods without), two digit tests (rounding,
    /// the person's digit profile), the duplicate test, the two level-shift scans of the amount
    /// per count, the smoothness test, and (with two counts or more) the first count's rise that
    /// the second did not follow.
    static func testsPerReport(measureCount m: Int) -> Int {
        3 * (m - 1) + min(1, max(0, m - 2)) + 6
    }

    /// The number of group tests run on each person with `m` measures: a padding scan for
    /// every step of the funnel between two counts, the scan for a stretch of round numbers and
    /// the scan for a stretch too calm.
    static func groupTestsPerSeries(measureCount m: Int) -> Int {
        ConversionDetector.pairs(measureCount: m).count + 2
    }
}
