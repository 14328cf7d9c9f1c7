import Attribution

/// Campaigns: every campaign with its cost, revenue and return, best ROI first, the flags
/// raised on campaigns with the reason a person reads, and the KPIs each campaign owner is
/// scored on.
enum CampaignSection {
    static func render(campaigns: [StoredCampaign], flags: [StoredCampaignFlag], owners: [StoredCampaignKPI] = []) -> HTML {
        let title = "Campaigns"
        guard !campaigns.isEmpty || !flags.isEmpty else {
            return HTMLBlocks.section(id: "campaigns", title: title, [HTMLBlocks.note("Campaign results are not part of this run.")])
        }
        let flagsByCampaign = Dictionary(grouping: flags, by: \.campaign)
        // ROIs near the redesign threshold (the flags', else the default 5%) show their side.
        let threshold = flags.lazy.compactMap { $0.evidence?.roi_threshold }.first ?? 0.05
        var content: [HTML] = []
        if !campaigns.isEmpty {
            content.append(HTMLBlocks.paragraph("\(campaigns.count) campaigns, highest ROI first; ROI is (revenue − cost) ÷ cost, in percent."))
            let ordered = campaigns.sorted { ($0.roi ?? -.infinity, $1.campaign) > ($1.roi ?? -.infinity, $0.campaign) }
            content.append(HTMLBlocks.table(
                [("Campaign", .left), ("Channel", .left), ("Dates", .left), ("Cost", .number), ("Revenue", .number), ("ROI", .number),
                 ("Cost per lead", .number), ("CAC", .number), ("Flag", .left)],
                ordered.map { campaign in
                    [HTML(text: campaign.name), HTML(text: campaign.channel), HTML(text: "\(campaign.start) – \(campaign.end)"),
                     HTML(text: HumanNumber.grouped(campaign.cost)), HTML(text: HumanNumber.grouped(campaign.revenue)),
                     HTML(text: campaign.roi.map { ThresholdPercent.text($0, threshold: threshold) } ?? "—"),
                     HTML(text: campaign.cost_per_lead.map { HumanNumber.grouped($0, decimals: 2) } ?? "—"),
                     HTML(text: campaign.cac.map { HumanNumber.grouped($0, decimals: 2) } ?? "—"),
                     HTML.join((flagsByCampaign[campaign.campaign] ?? []).map(badge), separator: " ")]
                }))
        }
        content.append(HTMLBlocks.heading("Flags"))
        if flags.isEmpty {
            content.append(HTMLBlocks.note("No campaign is flagged in this run."))
        } else {
            content.append(HTMLBlocks.table(
                [("Campaign", .left), ("Channel", .left), ("Flag", .left), ("Reason", .wide)],
                flags.sorted { ($0.flag, $0.campaign) > ($1.flag, $1.campaign) }.map { flag in
                    [HTML(text: flag.name), HTML(text: flag.channel), badge(flag), HTML(text: flag.reason)]
                }))
        }
        if !owners.isEmpty { content += ownersKPIs(owners) }
        return HTMLBlocks.section(id: "campaigns", title: title, content)
    }

    /// One row per owner and KPI: the value scored and each campaign's own value.
    private static func ownersKPIs(_ values: [StoredCampaignKPI]) -> [HTML] {
        let names = ["campaign_roi": "ROI", "cost_per_lead": "Cost per lead", "sales_contribution_rate": "Sales contribution rate"]
        func number(_ kpi: String, _ value: Double) -> String {
            kpi == "cost_per_lead" ? HumanNumber.grouped(value, decimals: 2) : HumanNumber.percent(value, decimals: kpi == "campaign_roi" ? 1 : 2)
        }
        let ordered = values.sorted { ($0.entity, $0.kpi) < ($1.entity, $1.kpi) }
        return [HTMLBlocks.heading("Owners' campaign KPIs"),
                HTMLBlocks.paragraph("What each campaign owner is scored on for \(values.first?.period ?? "the period"): the campaigns "
                                     + "they own that ended in it, taken together (the contribution rate weighted by cost)."),
                HTMLBlocks.table(
                    [("Person", .left), ("KPI", .left), ("Value", .number), ("Campaigns", .wide)],
                    ordered.map { item in
                        let parts = item.campaigns.map { part in
                            let interval = part.low.flatMap { low in part.high.map { " (\(number(item.kpi, low)) to \(number(item.kpi, $0)))" } } ?? ""
                            return "\(part.campaign) \(number(item.kpi, part.value))\(interval)"
                        }
                        return [HTML(text: item.entity), HTML(text: names[item.kpi] ?? item.kpi),
                                HTML(text: number(item.kpi, item.value)), HTML(text: parts.joined(separator: "; "))]
                    })]
    }

    /// `REDESIGN` on black or `DOUBTFUL` in a dashed box: told apart without colour.
    private static func badge(_ flag: StoredCampaignFlag) -> HTML {
        let known = ["redesign", "doubtful"].contains(flag.flag)
        return .element("span", [("class", known ? "flag \(flag.flag)" : "flag")], text: flag.flag)
    }
}
