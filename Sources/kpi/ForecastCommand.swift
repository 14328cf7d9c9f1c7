import ArgumentParser
import Forecasting
import Foundation
import Report
import Tabular

/// `kpi forecast`: forecast many series given in long format.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast many time series with prediction intervals.",
        discussion: """
            The CSV file holds one row per series and time (long format). Times are dates \
            (YYYY-MM-DD; monthly when each series' dates fall on one day of the month, or on month ends) or integers; each \
            series is sorted by time and must have no gaps. Series are forecast in parallel.

            Methods: auto (the ensemble, which falls back to simpler methods on short series), \
            ets (exponential smoothing chosen by AICc), theta, naive, snaive (seasonal naive), \
            drift, ensemble (auto-ETS, Theta and damped ETS averaged). The model column says \
            what each series got. --season defaults to 7 for daily, 12 for monthly and 4 for \
            quarterly dates, else 1.

            Example:
              kpi forecast weekly.csv --id rep --time week --value revenue --horizon 8 --format csv
            """)

    @Argument(help: "CSV file in long format ('-' reads standard input).")
    var series: String

    @Option(help: "Column naming the series.")
    var id: String

    @Option(help: "Column of times: dates (YYYY-MM-DD) or integers.")
    var time: String

    @Option(help: "Column of values.")
    var value: String

    @Option(parsing: .unconditional, help: "Steps to forecast.")
    var horizon: Int

    @Option(parsing: .unconditional, help: "Seasonal period (observations per cycle).")
    var season: Int?

    @Option(help: "Method: auto, ets, theta, naive, snaive, drift or ensemble.")
    var method: MethodChoice = .auto

    @Option(help: "Interval levels in percent, comma-separated.")
    var level: String = "80,95"

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Flag(help: "Draw no progress bar (one is drawn only on a terminal, for many series).")
    var quiet = false

    /// The longest horizon and seasonal period taken: ten thousand steps (a daily series'
    /// 27 years), far beyond what a forecast can say, and short enough to compute in seconds.
    static let longest = 10_000

    func validate() throws {
        guard (1...Self.longest).contains(horizon) else { throw ValidationError("--horizon must be 1 to \(Self.longest) steps") }
        if let season, !(1...Self.longest).contains(season) { throw ValidationError("--season must be 1 to \(Self.longest) observations") }
        _ = try LevelList.parse(level)
    }

    func run() throws {
        let levels = try LevelList.parse(level)
        let input = try LongSeries(table: try CSVFile.read(path: series), id: id, time: time, value: value)
        let period = season ?? input.axis.defaultSeasonalPeriod
        let timeSeries = try input.entries.map { try TimeSeries($0.values, seasonalPeriod: period, name: $0.id) }
        let results = BatchForecast.run(method.engine, series: timeSeries, horizon: horizon, levels: levels, quiet: quiet)
        let forecasts = try zip(input.entries, results).map { entry, result in
            LabelledForecast(id: entry.id, observations: entry.values.count,
                             times: input.futureLabels(after: entry, horizon: horizon), forecast: try result.get())
        }
        let output: String
        switch format {
        case .table: output = ForecastRendering.table(forecasts, levels: levels)
        case .json: output = ForecastRendering.json(forecasts, method: method.rawValue, horizon: horizon,
                                                    seasonalPeriod: period, levels: levels)
        case .csv: output = ForecastRendering.csv(forecasts, levels: levels)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// The `--method` choices and the engine's method behind each.
enum MethodChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, ets, theta, naive, snaive, drift, ensemble

    var engine: ForecastMethod {
        switch self {
        case .auto, .ensemble: return .ensemble
        case .ets: return .autoETS
        case .theta: return .theta
        case .naive: return .naive
        case .snaive: return .seasonalNaive
        case .drift: return .drift
        }
    }
}
