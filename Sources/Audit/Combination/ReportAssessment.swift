import Foundation

/// The audit's verdict on one report.
public struct ReportAssessment: Sendable, Equatable {
    /// The report's index in ``AuditInput/rows``.
    public let row: Int
    /// Who filed it.
    public let entity: String
    /// The period it covers.
    public let period: String
    /// Whether the report is on the list to review.
    public let flagged: Bool
    /// The report's p-value: the smaller of Simes' combination of its own tests and the
    /// p-values of the group tests (stretches, digit profiles) that hold it.
    public let pValue: Double
    /// The smallest Benjamini–Hochberg adjusted p-value of the report's own hypothesis and of
    /// the groups that hold it; the report is flagged when it is at most the false discovery rate.
    public let adjustedPValue: Double
    /// The suspicion score, `−log10` of ``pValue``: 0 for nothing unusual, 3 for a
    /// one-in-a-thousand coincidence, and so on.
    public let score: Double
    /// The reasons that drove the score, strongest first.
    public let reasons: [String]
    /// Every finding that concerns the report, strongest first.
    public let findings: [AuditFinding]
}
