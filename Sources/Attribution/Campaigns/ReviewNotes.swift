/// The sentences of ``CampaignReview/notes``: which values are empty and why, which spellings
/// were read as one campaign, and which periods of a series overlap.
enum ReviewNotes {
    static func notes(performances: [CampaignPerformance], series: [CampaignSeries]) -> [String] {
        var notes: [String] = []
        notes += gaps("cost per lead", "leads", performances.map { ($0.record.campaign, $0.costPerLeadGap) })
        notes += gaps("CAC", "customers", performances.map { ($0.record.campaign, $0.cacGap) })
        for item in series {
            if !item.spellings.isEmpty {
                notes.append("\(item.spellings.joined(separator: ", ")) are read as one campaign (case and surrounding spaces aside).")
            }
            for (earlier, later) in item.overlaps {
                notes.append("\(earlier.campaign) and \(later.campaign) of \"\(item.name)\" on \(item.channel) overlap in"
                             + " time; they count as successive periods in start order.")
            }
        }
        return notes
    }

    /// One sentence per kind of gap, naming the campaigns (or all of them).
    private static func gaps(_ metric: String, _ count: String,
                             _ gaps: [(campaign: String, gap: CampaignPerformance.MetricGap?)]) -> [String] {
        var notes: [String] = []
        for (gap, reason) in [(CampaignPerformance.MetricGap.notReported, "no \(count) reported"), (.zero, "0 \(count)")] {
            let campaigns = gaps.filter { $0.gap == gap }.map(\.campaign)
            guard !campaigns.isEmpty else { continue }
            let which = campaigns.count == gaps.count ? "every campaign" : campaigns.joined(separator: ", ")
            notes.append("\(metric) left empty for \(which): \(reason).")
        }
        return notes
    }
}
