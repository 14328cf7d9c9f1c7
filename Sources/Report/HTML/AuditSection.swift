/// Audit flags: reports that look like outliers or fabrications, with every reason; the
/// flagged reports reviewers cleared; and, per person, what the flags held back from the KPIs
/// taken from the reports.
enum AuditSection {
    static func render(_ flags: [StoredAuditFlag], cleared: [StoredAuditClearance] = [], kpis: [StoredReportKPI] = []) -> HTML {
        let title = "Audit flags"
        guard !flags.isEmpty || !cleared.isEmpty || !kpis.isEmpty else {
            return HTMLBlocks.section(id: "audit", title: title, [HTMLBlocks.note("The report audit is not part of this run, or it flagged nothing.")])
        }
        var content: [HTML] = []
        if flags.isEmpty {
            content.append(HTMLBlocks.paragraph("No report is flagged for a second look."))
        } else {
            let rows: [[HTML]] = flags.sorted { ($0.score, $1.entity, $1.period) > ($1.score, $0.entity, $0.period) }.map { flag in
                [HTML(text: flag.entity), HTML(text: flag.period), HTML(text: HumanNumber.grouped(flag.score, decimals: 2)),
                 .element("ul", [("class", "reasons")], HTML.join(flag.reasons.map { .element("li", text: $0) }))]
            }
            content.append(HTMLBlocks.paragraph("\(flags.count) reports flagged, highest score first."))
            content.append(HTMLBlocks.table([("Entity", .left), ("Period", .left), ("Score", .number), ("Reasons", .wide)], rows))
        }
        if !cleared.isEmpty {
            content.append(HTMLBlocks.heading("Cleared by a reviewer"))
            let rows: [[HTML]] = cleared.sorted { ($0.entity, $0.period) < ($1.entity, $1.period) }.map { item in
                [HTML(text: item.entity), HTML(text: item.period), HTML(text: item.cleared_by), HTML(text: item.reason),
                 .element("ul", [("class", "reasons")], HTML.join(item.reasons.map { .element("li", text: $0) }))]
            }
            content.append(HTMLBlocks.table([("Entity", .left), ("Period", .left), ("Cleared by", .left), ("Why", .left),
                                             ("Flagged for", .wide)], rows))
        }
        if !kpis.isEmpty {
            content.append(HTMLBlocks.heading("KPIs from the reports"))
            let touched = kpis.filter { !$0.held_back.isEmpty || !$0.cleared.isEmpty }
                .sorted { ($0.held_back_value, $1.entity, $1.kpi) > ($1.held_back_value, $0.entity, $0.kpi) }
            let heldReports = kpis.reduce(0) { $0 + $1.held_back.count }
            let people = Set(kpis.filter { !$0.held_back.isEmpty }.map(\.entity)).count
            let period = kpis.first?.period ?? ""
            content.append(HTMLBlocks.paragraph(
                heldReports == 0
                    ? "Every report of \(period) counts toward the KPIs taken from the reports of \(Set(kpis.map(\.entity)).count) people."
                    : "Flagged reports are left out of the KPIs of \(period) until a reviewer clears them: \(heldReports) "
                        + "\(heldReports == 1 ? "report" : "reports") of \(people) \(people == 1 ? "person" : "people") held back."))
            if !touched.isEmpty {
                let rows: [[HTML]] = touched.map { item in
                    [HTML(text: item.entity), HTML(text: "\(item.kpi) (sum of \(item.measure))"),
                     HTML(text: HumanNumber.grouped(item.value)), HTML(text: HumanNumber.grouped(item.held_back_value)),
                     HTML(text: item.held_back.isEmpty ? "none"
                        : "\(item.held_back.count): " + item.held_back.map { "\($0.period) (\(HumanNumber.grouped($0.value)))" }.joined(separator: ", ")),
                     HTML(text: item.cleared.map { "\($0.period) (\(HumanNumber.grouped($0.value)), \($0.cleared_by))" }.joined(separator: ", "))]
                }
                content.append(HTMLBlocks.table([("Entity", .left), ("KPI", .left), ("Counted", .number), ("Held back", .number),
                                                 ("Reports held back", .wide), ("Cleared, counted", .wide)], rows))
            }
        }
        return HTMLBlocks.section(id: "audit", title: title, content)
    }
}
