import Foundation

/// A recurring campaign: the rows of a campaigns table with the same name and channel (case
/// and surrounding spaces aside), in the order they ran. Each row is one *period* of the series.
///
/// Marketing exports list a recurring campaign in one of two ways, and both become a series:
/// - one row per flight (a spring push each quarter, a monthly newsletter), each flight with
///   its own id and dates;
/// - one row per calendar period (month, quarter) of an always-on campaign, with an id per
///   period such as `C-17-2025Q1`.
///
/// Periods are ordered by start day, then end day, then id. They are consecutive when nothing
/// of the same series ran between them, whatever the gap in time: a campaign paused for a
/// quarter and resumed is judged on its last runs. Rows of one series whose dates overlap
/// (a flight split by region or ad group) still count as separate periods in start order;
/// ``CampaignReview`` notes such overlaps, and summing the rows first gives one period.
public struct CampaignSeries: Sendable, Equatable {
    /// The name shared by the periods, as the first period spells it.
    public let name: String
    /// The channel shared by the periods, as the first period spells it.
    public let channel: String
    /// The periods, in the order they ran.
    public let periods: [CampaignPerformance]

    /// The spellings of name and channel the periods came with, when they differ (a series
    /// whose rows wrote "Spring push" and "Spring Push "); empty otherwise.
    public let spellings: [String]

    /// The series in `performances`, ordered by name and channel. Names and channels are
    /// compared without case and surrounding spaces, as exports spell one campaign several
    /// ways; the series takes the first period's spelling.
    static func group(_ performances: [CampaignPerformance]) -> [CampaignSeries] {
        let byKey = Dictionary(grouping: performances) { SeriesKey(name: $0.record.name, channel: $0.record.channel) }
        return byKey.keys.sorted().map { key in
            let periods = (byKey[key] ?? []).sorted { a, b in
                (a.record.start, a.record.end, a.record.campaign) < (b.record.start, b.record.end, b.record.campaign)
            }
            var seen: [String] = []
            for period in periods {
                let spelling = "\"\(period.record.name)\" on \"\(period.record.channel)\""
                if !seen.contains(spelling) { seen.append(spelling) }
            }
            return CampaignSeries(name: periods[0].record.name, channel: periods[0].record.channel, periods: periods,
                                  spellings: seen.count > 1 ? seen : [])
        }
    }

    /// Pairs of successive periods whose dates overlap.
    var overlaps: [(CampaignRecord, CampaignRecord)] {
        zip(periods, periods.dropFirst()).compactMap { earlier, later in
            later.record.start <= earlier.record.end ? (earlier.record, later.record) : nil
        }
    }
}

/// Name and channel, the identity of a series, without case and surrounding spaces.
struct SeriesKey: Hashable, Comparable {
    let name: String
    let channel: String

    init(name: String, channel: String) {
        self.name = name.trimmingCharacters(in: .whitespaces).lowercased()
        self.channel = channel.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func < (a: SeriesKey, b: SeriesKey) -> Bool { (a.name, a.channel) < (b.name, b.channel) }
}
