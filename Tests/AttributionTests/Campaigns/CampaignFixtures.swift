import Attribution
import Store

/// Campaign records built in tests from readable dates.
enum CampaignFixtures {
    /// The day number of an ISO date written in a test.
    static func day(_ text: String) -> Int {
        guard let day = Day(text) else { fatalError("test date \(text) is not a date") }
        return day.daysSinceEpoch
    }

    /// A record whose ROI is exactly `roi` for costs and ROIs that are binary fractions.
    static func record(_ campaign: String, name: String = "Spring push", channel: String = "search",
                       start: String, end: String? = nil, cost: Double = 1000, roi: Double,
                       leads: Int? = nil, customers: Int? = nil) -> CampaignRecord {
        CampaignRecord(campaign: campaign, name: name, channel: channel, start: day(start), end: day(end ?? start),
                       cost: cost, revenue: cost * (1 + roi), leads: leads, customers: customers)
    }

    /// Quarterly flights of one campaign with the given ROIs, 2025Q1 onwards, ids `P1`, `P2` …
    static func flights(_ rois: [Double], name: String = "Spring push", channel: String = "search",
                        prefix: String = "P") -> [CampaignRecord] {
        let starts = ["2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01", "2026-04-01", "2026-07-01"]
        return rois.enumerated().map { index, roi in
            record("\(prefix)\(index + 1)", name: name, channel: channel, start: starts[index], cost: 1024, roi: roi)
        }
    }
}
