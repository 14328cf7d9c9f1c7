import Attribution
import Store

/// The main job's campaign KPIs: every campaign owner's ``CampaignKPI`` values for the period,
/// which take the place of any value supplied for the same owner and KPI.
///
/// Only campaigns that ended within the period by the as-of day count: a running campaign's
/// revenue is not all in, as in the campaign review. A campaign credited to someone the people
/// file does not know is left out, and a campaign without a contribution rate is named with the
/// reason, in the step's detail.
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
        var withoutRate: [String] = []
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
            // Every campaign that reports its leads counts, those that won none too.
            let withLeads = campaigns.filter { $0.leads != nil }
            let leads = withLeads.reduce(0) { $0 + ($1.leads ?? 0) }
            if leads > 0 {
                let parts = withLeads.filter { ($0.leads ?? 0) > 0 }.map {
                    CampaignKPI.Part(campaign: $0.campaign, cost: $0.cost, value: $0.cost / Double($0.leads ?? 1), low: nil, high: nil)
                }
                values.append(value("cost_per_lead", parts, withLeads.reduce(0) { $0 + $1.cost } / Double(leads)))
            }
            if let model {
                var parts: [CampaignKPI.Part] = []
                for campaign in campaigns {
                    switch contributionRate(campaign, model: model) {
                    case .success(let rate):
                        parts.append(CampaignKPI.Part(campaign: campaign.campaign, cost: campaign.cost, value: rate.value * 100,
                                                      low: rate.low * 100, high: rate.high * 100))
                    case .failure(let reason):
                        withoutRate.append("\(campaign.campaign) (\(reason))")
                    }
                }
                let weight = parts.reduce(0) { $0 + $1.cost }
                if weight > 0 {
                    values.append(value("sales_contribution_rate", parts, parts.reduce(0) { $0 + $1.cost * $1.value } / weight))
                }
            }
        }
        let counted = ended.count - strangers.count
        var detail = "\(counted) campaign\(counted == 1 ? "" : "s") of \(byOwner.count) owner\(byOwner.count == 1 ? "" : "s") "
            + "ended in \(period.label) by \(last): "
            + CampaignKPI.names.compactMap { name in
                let count = values.filter { $0.kpi == name }.count
                return count == 0 ? nil : "\(name) for \(count)"
            }.joined(separator: ", ")
        if !withoutRate.isEmpty { detail += "; no contribution rate for " + withoutRate.joined(separator: ", ") }
        if !strangers.isEmpty {
            detail += "; left out, owner not in the people file: "
                + strangers.map { "\($0.campaign) (\($0.owner ?? ""))" }.joined(separator: ", ")
        }
        return .computed(values, detail: detail)
    }

    /// A reason a campaign has no contribution rate.
    struct NoRate: Error, CustomStringConvertible {
        let description: String
    }

    /// The campaign's sales contribution rate over the model's weeks from the one holding the
    /// campaign's first day through its last day, when it ran on one of the model's channels
    /// (compared without case) and the model's weeks cover those weeks and as many before them.
    static func contributionRate(_ campaign: Campaign, model: MarketingMixResult) -> Result<Estimate, NoRate> {
        guard let channel = model.channels.first(where: { $0.name.lowercased() == campaign.channel.lowercased() }) else {
            return .failure(NoRate(description: "channel \(campaign.channel) is not in the marketing-mix model"))
        }
        let start = campaign.start.daysSinceEpoch, end = campaign.end.daysSinceEpoch
        guard let first = model.decomposition.last(where: { $0.day <= start })?.day,
              let last = model.decomposition.last?.day, last + 6 >= end else {
            return .failure(NoRate(description: "the marketing table does not cover its weeks"))
        }
        do {
            let rate = try model.salesContributionRate(channel: channel.name, from: first, through: end).rate
            guard rate.value.isFinite, rate.low.isFinite, rate.high.isFinite else {
                return .failure(NoRate(description: "its weeks or the weeks before them have no sales"))
            }
            return .success(rate)
        } catch {
            return .failure(NoRate(description: "\(error)"))
        }
    }
}
