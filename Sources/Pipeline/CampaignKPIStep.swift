import Attribution
import Store

/// The main job's campaign KPIs: every campaign owner's ``CampaignKPI`` values for the period,
/// which take the place of any value supplied for the same owner and KPI.
///
/// Only campaigns that ended within the period by the as-of day count: a running campaign's
/// revenue is not all in, as in the campaign review. A campaign credited to someone the people
/// file does not know is left out and named in the step's detail.
enum CampaignKPIStep {
    /// What the step did.
    enum Outcome {
        /// Nothing to compute, and why.
        case skipped(String)
        /// The values, and a line saying what they came from.
        case computed([CampaignKPI], detail: String)
    }

    static func run(campaigns stored: [Campaign], people: [Person], period: Period, asOf: Day,
                    model: MarketingMixResult?) -> Outcome {
        let owned = stored.filter { $0.owner != nil }
        guard !owned.isEmpty else { return .skipped("no campaign names an owner") }
        let last = min(asOf, period.end)
        let ended = owned.filter { $0.end >= period.start && $0.end <= last }.sorted { ($0.end, $0.campaign) < ($1.end, $1.campaign) }
        guard !ended.isEmpty else {
            return .skipped("none of the \(owned.count) campaigns with an owner ended in \(period.label) by \(last)")
        }
        let known = Set(people.map(\.entity))
        let strangers = ended.filter { !known.contains($0.owner ?? "") }
        var byOwner: [String: [Campaign]] = [:]
        for campaign in ended where known.contains(campaign.owner ?? "") { byOwner[campaign.owner ?? "", default: []].append(campaign) }
        var values: [CampaignKPI] = []
        var uncovered: Set<String> = []
        for (owner, campaigns) in byOwner.sorted(by: { $0.key < $1.key }) {
            let value = { (kpi: String, parts: [CampaignKPI.Part], total: Double) in
                CampaignKPI(entity: owner, kpi: kpi, period: period.label, value: total, parts: parts)
            }
            let cost = campaigns.reduce(0) { $0 + $1.cost }
            if cost > 0 {
                let revenue = campaigns.reduce(0) { $0 + $1.revenue }
                let parts = campaigns.filter { $0.cost > 0 }.map {
                    CampaignKPI.Part(campaign: $0.campaign, cost: $0.cost, value: ($0.revenue - $0.cost) / $0.cost * 100, low: nil, high: nil)
                }
                values.append(value("campaign_roi", parts, (revenue - cost) / cost * 100))
            }
            let withLeads = campaigns.filter { ($0.leads ?? 0) > 0 }
            if !withLeads.isEmpty {
                let parts = withLeads.map { CampaignKPI.Part(campaign: $0.campaign, cost: $0.cost, value: $0.cost / Double($0.leads ?? 1), low: nil, high: nil) }
                values.append(value("cost_per_lead", parts, withLeads.reduce(0) { $0 + $1.cost } / Double(withLeads.reduce(0) { $0 + ($1.leads ?? 0) })))
            }
            if let model {
                let parts = campaigns.compactMap { campaign -> CampaignKPI.Part? in
                    guard let rate = contributionRate(campaign, model: model) else {
                        if model.channels.contains(where: { $0.name.lowercased() == campaign.channel.lowercased() }) { uncovered.insert(campaign.campaign) }
                        return nil
                    }
                    return CampaignKPI.Part(campaign: campaign.campaign, cost: campaign.cost, value: rate.value * 100,
                                            low: rate.low * 100, high: rate.high * 100)
                }
                let weight = parts.reduce(0) { $0 + $1.cost }
                if !parts.isEmpty {
                    let mean = weight > 0 ? parts.reduce(0) { $0 + $1.cost * $1.value } / weight
                        : parts.reduce(0) { $0 + $1.value } / Double(parts.count)
                    values.append(value("sales_contribution_rate", parts, mean))
                }
            }
        }
        var detail = "\(ended.count - strangers.count) campaign\(ended.count - strangers.count == 1 ? "" : "s") of \(byOwner.count) "
            + "owner\(byOwner.count == 1 ? "" : "s") ended in \(period.label) by \(last): "
            + CampaignKPI.names.compactMap { name in
                let count = values.filter { $0.kpi == name }.count
                return count == 0 ? nil : "\(name) for \(count)"
            }.joined(separator: ", ")
        if !uncovered.isEmpty {
            detail += "; no contribution rate for \(uncovered.sorted().joined(separator: ", ")) (the marketing table lacks its weeks or as many before them)"
        }
        if !strangers.isEmpty {
            detail += "; left out, owner not in the people file: "
                + strangers.map { "\($0.campaign) (\($0.owner ?? ""))" }.joined(separator: ", ")
        }
        return .computed(values, detail: detail)
    }

    /// The campaign's sales contribution rate when it ran on one of the model's channels
    /// (compared without case) and the model's weeks cover the campaign and as many weeks
    /// before it.
    static func contributionRate(_ campaign: Campaign, model: MarketingMixResult) -> Estimate? {
        guard let channel = model.channels.first(where: { $0.name.lowercased() == campaign.channel.lowercased() }),
              let first = model.decomposition.first?.day, let last = model.decomposition.last?.day,
              first <= campaign.start.daysSinceEpoch, last + 6 >= campaign.end.daysSinceEpoch,
              let rate = try? model.salesContributionRate(channel: channel.name, from: campaign.start.daysSinceEpoch,
                                                          through: campaign.end.daysSinceEpoch) else { return nil }
        return rate.rate
    }
}
