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

    /// One line per owner: the campaigns counted and each KPI computed.
    static func table(_ values: [CampaignKPI]) -> String {
        var owners: [String] = []
        for value in values where !owners.contains(value.entity) { owners.append(value.entity) }
        let rows = owners.map { owner in values.filter { $0.entity == owner } }
        let table = TextTable<[CampaignKPI]> { row in
            let value = { (kpi: String) in row.first { $0.kpi == kpi } }
            var campaigns: [String] = []
            for part in row.flatMap(\.parts) where !campaigns.contains(part.campaign) { campaigns.append(part.campaign) }
            let rate = value("sales_contribution_rate").map { item -> String in
                let parts = item.parts.compactMap { part in part.low.flatMap { low in part.high.map { (low, $0) } } }
                guard parts.count == 1, let (low, high) = parts.first else { return String(format: "%.2f%%", item.value) }
                return String(format: "%.2f%% (%.2f%% to %.2f%%)", item.value, low, high)
            }
            return [Column(title: "person", value: row.first?.entity ?? ""),
                    Column(title: "campaigns", value: campaigns.joined(separator: " ")),
                    Column(title: "ROI", value: value("campaign_roi").map { String(format: "%.1f%%", $0.value) } ?? "", align: .right),
                    Column(title: "cost per lead", value: value("cost_per_lead").map { String(format: "%.2f", $0.value) } ?? "", align: .right),
                    Column(title: "sales contribution rate", value: rate ?? "", align: .right)]
        }
        return table.string(for: rows, style: Style.simple) ?? ""
    }
}
