// Mean sMAPE and MASE of every forecasting method on every data set of a directory (the M3
// yearly and "other" series in data/ by default; see DataSet for the file names), with the
// time each method takes on one core (series one after another) and, for the whole batch, on
// all cores through the task-group API; then sMAPE and MASE on a validation split of the
// training data.
//
//   swift run -c release forecast-bench [DATA_DIRECTORY]
//   swift run -c release forecast-bench --per-series NAME [DATA_DIRECTORY]
//
// NAME is a data set's name (synthetic_monthly) or its label in the tables (yearly).
import Forecasting
import Foundation

let perSeries: String? = CommandLine.arguments.count > 2 && CommandLine.arguments[1] == "--per-series"
    ? CommandLine.arguments[2] : nil
let arguments = Array(CommandLine.arguments.dropFirst(perSeries == nil ? 1 : 3))
let directory = !arguments.isEmpty
    ? URL(fileURLWithPath: arguments[0])
    : URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data")

/// No prediction intervals: point forecasts only, as statsforecast is asked for them (and as
/// the accuracy measures use them).
let pointsOnly: [Double] = []

/// Seconds of CPU time used by this process so far.
func cpuSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

func run() async throws {
    let dataSets = try DataSet.all(in: directory)
    if let perSeries {
        guard let dataSet = dataSets.first(where: { $0.name == perSeries || $0.label == perSeries }) else {
            throw BenchmarkError.data("no data set '\(perSeries)' in \(directory.path); use one of "
                                      + dataSets.map(\.label).joined(separator: ", "))
        }
        return try PerSeries.print(dataSet)
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("| frequency | series | method | mean sMAPE | mean MASE | CPU s (1 core) | wall s (1 core) | wall s (\(cores) cores) |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for dataSet in dataSets {
        for method in ForecastMethod.allCases {
            let started = Date(), cpuStarted = cpuSeconds()
            var smape = 0.0, mase = 0.0
            for (series, actual) in zip(dataSet.training, dataSet.holdout) {
                let forecast = try method.forecast(series, horizon: dataSet.horizon, levels: pointsOnly)
                smape += try Accuracy.smape(actual: actual, forecast: forecast.mean)
                mase += try Accuracy.mase(actual: actual, forecast: forecast.mean, insample: series.values,
                                          seasonalPeriod: dataSet.seasonalPeriod)
            }
            let wall = Date().timeIntervalSince(started), cpu = cpuSeconds() - cpuStarted
            let parallelStarted = Date()
            let batch = await method.forecast(batch: dataSet.training, horizon: dataSet.horizon, levels: pointsOnly)
            let parallel = Date().timeIntervalSince(parallelStarted)
            for result in batch { _ = try result.get() }
            let count = Double(dataSet.training.count)
            print("| \(dataSet.label) | \(dataSet.training.count) | \(method) | "
                  + String(format: "%.2f | %.3f | %.3f | %.3f | %.3f |", smape / count, mase / count, cpu, wall, parallel))
        }
    }
    // The last h observations of each training series held out: a check that uses no holdout data.
    print("\n| frequency | split | method | mean sMAPE | mean MASE |\n|---|---|---|---:|---:|")
    for dataSet in dataSets {
        for method in ForecastMethod.allCases {
            var smape = 0.0, mase = 0.0
            for series in dataSet.training {
                let fit = try TimeSeries(Array(series.values.dropLast(dataSet.horizon)),
                                         seasonalPeriod: series.seasonalPeriod, name: series.name)
                let forecast = try method.forecast(fit, horizon: dataSet.horizon, levels: pointsOnly)
                let actual = Array(series.values.suffix(dataSet.horizon))
                smape += try Accuracy.smape(actual: actual, forecast: forecast.mean)
                mase += try Accuracy.mase(actual: actual, forecast: forecast.mean, insample: fit.values,
                                          seasonalPeriod: dataSet.seasonalPeriod)
            }
            let count = Double(dataSet.training.count)
            print("| \(dataSet.label) | validation | \(method) | "
                  + String(format: "%.2f | %.3f |", smape / count, mase / count))
        }
    }
}

do {
    try await run()
} catch {
    FileHandle.standardError.write(Data("forecast-bench: \(error)\n".utf8))
    exit(1)
}
