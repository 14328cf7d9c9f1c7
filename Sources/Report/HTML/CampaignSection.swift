/// Campaigns: every campaign with its cost, revenue and return, best ROI first, and the
/// flags raised on campaigns with the reason a person reads.
enum CampaignSection {
    static func render(campaigns: [StoredCampaign], flags: [StoredCampaignFlag]) -> HTML {
        let title = "Campaigns"
        guard !campaigns.isEmpty || !flags.isEmpty else {
            return HTMLBlocks.section(id: "campaigns", title: title, [HTMLBlocks.note("Campaign results are not part of this run.")])
        }
        let flagsByCampaign = Dictionary(grouping: flags, by: \.campaign)
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
                     HTML(text: campaign.roi.map { HumanNumber.percent($0 * 100) } ?? "—"),
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
        return HTMLBlocks.section(id: "campaigns", title: title, content)
    }

    /// `REDESIGN` on black or `DOUBTFUL` in a dashed box: told apart without colour.
    private static func badge(_ flag: StoredCampaignFlag) -> HTML {
        let known = ["redesign", "doubtful"].contains(flag.flag)
        return .element("span", [("class", known ? "flag \(flag.flag)" : "flag")], text: flag.flag)
    }
}
