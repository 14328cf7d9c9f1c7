/// The detectors, each a family of tests whose p-values are combined per report.
public enum AuditDetector: String, Sendable, CaseIterable {
    /// A value far above the person's own history once the calendar is taken out (peer median
    /// for the period), robust z-score.
    case peerHistory = "peer_history"
    /// Outcomes that do not follow activity: studentized residuals of regressions along the
    /// funnel, revenue without deals.
    case consistency
    /// Round numbers, last-digit preference and first digits far from the peers'.
    case digits
    /// A report equal or almost equal to an earlier one of the same person.
    case duplicate
    /// Generalized ESD outliers and level shifts in a person's series.
    case shift
    /// A stretch of a person's series whose conversion along the funnel (leads per visit,
    /// deals per lead, deals per visit) differs from the rest of the series.
    case conversion
    /// Weeks that vary too little for the person's level.
    case smoothness
}

/// One test that came out low: the reports it concerns, its p-value and a sentence saying which
/// measure, which value and what it was compared with.
public struct AuditFinding: Sendable, Equatable {
    /// The detector that ran the test.
    public let detector: AuditDetector
    /// The reports (row indices into ``AuditInput/rows``) the finding concerns.
    public let rows: [Int]
    /// The test's p-value, corrected for the tests the detector ran to find it (e.g. over the
    /// segments a level-shift scan tried).
    public let pValue: Double
    /// What was measured and compared, for a person to read.
    public let reason: String
    /// What the tested hypothesis is about: one report, or a group of a person's reports.
    public let scope: Scope

    /// What a test's hypothesis is about, which decides how it enters the combination.
    public enum Scope: Sendable, Equatable {
        /// One report is honest; combined with the report's other tests (Simes).
        case report
        /// A group of one person's reports (a stretch, a digit profile) is honest; a
        /// hypothesis of its own in the false discovery rate, which flags every report of the
        /// group when rejected.
        case group
    }

    /// A finding; `pValue` is clamped into [0, 1].
    public init(detector: AuditDetector, rows: [Int], pValue: Double, reason: String, scope: Scope = .report) {
        self.detector = detector
        self.rows = rows
        self.scope = scope
        self.pValue = min(1, max(0, pValue.isNaN ? 1 : pValue))
        self.reason = reason
    }
}
