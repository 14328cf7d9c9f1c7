/// The HTML report of a run: one self-contained page (inline CSS and SVG, no script, no
/// fonts or images from the network) for a screen or for print.
///
/// Sections, in order: the scorecard ranking with each person's lost points; attainment fan
/// charts for the company, each team and the people projected highest and lowest;
/// fundraising pace against plan; marketing attribution; campaigns with their flags; audit
/// flags, the reports reviewers cleared and what the flags held back from KPI values. A section whose results the run did not store says so. Every string from the data
/// is escaped (``HTMLEscaping``).
public enum HTMLReport {
    /// The page.
    public static func render(_ results: StoredResults) -> String {
        let sections: [(id: String, title: String, body: HTML)] = [
            ("scorecard", "Scorecard", ScorecardSection.render(results.scorecard)),
            ("attainment", "Attainment", AttainmentSection.render(forecasts: results.forecasts, attainment: results.attainment)),
            ("pace", "Fundraising pace", PaceSection.render(results.pace)),
            ("attribution", "Attribution", AttributionSection.render(results.attribution)),
            ("campaigns", "Campaigns", CampaignSection.render(campaigns: results.campaigns, flags: results.campaignFlags,
                                                                   owners: results.campaignKPIs)),
            ("audit", "Audit flags", AuditSection.render(results.auditFlags, cleared: results.auditCleared, kpis: results.reportKPIs)),
        ]
        let title = "\(results.project) — \(results.run)"
        let navigation = HTML.element("nav", [("aria-label", "Sections")], .element("ol", [], HTML.join(sections.map { section in
            .element("li", [], .element("a", [("href", "#" + section.id)], text: section.title))
        })))
        let header = HTML.element("header", [], HTML.join([
            .element("h1", text: results.project),
            .element("p", text: "Run \(results.run) as of \(results.asOf)" + (results.status == "succeeded" ? "" : " (\(results.status))")),
            navigation,
        ]))
        let footer = HTML.element("footer", [], text: "Made by kpi report from \(results.run). Numbers are rounded for reading; `kpi show` gives them in full.")
        let main = HTML.element("main", [], HTML.join([header] + sections.map(\.body) + [footer], separator: "\n"))
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(title))</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>
        \(main.markup)
        </body>
        </html>

        """
    }
}
