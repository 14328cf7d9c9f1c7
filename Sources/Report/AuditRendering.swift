import Audit
import Foundation

/// Renders an audit of reports: the flagged list as a table, every report as CSV or JSON, and
/// the `audit_flag` payload stored for each flagged report.
public enum AuditRendering {
    /// The reports in output order: flagged ones first, most suspicious first; then the rest
    /// in the order given.
    public static func ordered(_ assessments: [ReportAssessment]) -> [ReportAssessment] {
        let flagged = assessments.filter(\.flagged).sorted { $0.score != $1.score ? $0.score > $1.score : $0.row < $1.row }
        return flagged + assessments.filter { !$0.flagged }
    }

    /// The `audit_flag` payload of one report: `{"entity", "period", "score", "reasons":
    /// [string]}`, stored under the key `entity/period`.
    public static func auditFlag(_ assessment: ReportAssessment) -> JSONValue {
        .object([("entity", .string(assessment.entity)), ("period", .string(assessment.period)),
                 ("score", .number(assessment.score)), ("reasons", .array(assessment.reasons.map(JSONValue.string)))])
    }

    /// The key a report's `audit_flag` result is stored under: `entity/period`.
    public static func auditFlagKey(_ assessment: ReportAssessment) -> String { "\(assessment.entity)/\(assessment.period)" }

    /// Every report as an `audit_flag` payload plus `"flagged"`, `"p_value"` and
    /// `"adjusted_p_value"`, in ``ordered(_:)`` order.
    public static func json(_ assessments: [ReportAssessment]) -> String {
        JSONValue.array(ordered(assessments).map { assessment in
            guard case .object(var pairs) = auditFlag(assessment) else { return .null }
            pairs.append(("flagged", .bool(assessment.flagged)))
            pairs.append(("p_value", .number(assessment.pValue)))
            pairs.append(("adjusted_p_value", .number(assessment.adjustedPValue)))
            return .object(pairs)
        }).text + "\n"
    }

    /// `id,period,flagged,score,reasons`: every report once, flagged first; reasons joined by
    /// `"; "`.
    public static func csv(_ assessments: [ReportAssessment]) -> String {
        var lines = ["id,period,flagged,score,reasons"]
        for assessment in ordered(assessments) {
            let fields = [assessment.entity, assessment.period, assessment.flagged ? "true" : "false",
                          NumberFormat.full(assessment.score), assessment.reasons.joined(separator: "; ")]
            lines.append(fields.map(CSVField.escape).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The flagged reports with their score and reasons, one reason a line, under a summary of
    /// how many reports were audited and at which false discovery rate.
    public static func table(_ assessments: [ReportAssessment], falseDiscoveryRate: Double) -> String {
        let flagged = ordered(assessments).filter(\.flagged)
        let entities = Set(assessments.map(\.entity)).count
        var lines = ["\(flagged.count) of \(assessments.count) reports (\(entities) \(entities == 1 ? "person" : "people")) flagged at a false discovery rate of "
                     + "\(AmountFormat.percent(falseDiscoveryRate * 100))"]
        if flagged.isEmpty { return lines.joined(separator: "\n") + "\n" }
        lines.append("")
        let idWidth = max(2, flagged.map(\.entity.count).max() ?? 0)
        let periodWidth = max(6, flagged.map(\.period.count).max() ?? 0)
        lines.append("id".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                     + "period".padding(toLength: periodWidth, withPad: " ", startingAt: 0) + "  score  reasons")
        for assessment in flagged {
            let score = String(format: "%5.1f", assessment.score)
            let indent = String(repeating: " ", count: idWidth + periodWidth + 11)
            for (index, reason) in assessment.reasons.enumerated() {
                if index == 0 {
                    lines.append(assessment.entity.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                                 + assessment.period.padding(toLength: periodWidth, withPad: " ", startingAt: 0) + "  \(score)  " + reason)
                } else {
                    lines.append(indent + reason)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
