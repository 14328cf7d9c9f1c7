import Foundation

/// Campaign ROI, cost per lead and CAC for every row of a campaigns table, and the campaigns
/// that need attention.
///
/// A campaign is flagged
/// - ``CampaignFlag/Kind/redesign`` when its ROI is below the threshold (strictly; default
///   5%) in at least `consecutive` (default 2) consecutive periods that end with its latest
///   period. Periods are the rows of one ``CampaignSeries`` (same name and channel, case and
///   surrounding spaces aside) in start order. A period at or above the threshold ends a
///   streak; a campaign whose latest period recovered is not flagged. The flag is keyed by the
///   latest period's campaign id and lists every period of the streak.
/// - ``CampaignFlag/Kind/doubtful`` when a model-attributed ROI interval was given for it and
///   the interval's high bound is below the threshold.
///
/// When both apply to one campaign id, one flag is kept (keys are unique per campaign):
/// the redesign, whose evidence then carries the attributed interval and whose reason names it.
///
/// ```swift
/// let review = try CampaignReview(records, threshold: 0.05, consecutive: 2)
/// for flag in review.flags { print(flag.campaign, flag.reason) }
/// ```
public struct CampaignReview: Sendable, Equatable {
    /// The ROI below which a period counts as weak (a ratio: 0.05 is 5%).
    public let threshold: Double
    /// The number of consecutive weak periods that makes a redesign.
    public let consecutive: Int
    /// Every row measured, flagged campaigns first (in ``flags`` order), then the rest by
    /// name, channel and start.
    public let campaigns: [CampaignPerformance]
    /// The flags: redesigns, then doubtful ones, each by name, channel and start.
    public let flags: [CampaignFlag]
    /// The recurring campaigns the rows form.
    public let series: [CampaignSeries]
    /// What a reader should know about empty values and overlapping periods, one sentence each.
    public let notes: [String]

    /// The ROI threshold the domain guides use: a campaign whose ROI stays below 5% needs a
    /// redesign.
    public static let defaultThreshold = 0.05
    /// The default number of consecutive periods.
    public static let defaultConsecutive = 2

    /// Measures `records` and flags weak campaigns.
    /// - Parameters:
    ///   - attributed: model-attributed ROI intervals, at most one per campaign id; empty when
    ///     no model has been fitted.
    /// - Throws: ``CampaignError`` for the first row or interval that cannot be used: a cost
    ///   that is not above zero, a negative revenue or count, an end before the start, an
    ///   empty id, name or channel, a repeated id, an interval for an unknown campaign or with
    ///   its bounds inverted, or settings out of range.
    public init(_ records: [CampaignRecord], threshold: Double = defaultThreshold,
                consecutive: Int = defaultConsecutive, attributed: [AttributedROI] = []) throws {
        guard threshold.isFinite else { throw CampaignError.invalidThreshold(threshold) }
        guard consecutive >= 1 else { throw CampaignError.invalidConsecutive(consecutive) }
        var firstPlace: [String: String] = [:]
        for record in records {
            try Self.validate(record)
            if let first = firstPlace[record.campaign] {
                throw CampaignError.duplicateCampaign(campaign: record.campaign, place: record.place, firstPlace: first)
            }
            firstPlace[record.campaign] = record.place
        }
        let attributedByCampaign = try Self.index(attributed, known: firstPlace)
        let performances = records.map(CampaignPerformance.init)
        let series = CampaignSeries.group(performances)
        let rules = FlagRules(threshold: threshold, consecutive: consecutive)
        let flags = rules.flags(series: series, attributed: attributedByCampaign)
        let flagOrder = Dictionary(flags.enumerated().map { ($1.campaign, $0) }, uniquingKeysWith: min)
        let seriesOrder = series.flatMap(\.periods)
        self.threshold = threshold
        self.consecutive = consecutive
        self.series = series
        self.flags = flags
        campaigns = seriesOrder.filter { flagOrder[$0.record.campaign] != nil }
            .sorted { (flagOrder[$0.record.campaign] ?? 0) < (flagOrder[$1.record.campaign] ?? 0) }
            + seriesOrder.filter { flagOrder[$0.record.campaign] == nil }
        notes = ReviewNotes.notes(performances: seriesOrder, series: series)
    }

    private static func validate(_ record: CampaignRecord) throws {
        for (column, text) in [("campaign", record.campaign), ("name", record.name), ("channel", record.channel)]
        where text.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CampaignError.empty(place: record.place, column: column)
        }
        guard record.end >= record.start else { throw CampaignError.endBeforeStart(place: record.place) }
        for (column, value) in [("cost", record.cost), ("revenue", record.revenue)] {
            guard value.isFinite else { throw CampaignError.nonFinite(place: record.place, column: column) }
            if value < 0 { throw CampaignError.negative(place: record.place, column: column, value: value) }
        }
        if record.cost == 0 { throw CampaignError.zeroCost(place: record.place) }
        for (column, count) in [("leads", record.leads), ("customers", record.customers)] {
            if let count, count < 0 { throw CampaignError.negative(place: record.place, column: column, value: Double(count)) }
        }
    }

    /// The intervals by campaign id, after checking each.
    private static func index(_ attributed: [AttributedROI], known: [String: String]) throws -> [String: AttributedROI] {
        var byCampaign: [String: AttributedROI] = [:]
        for interval in attributed {
            guard known[interval.campaign] != nil else {
                throw CampaignError.unknownCampaign(place: interval.place, campaign: interval.campaign)
            }
            for (column, value) in [("roi", interval.roi), ("roi_low", interval.low), ("roi_high", interval.high)] {
                if let value, !value.isFinite { throw CampaignError.nonFinite(place: interval.place, column: column) }
            }
            guard interval.low <= interval.high else {
                throw CampaignError.invertedInterval(place: interval.place, low: interval.low, high: interval.high)
            }
            if let first = byCampaign[interval.campaign] {
                throw CampaignError.duplicateAttribution(campaign: interval.campaign, place: interval.place,
                                                         firstPlace: first.place)
            }
            byCampaign[interval.campaign] = interval
        }
        return byCampaign
    }
}
