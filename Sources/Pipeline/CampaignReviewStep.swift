import Attribution
import Store

/// The main job's campaign step: ROI, cost per lead and CAC of every stored campaign that
/// ended by the as-of day, with the weak-ROI flags (a redesign where ROI stayed below 5% for
/// two periods in a row).
///
/// Campaigns still running on the as-of day are left out: their revenue is not all in yet,
/// and counting part of it would flag them unfairly.
enum CampaignReviewStep {
    /// What the step did.
    enum Outcome {
        /// Nothing to review, and why.
        case skipped(String)
        /// The review, and how many running campaigns it left out.
        case review(CampaignReview, running: Int)
    }

    /// Reviews the stored campaigns that ended on or before `asOf`.
    static func run(store: KPIStore, asOf: Day) throws -> Outcome {
        let stored = try store.campaigns()
        guard !stored.isEmpty else { return .skipped("no campaigns in the project's data") }
        let ended = stored.filter { $0.end <= asOf }
        guard !ended.isEmpty else { return .skipped("none of the \(stored.count) campaigns has ended by \(asOf)") }
        let records = ended.map {
            CampaignRecord(campaign: $0.campaign, name: $0.name, channel: $0.channel,
                           start: $0.start.daysSinceEpoch, end: $0.end.daysSinceEpoch,
                           cost: $0.cost, revenue: $0.revenue, leads: $0.leads, customers: $0.customers)
        }
        return .review(try CampaignReview(records), running: stored.count - ended.count)
    }
}
