import Attribution
import Store

/// The main job's campaign step: ROI, cost per lead and CAC of every stored campaign that
/// ended by the as-of day, with the weak-ROI flags (a redesign where ROI stayed below 5% for
/// two periods in a row).
///
/// Campaigns still running on the as-of day are left out: their revenue is not all in yet,
/// and counting part of it would flag them unfairly. When the run fitted a marketing-mix
/// model, a campaign on one of its channels is also judged by what the model says that
/// channel returns: ROI = ROAS − 1 with the ROAS interval, and a campaign whose channel's
/// interval lies wholly below the threshold is flagged doubtful.
enum CampaignReviewStep {
    /// What the step did.
    enum Outcome {
        /// Nothing to review, and why.
        case skipped(String)
        /// The review, and how many running campaigns it left out.
        case review(CampaignReview, running: Int)
    }

    /// Reviews the stored campaigns that ended on or before `asOf`, against the channels'
    /// returns in `model` when there is one.
    static func run(store: KPIStore, asOf: Day, model: MarketingMixResult? = nil) throws -> Outcome {
        let stored = try store.campaigns()
        guard !stored.isEmpty else { return .skipped("no campaigns in the project's data") }
        let ended = stored.filter { $0.end <= asOf }
        guard !ended.isEmpty else { return .skipped("none of the \(stored.count) campaigns has ended by \(asOf)") }
        let records = ended.map(CampaignRecord.init)
        return .review(try CampaignReview(records, attributed: model.map { attributed(records, by: $0) } ?? []),
                       running: stored.count - ended.count)
    }

    /// The model's ROI of each campaign's channel (channel names compared without case).
    static func attributed(_ records: [CampaignRecord], by model: MarketingMixResult) -> [AttributedROI] {
        var returns: [String: Estimate] = [:]
        for channel in model.channels {
            if let roas = channel.roas { returns[channel.name.lowercased()] = roas }
        }
        let weeks = model.decomposition.map(\.day)
        let span = weeks.first.map { first in "\(Day(daysSinceEpoch: first))…\(Day(daysSinceEpoch: weeks.last ?? first))" } ?? ""
        return records.compactMap { record in
            guard let roas = returns[record.channel.lowercased()] else { return nil }
            return AttributedROI(campaign: record.campaign, roi: roas.value - 1, low: roas.low - 1, high: roas.high - 1,
                                 source: "marketing-mix model: return on \(record.channel) over \(span)")
        }
    }
}
