import Foundation
import Report
import TextTable

/// The stored payload and the terminal table of the campaign owners' KPIs.
enum CampaignKPIRendering {
    /// Kind `campaign_kpi`, key `entity/kpi`: `{"entity", "kpi", "period", "value", "campaigns":
    /// [{"campaign", "cost", "value", "low", "high"}]}` (`low` and `high` only for estimated
    /// values).
    static func jsonValue(_ item: CampaignKPI) -> JSONValue {
        .object([
            ("entity", .string(item.entity)), ("kpi", .string(item.kpi)), ("period", .string(item.period)),
            ("value", .number(item.value)),
            ("campaigns", .array(item.parts.map { part in
                var fields: [(String, JSONValue)] = [("campaign", .string(part.campaign)), ("cost", .number(part.cost)),
                                                     ("value", .number(part.value))]
                if let low = part.low, let high = part.high { fields += [("low", .number(low)), ("high", .number(high))] }
                return .object(fields)
            })),
        ])
    }

    /// One line per owner: the campaigns counted and each KPI computed (blank where there was
    /// nothing to compute it from); a rate with its interval at `level` when one campaign gave it.
    static func table(_ values: [CampaignKPI], level: String) -> String {
        var owners: [String] = []
        for value in values where !owners.contains(value.entity) { owners.append(value.entity) }
        let rows = owners.map { owner in values.filter { $0.entity == owner } }
        // Two decimals, or two significant digits for the small fractions of a percent rates often are.
        let percent = { (value: Double) in String(format: abs(value) >= 0.1 ? "%.2f%%" : "%.2g%%", value) }
        let table = TextTable<[CampaignKPI]> { row in
            let value = { (kpi: String) in row.first { $0.kpi == kpi } }
            var campaigns: [String] = []
            for part in row.flatMap(\.parts) where !campaigns.contains(part.campaign) { campaigns.append(part.campaign) }
            let rate = value("sales_contribution_rate").map { item -> String in
                guard item.parts.count == 1, let low = item.parts[0].low, let high = item.parts[0].high else { return percent(item.value) }
                return "\(percent(item.value)) (\(percent(low)) to \(percent(high)))"
            }
            return [Column(title: "person", value: row.first?.entity ?? ""),
                    Column(title: "campaigns", value: campaigns.joined(separator: " ")),
                    Column(title: "ROI", value: value("campaign_roi").map { String(format: "%.1f%%", $0.value) } ?? "", align: .right),
                    Column(title: "cost per lead", value: value("cost_per_lead").map { String(format: "%.2f", $0.value) } ?? "", align: .right),
                    Column(title: "sales contribution rate (\(level)%)", value: rate ?? "", align: .right)]
        }
        var text = table.string(for: rows, style: Style.simple) ?? ""
        if rows.contains(where: { $0.count < CampaignKPI.names.count }) {
            text += "blank: nothing to compute it from; a supplied value, if any, is scored\n"
        }
        return text
    }
}
