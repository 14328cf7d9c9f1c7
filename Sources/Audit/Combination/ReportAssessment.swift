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
    /// The report's combined p-value: Simes' combination of the tests that concern it.
    public let pValue: Double
    /// The Benjamini–Hochberg adjusted p-value; the report is flagged when it is at most the
    /// false discovery rate.
    public let adjustedPValue: Double
    /// The suspicion score, `−log10` of the combined p-value: 0 for nothing unusual, 3 for a
    /// one-in-a-thousand coincidence, and so on.
    public let score: Double
    /// The reasons that drove the score, strongest first.
    public let reasons: [String]
    /// Every finding that concerns the report, strongest first.
    public let findings: [AuditFinding]
}
