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

    /// A finding; `pValue` is clamped into [0, 1].
    public init(detector: AuditDetector, rows: [Int], pValue: Double, reason: String) {
        self.detector = detector
        self.rows = rows
        self.pValue = min(1, max(0, pValue.isNaN ? 1 : pValue))
        self.reason = reason
    }
}
