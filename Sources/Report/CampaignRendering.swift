import Attribution
import Foundation
import TextTable

/// Renders a campaign review: a table with the flags and their reasons, JSON, or CSV; and
/// the payloads the store keeps per campaign (kind `campaign`) and per flag (kind
/// `campaign_flag`), keyed by campaign id.
public enum CampaignRendering {
    /// `{"campaign", "name", "channel", "start", "end", "cost", "revenue", "roi",
    /// "cost_per_lead", "cac"}`; ROI is a ratio (0.05 is 5%), cost per lead and CAC are null
    /// when the count is missing or zero. `day` turns day numbers into dates.
    public static func campaignPayload(_ campaign: CampaignPerformance, day: (Int) -> String) -> JSONValue {
        let record = campaign.record
        return .object([
            ("campaign", .string(record.campaign)), ("name", .string(record.name)), ("channel", .string(record.channel)),
            ("start", .string(day(record.start))), ("end", .string(day(record.end))), ("cost", .number(record.cost)),
            ("revenue", .number(record.revenue)), ("roi", .number(campaign.roi)),
            ("cost_per_lead", optional(campaign.costPerLead)), ("cac", optional(campaign.cac)),
        ])
    }

    /// `{"campaign", "name", "channel", "flag": "redesign"|"doubtful", "reason", "evidence":
    /// {"roi_threshold", "consecutive", "reported_roi", "periods": [{"campaign", "start",
    /// "end", "cost", "revenue", "roi"}], "attributed": {"source", "roi", "roi_low",
    /// "roi_high"} or null}}`. A redesign's periods are the streak below the threshold,
    /// oldest first; a doubtful flag has none.
    public static func flagPayload(_ flag: CampaignFlag, day: (Int) -> String) -> JSONValue {
        let evidence = flag.evidence
        let periods: [JSONValue] = evidence.periods.map { period in
            .object([("campaign", .string(period.record.campaign)), ("start", .string(day(period.record.start))),
                     ("end", .string(day(period.record.end))), ("cost", .number(period.record.cost)),
                     ("revenue", .number(period.record.revenue)), ("roi", .number(period.roi))])
        }
        let attributed: JSONValue = evidence.attributed.map { interval in
            .object([("source", .string(interval.source)), ("roi", optional(interval.roi)),
                     ("roi_low", .number(interval.low)), ("roi_high", .number(interval.high))])
        } ?? .null
        return .object([
            ("campaign", .string(flag.campaign)), ("name", .string(flag.name)), ("channel", .string(flag.channel)),
            ("flag", .string(flag.kind.rawValue)), ("reason", .string(flag.reason)),
            ("evidence", .object([("roi_threshold", .number(evidence.threshold)),
                                  ("consecutive", .integer(evidence.consecutive)),
                                  ("reported_roi", .number(evidence.reportedROI)),
                                  ("periods", .array(periods)), ("attributed", attributed)])),
        ])
    }

    /// The payloads to store, keyed by campaign id: one per row (kind `campaign`) and one per
    /// flag (kind `campaign_flag`), in the review's order.
    public static func payloads(_ review: CampaignReview, day: (Int) -> String)
        -> (campaigns: [(key: String, value: JSONValue)], flags: [(key: String, value: JSONValue)]) {
        (review.campaigns.map { ($0.record.campaign, campaignPayload($0, day: day)) },
         review.flags.map { ($0.campaign, flagPayload($0, day: day)) })
    }

    /// `{"campaigns": [campaign payload], "flags": [flag payload], "notes": [string]}`,
    /// flagged campaigns first.
    public static func json(_ review: CampaignReview, day: (Int) -> String) -> String {
        JSONValue.object([
            ("campaigns", .array(review.campaigns.map { campaignPayload($0, day: day) })),
            ("flags", .array(review.flags.map { flagPayload($0, day: day) })),
            ("notes", .array(review.notes.map(JSONValue.string))),
        ]).text + "\n"
    }

    /// `campaign,name,channel,start,end,cost,revenue,leads,customers,roi,cost_per_lead,cac,
    /// flag,reason`, one row per campaign, flagged first; numbers with 17 significant digits,
    /// empty where a value does not apply.
    public static func csv(_ review: CampaignReview, day: (Int) -> String) -> String {
        let flags = Dictionary(review.flags.map { ($0.campaign, $0) }, uniquingKeysWith: { first, _ in first })
        var text = "campaign,name,channel,start,end,cost,revenue,leads,customers,roi,cost_per_lead,cac,flag,reason"
        for campaign in review.campaigns {
            let record = campaign.record
            let flag = flags[record.campaign]
            let fields = [CSVField.escape(record.campaign), CSVField.escape(record.name), CSVField.escape(record.channel),
                          day(record.start), day(record.end), NumberFormat.full(record.cost), NumberFormat.full(record.revenue),
                          record.leads.map(String.init) ?? "", record.customers.map(String.init) ?? "",
                          NumberFormat.full(campaign.roi), campaign.costPerLead.map(NumberFormat.full) ?? "",
                          campaign.cac.map(NumberFormat.full) ?? "", flag?.kind.rawValue ?? "",
                          CSVField.escape(flag?.reason ?? "")]
            text += "\n" + fields.joined(separator: ",")
        }
        return text + "\n"
    }

    /// A heading with the rule, the flags with their reasons, then a table of every campaign
    /// (flagged first) and the notes.
    public static func table(_ review: CampaignReview, day: (Int) -> String) -> String {
        let flags = Dictionary(review.flags.map { ($0.campaign, $0) }, uniquingKeysWith: { first, _ in first })
        let threshold = String(format: "%.4g%%", review.threshold * 100)
        var lines = ["Campaign review: \(review.campaigns.count) campaigns in \(review.series.count) series;"
                     + " redesign when ROI < \(threshold) in \(review.consecutive) consecutive period"
                     + "\(review.consecutive == 1 ? "" : "s") up to the latest", ""]
        if review.flags.isEmpty {
            lines.append("No campaign flagged.")
        } else {
            lines.append("Flags")
            for flag in review.flags {
                lines.append("  \(flag.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(flag.campaign): \(flag.reason)")
            }
        }
        let table = TextTable<(campaign: CampaignPerformance, start: String, end: String)> { row in
            let campaign = row.campaign, record = row.campaign.record
            return [Column(title: "campaign", value: record.campaign), Column(title: "name", value: record.name),
                    Column(title: "channel", value: record.channel), Column(title: "start", value: row.start),
                    Column(title: "end", value: row.end),
                    Column(title: "cost", value: AmountFormat.grouped(record.cost), align: .right),
                    Column(title: "revenue", value: AmountFormat.grouped(record.revenue), align: .right),
                    Column(title: "ROI", value: ThresholdPercent.text(campaign.roi, threshold: review.threshold), align: .right),
                    Column(title: "cost/lead", value: campaign.costPerLead.map(money) ?? "—", align: .right),
                    Column(title: "CAC", value: campaign.cac.map(money) ?? "—", align: .right),
                    Column(title: "flag", value: flags[record.campaign]?.kind.rawValue ?? "")]
        }
        let rows = review.campaigns.map { ($0, day($0.record.start), day($0.record.end)) }
        var text = table.string(for: rows, style: Style.simple) ?? ""
        while text.hasSuffix("\n") { text.removeLast() }
        lines += ["", text]
        if !review.notes.isEmpty { lines += [""] + review.notes }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Costs per lead or customer: whole units from 100 up, cents below.
    private static func money(_ value: Double) -> String {
        abs(value) >= 100 ? AmountFormat.grouped(value) : String(format: "%.2f", value)
    }

    private static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
}
