import Foundation

/// The redesign and doubtful rules of ``CampaignReview``, and the sentences that explain them.
struct FlagRules {
    let threshold: Double
    let consecutive: Int

    /// Every flag, redesigns first, then doubtful ones, each by name, channel and start.
    func flags(series: [CampaignSeries], attributed: [String: AttributedROI]) -> [CampaignFlag] {
        let redesigns = series.compactMap { redesign($0, attributed: attributed) }
        let redesigned = Set(redesigns.map(\.campaign))
        let doubtful = series.flatMap(\.periods).compactMap { period -> CampaignFlag? in
            guard !redesigned.contains(period.record.campaign), let interval = attributed[period.record.campaign] else {
                return nil
            }
            return self.doubtful(period, interval)
        }
        return redesigns + doubtful
    }

    /// Whether an ROI is below the threshold by more than floating-point error: revenue 3.15
    /// on a cost of 3 is an ROI of 5%, held as 4.999999999999997%.
    private func isBelow(_ roi: Double) -> Bool { ThresholdPercent.isBelow(roi, threshold) }

    /// The trailing streak of periods below the threshold, when it is long enough.
    private func redesign(_ series: CampaignSeries, attributed: [String: AttributedROI]) -> CampaignFlag? {
        let streak = Array(series.periods.reversed().prefix { isBelow($0.roi) }.reversed())
        guard streak.count >= consecutive, let latest = streak.last else { return nil }
        let record = latest.record
        let values = streak.map { "\($0.record.campaign) \(percent($0.roi))" }.joined(separator: ", ")
        let span = streak.count == series.periods.count ? "all \(streak.count)" : "the last \(streak.count)"
        var reason = "ROI stayed below \(Self.threshold(threshold)) in \(span) period\(streak.count == 1 ? "" : "s")"
            + " of \"\(series.name)\" on \(series.channel) (\(values)), so the campaign needs a redesign"
        let interval = attributed[record.campaign]
        if let interval, isBelow(interval.high) {
            reason += "; the model's attributed ROI for \(record.campaign) is at most \(percent(interval.high)) too"
        }
        return CampaignFlag(campaign: record.campaign, name: series.name, channel: series.channel, kind: .redesign,
                            reason: reason + ".",
                            evidence: .init(threshold: threshold, consecutive: consecutive, periods: streak,
                                            attributed: interval, reportedROI: latest.roi))
    }

    /// A flag when the interval's high bound is below the threshold.
    private func doubtful(_ period: CampaignPerformance, _ interval: AttributedROI) -> CampaignFlag? {
        guard isBelow(interval.high) else { return nil }
        let record = period.record
        let reason = "The model attributes \(record.campaign) an ROI of at most \(percent(interval.high))"
            + " (interval \(percent(interval.low)) to \(percent(interval.high)), \(interval.source)),"
            + " below the \(Self.threshold(threshold)) threshold, so its reported ROI of \(percent(period.roi)) is doubtful."
        return CampaignFlag(campaign: record.campaign, name: record.name, channel: record.channel, kind: .doubtful,
                            reason: reason,
                            evidence: .init(threshold: threshold, consecutive: consecutive, periods: [],
                                            attributed: interval, reportedROI: period.roi))
    }

    /// A ROI as a percentage, with one decimal unless more are needed to show its side of the
    /// threshold (``ThresholdPercent``).
    func percent(_ ratio: Double) -> String { ThresholdPercent.text(ratio, threshold: threshold) }

    /// A threshold without needless digits: `5%`, `2.5%`.
    static func threshold(_ ratio: Double) -> String { String(format: "%.4g%%", ratio * 100) }
}
