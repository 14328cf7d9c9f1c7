import Audit
import Forecasting
import Foundation
import Report
import Store
import TextTable

/// What a person sees after `kpi run`: a terminal summary or one JSON document.
public enum RunRendering {
    /// The summary: what was ingested, attainment to date and the end-of-period projection by
    /// team and for the company, the ranked scorecard, the steps, and where the HTML report
    /// went when one was written.
    public static func table(_ outcome: RunOutcome, report: String? = nil) -> String {
        var lines: [String] = []
        let project = outcome.project
        lines.append("Run \(outcome.run) of \(project.name): period \(project.period.label) as of \(project.asOf)")
        lines.append("")
        for report in outcome.ingested {
            let file = URL(fileURLWithPath: report.file).lastPathComponent
            lines.append(report.alreadyIngested
                         ? "  \(report.dataset): \(file) already ingested"
                         : "  \(report.dataset): \(file), \(report.rowsAdded) rows added")
            if report.goneCount > 0 {
                lines.append("    warning: \(report.goneCount) row\(report.goneCount == 1 ? "" : "s") stored from an earlier version of "
                             + "\(file) \(report.goneCount == 1 ? "is no longer in it and still counts" : "are no longer in it and still count") (the store only adds): "
                             + report.gone.joined(separator: "; ") + (report.goneCount > report.gone.count ? "; …" : ""))
            }
        }
        let groups = outcome.attainment.filter { $0.level != .person }
        if let first = groups.first {
            lines.append("")
            lines.append("Attainment to date (\(Int((first.elapsed * 100).rounded()))% of the period elapsed)")
            let table = TextTable<Attainment> { row in
                [Column(title: "", value: row.entity.replacingOccurrences(of: "team:", with: "")),
                 Column(title: "booked", value: Amount.format(row.actualToDate), align: .right),
                 Column(title: "target", value: Amount.format(row.target), align: .right),
                 Column(title: "attained", value: String(format: "%.1f%%", row.percent), align: .right),
                 Column(title: "on pace for", value: String(format: "%.0f%%", row.percent / max(row.elapsed, 1e-9)), align: .right)]
            }
            lines.append(table.string(for: groups, style: Style.simple) ?? "")
        }
        if let forecast = outcome.forecast {
            lines.append("")
            lines.append("Projected to the end of \(project.period.label)")
            let rows = forecast.projections.filter { $0.level != .person }
            let table = TextTable<EntityProjection> { row in
                let interval = row.intervals.first { abs($0.level - 0.8) < 1e-9 }
                return [Column(title: "", value: row.entity),
                        Column(title: "projected", value: Amount.format(row.projected), align: .right),
                        Column(title: "attainment", value: String(format: "%.1f%%", row.projected / max(row.target, 1e-9) * 100), align: .right),
                        Column(title: "80% interval", value: interval.map { "\(Amount.format($0.lower))–\(Amount.format($0.upper))" } ?? "", align: .right),
                        Column(title: "P(≥100%)", value: String(format: "%.0f%%", row.probabilityOfTarget * 100), align: .right)]
            }
            lines.append(table.string(for: rows, style: Style.simple) ?? "")
        }
        if let pace = outcome.pace {
            lines.append("")
            lines.append(PaceRendering.table(pace, day: FundraisingPaceStep.day).trimmingCharacters(in: .newlines))
        }
        if let review = outcome.campaigns {
            lines.append("")
            lines.append("Campaigns: \(review.campaigns.count) reviewed, \(review.flags.count) flagged")
            for flag in review.flags { lines.append("  \(flag.kind) \(flag.campaign): \(flag.reason)") }
        }
        if let model = outcome.attribution {
            let impact = model.impactCoefficient
            lines.append("")
            lines.append("Marketing attribution (\(AmountFormat.levelLabel(model.level))% intervals): marketing caused "
                         + "\(AmountFormat.percent(impact.value * 100)) of sales (\(AmountFormat.percent(impact.low * 100))–"
                         + "\(AmountFormat.percent(impact.high * 100))), R² \(String(format: "%.3f", model.quality.rSquared))")
            for channel in model.channels {
                let roas = channel.roas.map { ", ROAS \(AmountFormat.ratio($0.value)) (\(AmountFormat.ratio($0.low))–\(AmountFormat.ratio($0.high)))" } ?? ""
                lines.append("  \(channel.name): \(AmountFormat.grouped(channel.contribution.value)) of sales "
                             + "(\(AmountFormat.percent(channel.impactCoefficient.value * 100)))\(roas)")
            }
        }
        if !outcome.campaignKPIs.isEmpty {
            lines.append("")
            lines.append("Campaign KPIs of \(project.period.label) (owners' campaigns ended by "
                         + "\(min(project.asOf, project.period.end))), in place of supplied values")
            lines.append(CampaignKPIRendering.table(outcome.campaignKPIs,
                                                    level: outcome.attribution.map { AmountFormat.levelLabel($0.level) } ?? "90"))
        }
        if let audit = outcome.audit {
            let review = AuditReview(assessments: audit, clearances: outcome.clearances)
            lines.append("")
            lines.append("Report audit: \(review.summary)")
            // The first reason each; all of them are in the report and in `kpi show RUN --kind audit_flag`.
            for report in review.open {
                let more = report.reasons.count > 1 ? " (+\(report.reasons.count - 1) more)" : ""
                lines.append("  \(report.entity) \(report.period): \(report.reasons.first ?? "")\(more)")
            }
            for (report, clearance) in review.cleared {
                lines.append("  cleared \(report.entity) \(report.period) by \(clearance.clearedBy): \(clearance.reason)")
            }
        }
        if let sources = project.audit?.kpis, !sources.isEmpty, outcome.audit != nil {
            lines.append("")
            lines.append("KPIs from the reports of \(project.period.label), flagged reports held back until a reviewer clears them")
            lines.append("  " + ReportKPIRendering.summary(outcome.reportKPIs, sources: sources))
            let touched = outcome.reportKPIs.filter { !$0.heldBack.isEmpty || !$0.cleared.isEmpty }
            if !touched.isEmpty {
                let table = TextTable<ReportKPI> { row in
                    [Column(title: "person", value: row.entity),
                     Column(title: "kpi", value: row.kpi),
                     Column(title: "counted", value: AmountFormat.grouped(row.value), align: .right),
                     Column(title: "held back", value: AmountFormat.grouped(row.heldBackValue), align: .right),
                     Column(title: "reports held back", value: row.heldBack.map(\.period).joined(separator: " ")),
                     Column(title: "cleared, counted", value: row.cleared.map(\.clearance.period).joined(separator: " "))]
                }
                lines.append(table.string(for: touched, style: Style.simple) ?? "")
            }
        }
        lines.append("")
        lines.append(ScoreRendering.table(outcome.scores))
        lines.append("Steps")
        for step in outcome.steps {
            lines.append("  \(step.status == .done ? "done   " : "skipped") \(step.name): \(step.detail)")
        }
        lines.append("")
        lines.append("Stored as run \(outcome.run): kpi show \(outcome.run) --project \(project.source)")
        if let report { lines.append("Report: \(report)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"run_id", "project", "as_of", "period", "steps", "ingested", "attainment", "forecast",
    /// "pace", "campaigns", "attribution", "campaign_kpis", "audit_flags", "audit_cleared", "report_kpis", "campaign_flags", "scorecard",
    /// "scores", "teams", "roles", "unscored"}`
    /// — `pace` is the object of `kpi pace --format json` or null, `campaigns` and
    /// `campaign_flags` the arrays of `kpi campaigns --format json`, `attribution` the object of
    /// `kpi attribution --format json` or null, `campaign_kpis` the campaign owners' KPIs
    /// (`campaign_kpi` objects), `audit_flags` the flagged reports' `audit_flag`
    /// objects still open, `audit_cleared` the flagged reports reviewers cleared (`audit_cleared`
    /// objects), `report_kpis` the KPIs taken from the reports (`report_kpi` objects), `scores`
    /// the same array as `kpi score`;
    /// `"report"`, the HTML report's path, follows `"run_id"` when one was written.
    public static func json(_ outcome: RunOutcome, report: String? = nil) -> String {
        var fields: [(String, JSONValue)] = [
            ("run_id", .integer(Int(outcome.run.rawValue))),
            ("project", .string(outcome.project.name)),
            ("as_of", .string(outcome.project.asOf.description)),
            ("period", .string(outcome.project.period.label)),
            ("steps", .array(outcome.steps.map { .object([("name", .string($0.name)), ("status", .string($0.status.rawValue)),
                                                          ("detail", .string($0.detail))]) })),
            ("ingested", .array(outcome.ingested.map { .object([("dataset", .string($0.dataset.rawValue)), ("file", .string($0.file)),
                                                               ("rows_added", .integer($0.rowsAdded)),
                                                               ("already_ingested", .bool($0.alreadyIngested)),
                                                               ("rows_gone", .integer($0.goneCount))]) })),
            ("attainment", .array(outcome.attainment.map { row in
                .object([("entity", .string(row.entity)), ("level", .string(row.level.rawValue)),
                         ("actual_to_date", .number(row.actualToDate)), ("target", .number(row.target)),
                         ("attainment_pct", .number(row.percent)), ("period_elapsed", .number(row.elapsed))])
            })),
        ]
        if let report { fields.insert(("report", .string(report)), at: 1) }
        fields.append(("forecast", .array((outcome.forecast?.projections ?? []).map { row in
            .object([("entity", .string(row.entity)), ("level", .string(row.level.rawValue)),
                     ("booked_to_date", .number(row.bookedToDate)), ("target", .number(row.target)),
                     ("projected", .number(row.projected)),
                     ("projected_attainment_pct", .number(row.target > 0 ? row.projected / row.target * 100 : .nan)),
                     ("probability_of_target", .number(row.probabilityOfTarget)),
                     ("intervals", .array(row.intervals.map { .object([("level", .number($0.level)), ("lower", .number($0.lower)),
                                                                       ("upper", .number($0.upper))]) }))])
        })))
        fields.append(("pace", outcome.pace.map { PaceRendering.jsonValue($0, day: FundraisingPaceStep.day) } ?? .null))
        let review = outcome.campaigns
        fields.append(("campaigns", .array((review?.campaigns ?? []).map {
            CampaignRendering.campaignPayload($0, day: FundraisingPaceStep.day)
        })))
        fields.append(("attribution", outcome.attribution.map { AttributionRendering.jsonValue($0) } ?? .null))
        fields.append(("campaign_kpis", .array(outcome.campaignKPIs.map(CampaignKPIRendering.jsonValue))))
        let auditReview = AuditReview(assessments: outcome.audit ?? [], clearances: outcome.clearances)
        fields.append(("audit_flags", .array(auditReview.open.map { AuditRendering.auditFlag($0) })))
        fields.append(("audit_cleared", .array(auditReview.cleared.map { ReportKPIRendering.clearedJSON($0.assessment, $0.clearance) })))
        fields.append(("report_kpis", .array(outcome.reportKPIs.map(ReportKPIRendering.jsonValue))))
        fields.append(("campaign_flags", .array((review?.flags ?? []).map {
            CampaignRendering.flagPayload($0, day: FundraisingPaceStep.day)
        })))
        if case .object(let scoreFields) = ScoreRendering.jsonValue(outcome.scores) { fields += scoreFields }
        return JSONValue.object(fields).text + "\n"
    }
}

/// Money amounts for people: thousands separators, no cents.
enum Amount {
    static func format(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        return formatter.string(from: NSNumber(value: value)) ?? String(format: "%.0f", value)
    }
}
