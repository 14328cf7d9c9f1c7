import Attribution
import Pipeline
import Store
import Tabular

/// The files of `kpi campaigns` read into campaign records and model-attributed intervals,
/// every row remembering its file and line for messages.
enum CampaignsInput {
    /// Reads a campaigns table: `campaign,name,channel,start,end,cost,revenue` and optionally
    /// `leads,customers` (whole numbers), as the store's `campaigns` dataset.
    static func records(path: String) throws -> [CampaignRecord] {
        let table = try CSVFile.read(path: path)
        let ids = try table.requiredText("campaign"), names = try table.requiredText("name")
        let channels = try table.requiredText("channel")
        let starts = try table.days("start"), ends = try table.days("end")
        let costs = try table.requiredNumbers("cost"), revenues = try table.requiredNumbers("revenue")
        let leads = try table.counts("leads"), customers = try table.counts("customers")
        return ids.indices.map { row in
            CampaignRecord(campaign: ids[row], name: names[row], channel: channels[row],
                           start: starts[row].daysSinceEpoch, end: ends[row].daysSinceEpoch, cost: costs[row],
                           revenue: revenues[row], leads: leads[row], customers: customers[row],
                           origin: "\(table.source), line \(table.lineNumbers[row])")
        }
    }

    /// Reads model-attributed intervals: `campaign` with `roi_low,roi_high` (and optionally
    /// `roi`), or with `revenue_low,revenue_high` (and optionally `revenue`), turned into ROI
    /// with the campaign's cost; optionally `source` (by default the file's name).
    static func attributed(path: String, campaigns: [CampaignRecord]) throws -> [AttributedROI] {
        let table = try CSVFile.read(path: path)
        let ids = try table.requiredText("campaign")
        let sources = table.hasColumn("source") ? try table.textColumn("source") : ids.map { _ in nil }
        let cost = Dictionary(campaigns.map { ($0.campaign, $0.cost) }, uniquingKeysWith: { first, _ in first })
        let byRevenue = !table.hasColumn("roi_low") && table.hasColumn("revenue_low")
        let prefix = byRevenue ? "revenue" : "roi"
        let lows = try table.requiredNumbers("\(prefix)_low"), highs = try table.requiredNumbers("\(prefix)_high")
        let points = table.hasColumn(prefix) ? try table.numericColumn(prefix) : ids.map { _ in nil }
        return try ids.indices.map { row in
            let origin = "\(table.source), line \(table.lineNumbers[row])"
            let source = sources[row] ?? table.source
            guard byRevenue else {
                return AttributedROI(campaign: ids[row], roi: points[row], low: lows[row], high: highs[row],
                                     source: source, origin: origin)
            }
            guard let cost = cost[ids[row]] else {
                throw InputError("\(table.place(row: row, column: "campaign")): no campaign \"\(ids[row])\" in the campaigns table")
            }
            return AttributedROI(campaign: ids[row], revenue: points[row], revenueLow: lows[row], revenueHigh: highs[row],
                                 cost: cost, source: source, origin: origin)
        }
    }
}

extension Table {
    /// An optional column of whole numbers; an absent column or an empty cell gives `nil`.
    func counts(_ column: String) throws -> [Int?] {
        guard hasColumn(column) else { return Array(repeating: nil, count: rowCount) }
        let cells = try rawColumn(column)
        return try numericColumn(column).enumerated().map { row, cell in
            guard let cell else { return nil }
            guard let count = Int(exactly: cell) else {
                throw InputError("\(place(row: row, column: column)): \"\(cells[row])\" is not a whole number")
            }
            return count
        }
    }
}
