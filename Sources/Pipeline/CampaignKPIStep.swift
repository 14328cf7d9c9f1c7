import Attribution
import Store

/// The main job's campaign KPIs: every campaign owner's ``CampaignKPI`` values for the period
/// (the owner's ``CampaignPortfolio``), which take the place of any value supplied for the same
/// owner and KPI.
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
        var withoutRate: [CampaignPortfolio.Unrated] = []
        for (owner, campaigns) in byOwner.sorted(by: { $0.key < $1.key }) {
            let portfolio = CampaignPortfolio(campaigns.map(CampaignRecord.init), model: model)
            withoutRate += portfolio.withoutRate
            // Percent for the ratios, as the scorecard's KPIs are written; currency per lead.
            for (kpi, measure, scale) in [("campaign_roi", portfolio.roi, 100.0), ("cost_per_lead", portfolio.costPerLead, 1),
                                          ("sales_contribution_rate", portfolio.contributionRate, 100)] {
                guard let measure else { continue }
                values.append(CampaignKPI(entity: owner, kpi: kpi, period: period.label, value: measure.value * scale,
                                          parts: measure.parts.map {
                                              CampaignPortfolio.Part(campaign: $0.campaign, cost: $0.cost, value: $0.value * scale,
                                                               low: $0.low.map { $0 * scale }, high: $0.high.map { $0 * scale })
                                          }))
            }
        }
        let counted = ended.count - strangers.count
        var detail = "\(counted) campaign\(counted == 1 ? "" : "s") of \(byOwner.count) owner\(byOwner.count == 1 ? "" : "s") "
            + "ended in \(period.label) by \(last): "
            + CampaignKPI.names.compactMap { name in
                let count = values.filter { $0.kpi == name }.count
                return count == 0 ? nil : "\(name) for \(count)"
            }.joined(separator: ", ")
        if !withoutRate.isEmpty {
            detail += "; no contribution rate for " + withoutRate.map { "\($0.campaign) (\($0.reason))" }.joined(separator: ", ")
        }
        if !strangers.isEmpty {
            detail += "; left out, owner not in the people file: "
                + strangers.map { "\($0.campaign) (\($0.owner ?? ""))" }.joined(separator: ", ")
        }
        return .computed(values, detail: detail)
    }
}
