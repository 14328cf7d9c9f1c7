import Audit
import Foundation
import Report

/// The stored payloads and one-line summaries of the KPIs taken from the reports and of the
/// reports reviewers cleared.
enum ReportKPIRendering {
    /// Kind `report_kpi`, key `entity/kpi`: `{"entity", "kpi", "measure", "period", "value",
    /// "reports_counted", "held_back_value", "held_back": [{"period", "value", "reasons"}],
    /// "cleared": [{"period", "value", "cleared_by", "reason"}]}`.
    static func jsonValue(_ item: ReportKPI) -> JSONValue {
        .object([
            ("entity", .string(item.entity)), ("kpi", .string(item.kpi)), ("measure", .string(item.measure)),
            ("period", .string(item.period)), ("value", .number(item.value)),
            ("reports_counted", .integer(item.reportsCounted)), ("held_back_value", .number(item.heldBackValue)),
            ("held_back", .array(item.heldBack.map { report in
                .object([("period", .string(report.period)), ("value", .number(report.value)),
                         ("reasons", .array(report.reasons.map(JSONValue.string)))])
            })),
            ("cleared", .array(item.cleared.map { report in
                .object([("period", .string(report.clearance.period)), ("value", .number(report.value)),
                         ("cleared_by", .string(report.clearance.clearedBy)), ("reason", .string(report.clearance.reason))])
            })),
        ])
    }

    /// Kind `audit_cleared`, key `entity/period`: the report's `audit_flag` payload plus
    /// `"cleared_by"` and `"reason"`.
    static func clearedJSON(_ assessment: ReportAssessment, _ clearance: ReportClearance) -> JSONValue {
        guard case .object(var pairs) = AuditRendering.auditFlag(assessment) else { return .null }
        pairs.append(("cleared_by", .string(clearance.clearedBy)))
        pairs.append(("reason", .string(clearance.reason)))
        return .object(pairs)
    }

    /// `new_customers (sum of deals) for 32 people in 2026Q4; 2 flagged reports of 2 people
    /// held back (−7 new_customers)` — one clause per KPI; without `period`, no ` in 2026Q4`.
    static func summary(_ items: [ReportKPI], sources: [ReportKPISource], period: String? = nil) -> String {
        sources.map { source in
            let rows = items.filter { $0.kpi == source.kpi }
            let held = rows.filter { !$0.heldBack.isEmpty }
            let reports = held.reduce(0) { $0 + $1.heldBack.count }
            let cleared = rows.reduce(0) { $0 + $1.cleared.count }
            var text = "\(source.kpi) (sum of \(source.measure)) for \(rows.count) \(rows.count == 1 ? "person" : "people")\(period.map { " in \($0)" } ?? ""); "
            text += reports == 0 ? "no flagged report held back"
                : "\(reports) flagged \(reports == 1 ? "report" : "reports") of \(held.count) \(held.count == 1 ? "person" : "people") held back "
                    + "(−\(AmountFormat.grouped(held.reduce(0) { $0 + $1.heldBackValue })) \(source.kpi))"
            if cleared > 0 { text += ", \(cleared) cleared and counted" }
            return text
        }.joined(separator: "; ")
    }
}
