/// Audit flags: reports that look like outliers or fabrications, with every reason.
enum AuditSection {
    static func render(_ flags: [StoredAuditFlag]) -> HTML {
        let title = "Audit flags"
        guard !flags.isEmpty else {
            return HTMLBlocks.section(id: "audit", title: title, [HTMLBlocks.note("The report audit is not part of this run, or it flagged nothing.")])
        }
        let rows: [[HTML]] = flags.sorted { ($0.score, $1.entity, $1.period) > ($1.score, $0.entity, $0.period) }.map { flag in
            [HTML(text: flag.entity), HTML(text: flag.period), HTML(text: HumanNumber.grouped(flag.score, decimals: 2)),
             .element("ul", [("class", "reasons")], HTML.join(flag.reasons.map { .element("li", text: $0) }))]
        }
        return HTMLBlocks.section(id: "audit", title: title, [
            HTMLBlocks.paragraph("\(flags.count) reports flagged, highest score first."),
            HTMLBlocks.table([("Entity", .left), ("Period", .left), ("Score", .number), ("Reasons", .wide)], rows),
        ])
    }
}
