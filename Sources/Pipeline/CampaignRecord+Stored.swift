import Attribution
import Store

extension CampaignRecord {
    /// A stored campaign as the campaign analytics read it (days since 1970-01-01).
    init(_ stored: Campaign) {
        self.init(campaign: stored.campaign, name: stored.name, channel: stored.channel,
                  start: stored.start.daysSinceEpoch, end: stored.end.daysSinceEpoch,
                  cost: stored.cost, revenue: stored.revenue, leads: stored.leads, customers: stored.customers)
    }
}
