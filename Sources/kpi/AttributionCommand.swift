import ArgumentParser
import Attribution
import Foundation
import Pipeline
import Report
import Store
import Tabular

/// `kpi attribution`: a marketing-mix model of weekly sales and media spend.
struct AttributionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribution",
        abstract: "Marketing-mix model: each channel's contribution, ROAS and marginal ROAS with intervals, and the marketing impact coefficient.",
        discussion: """
            DATA is a CSV with one row per week (consecutive weeks, 7 days apart): a date column, \
            the KPI (sales), one spend column per channel, and optionally control columns (price, \
            competitor sales …) and event columns (0/1, or text labels: each label other than \
            na/none/empty becomes an event). The model is sales = intercept + trend + yearly \
            seasonality + events + controls + Σ β·saturation(adstock(spend)), β ≥ 0; the carry-over, \
            saturation and ridge hyperparameters are searched by cross-validation from seeded \
            starts, and intervals come from block-bootstrap refits. The same data and --seed give \
            the same result.

            With --from and --to, the report adds the impact of marketing on sales growth in those \
            weeks against as many weeks before; with --campaign CHANNEL as well, that channel's \
            sales contribution rate (sales growth rate × its impact coefficient).

            --format csv prints the weekly decomposition.

            Example:
              kpi attribution marketing_weeks.csv --date week --kpi sales --channels tv,search,social,email --controls price --events promo
            """)

    @Argument(help: "Weekly data (CSV); - reads standard input.")
    var data: String

    @Option(help: "The column of week dates (YYYY-MM-DD).")
    var date: String

    @Option(help: "The column of the KPI (sales) to explain.")
    var kpi: String

    @Option(help: "Spend columns, comma-separated.")
    var channels: String

    @Option(help: "Control columns, comma-separated.")
    var controls: String?

    @Option(help: "Event columns, comma-separated.")
    var events: String?

    @Option(help: "Carry-over: geometric, weibull (density: the peak may come later) or weibull-cdf.")
    var adstock: AdstockChoice = .geometric

    @Option(help: "Diminishing returns: logistic or hill.")
    var saturation: SaturationChoice = .logistic

    @Option(name: .customLong("max-lag"), parsing: .unconditional, help: "Weeks of carry-over.")
    var maxLag = 12

    @Option(name: .customLong("fourier-order"), parsing: .unconditional, help: "Sine-cosine pairs of the yearly season (0 for none).")
    var fourierOrder = 3

    @Option(parsing: .unconditional, help: "Level of the intervals, in percent.")
    var level: Double = 90

    @Option(parsing: .unconditional, help: "Block-bootstrap refits behind the intervals.")
    var replicates = 100

    @Option(parsing: .unconditional, help: "Seed of the search's restarts and of the bootstrap.")
    var seed: UInt64 = 1

    @Option(help: "First week of a window whose sales growth to attribute (YYYY-MM-DD).")
    var from: Day?

    @Option(help: "Last week of that window (YYYY-MM-DD).")
    var to: Day?

    @Option(help: "A channel whose campaign ran in --from … --to: prints its sales contribution rate.")
    var campaign: String?

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        guard level > 0, level < 100 else { throw ValidationError("--level must be between 0 and 100, e.g. 90") }
        guard (1...104).contains(maxLag) else { throw ValidationError("--max-lag must be 1 to 104 weeks") }
        guard (0...10).contains(fourierOrder) else { throw ValidationError("--fourier-order must be 0 to 10") }
        guard replicates == 0 || replicates >= 20 else { throw ValidationError("--replicates must be 0 or at least 20") }
        guard (from == nil) == (to == nil) else { throw ValidationError("--from and --to go together") }
        if let from, let to, to < from { throw ValidationError("--to must not come before --from") }
        if campaign != nil, from == nil { throw ValidationError("--campaign needs --from and --to: the weeks it ran") }
        if names(channels).isEmpty { throw ValidationError("--channels needs at least one column") }
        if let campaign, !names(channels).contains(campaign) {
            throw ValidationError("--campaign \(campaign) is not one of --channels")
        }
    }

    func run() throws {
        let table = try CSVFile.read(path: data)
        let input = try MarketingInput(table: table, date: date, kpi: kpi, channels: names(channels),
                                       controls: names(controls ?? ""), events: names(events ?? ""))
        var configuration = MarketingMixConfiguration()
        configuration.adstock = adstock.kind
        configuration.saturation = saturation.kind
        configuration.maxLag = maxLag
        configuration.fourierOrder = fourierOrder
        configuration.level = level >= 1 ? level / 100 : level
        configuration.bootstrapReplicates = replicates
        configuration.seed = seed
        let result = try MarketingMixModel.fit(data: input.data, configuration: configuration)
        var growth: GrowthImpact?, rate: SalesContributionRate?
        if let from, let to {
            growth = try result.growthImpact(from: from.daysSinceEpoch, through: to.daysSinceEpoch)
            if let campaign {
                rate = try result.salesContributionRate(channel: campaign, from: from.daysSinceEpoch, through: to.daysSinceEpoch)
            }
        }
        for warning in input.warnings + result.warnings {
            FileHandle.standardError.write(Data("kpi: warning: \(warning)\n".utf8))
        }
        let output: String
        switch format {
        case .table: output = AttributionRendering.table(result, kpi: kpi, growth: growth, campaign: rate, readingWarnings: input.warnings)
        case .json: output = AttributionRendering.json(result, growth: growth, campaign: rate, readingWarnings: input.warnings)
        case .csv: output = AttributionRendering.csv(result)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private func names(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// `--adstock` values.
enum AdstockChoice: String, ExpressibleByArgument, CaseIterable {
    case geometric, weibull
    case weibullCDF = "weibull-cdf"
    case weibullPDF = "weibull-pdf"

    var kind: Adstock.Kind {
        switch self {
        case .geometric: .geometric
        case .weibull, .weibullPDF: .weibullPDF
        case .weibullCDF: .weibullCDF
        }
    }
}

/// `--saturation` values.
enum SaturationChoice: String, ExpressibleByArgument, CaseIterable {
    case logistic, hill

    var kind: Saturation.Kind { self == .hill ? .hill : .logistic }
}
