import ArgumentParser
import Attribution
import Foundation
import Report
import Store

/// `kpi campaigns`: campaign ROI, cost per lead and CAC, and the campaigns that need a
/// redesign.
struct CampaignsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaigns",
        abstract: "Campaign ROI, cost per lead and CAC, with the campaigns whose ROI stays too low flagged first.",
        discussion: """
            The campaigns table has the columns of the store's campaigns dataset: campaign (an id, \
            unique), name, channel, start, end (YYYY-MM-DD), cost (above zero), revenue, and \
            optionally leads and customers (whole numbers). ROI = (revenue − cost) ÷ cost; cost per \
            lead = cost ÷ leads; CAC = cost ÷ customers, left empty (with a note) when the count is \
            missing or zero.

            Consecutive periods: rows with the same name and channel (case and surrounding \
            spaces aside) are the periods of one \
            recurring campaign — its quarterly flights, or the months of an always-on campaign — \
            each with its own id, ordered by start date. A campaign needs a redesign when its ROI \
            is below --roi-threshold in at least --consecutive periods in a row up to its latest \
            one; a latest period at or above the threshold clears it, and a gap in time between \
            periods does not break the run. The flag is keyed by the latest period's id.

            With --attributed (campaign with roi_low,roi_high or revenue_low,revenue_high, \
            optionally roi or revenue and source), a campaign whose model-attributed ROI stays below \
            the threshold even at the interval's high bound is flagged doubtful.

            Examples:
              kpi campaigns notebooks-data/campaigns.csv
              cat campaigns.csv | kpi campaigns - --roi-threshold 10% --consecutive 3
            """)

    @Argument(help: "Campaigns: CSV with columns campaign,name,channel,start,end,cost,revenue[,leads,customers]; - reads standard input.")
    var campaigns: String

    @Option(name: .customLong("roi-threshold"), parsing: .unconditional, help: "The ROI below which a period is weak, as a ratio (0.05) or a percentage (5%).")
    var roiThreshold: String = "0.05"

    @Option(parsing: .unconditional, help: "Consecutive weak periods, up to the latest, that make a redesign.")
    var consecutive: Int = CampaignReview.defaultConsecutive

    @Option(help: "Model-attributed ROI intervals: CSV with columns campaign,roi_low,roi_high (or revenue_low,revenue_high).")
    var attributed: String?

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        _ = try threshold()
        guard consecutive >= 1 else { throw ValidationError("--consecutive must be at least 1") }
        if attributed == "-", campaigns == "-" { throw ValidationError("only one of the files can be read from standard input") }
    }

    func run() throws {
        let records = try CampaignsInput.records(path: campaigns)
        let intervals = try attributed.map { try CampaignsInput.attributed(path: $0, campaigns: records) } ?? []
        let review = try CampaignReview(records, threshold: try threshold(), consecutive: consecutive, attributed: intervals)
        let day = { (number: Int) in Day(daysSinceEpoch: number).description }
        let output: String
        switch format {
        case .table: output = CampaignRendering.table(review, day: day)
        case .json: output = CampaignRendering.json(review, day: day)
        case .csv: output = CampaignRendering.csv(review, day: day)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// `--roi-threshold` as a ratio: `0.05` and `5%` are the same.
    private func threshold() throws -> Double {
        let text = roiThreshold.trimmingCharacters(in: .whitespaces)
        let percent = text.hasSuffix("%")
        guard let number = Double(percent ? String(text.dropLast()) : text), number.isFinite else {
            throw ValidationError("--roi-threshold: \"\(roiThreshold)\" is not a ratio such as 0.05 or a percentage such as 5%")
        }
        return percent ? number / 100 : number
    }
}
