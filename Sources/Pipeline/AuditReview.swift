import Audit

/// The audit's flags after the reviewers' clearances: the flagged reports still open for a
/// second look, and the flagged reports a reviewer cleared.
struct AuditReview {
    /// Flagged reports no reviewer cleared, in the audit's order.
    let open: [ReportAssessment]
    /// Flagged reports a reviewer cleared, with the clearance, in the audit's order.
    let cleared: [(assessment: ReportAssessment, clearance: ReportClearance)]
    /// How many reports were audited.
    let audited: Int

    /// Splits the flagged reports of `assessments` by `clearances`; clearances of reports
    /// the audit did not flag have nothing to clear.
    init(assessments: [ReportAssessment], clearances: [ReportClearance]) {
        let byKey = Dictionary(clearances.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let flagged = assessments.filter(\.flagged)
        open = flagged.filter { byKey["\($0.entity)/\($0.period)"] == nil }
        cleared = flagged.compactMap { assessment in byKey["\(assessment.entity)/\(assessment.period)"].map { (assessment, $0) } }
        audited = assessments.count
    }

    /// `1472 reports, 12 flagged for a second look, 1 more cleared by a reviewer`.
    var summary: String {
        "\(audited) reports, \(open.count) flagged for a second look"
            + (cleared.isEmpty ? "" : ", \(cleared.count) more cleared by a reviewer")
    }
}
