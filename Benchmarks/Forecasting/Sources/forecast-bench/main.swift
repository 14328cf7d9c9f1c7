// Mean sMAPE and MASE of every forecasting method on the M3 yearly and "other" series, with
// the time each method takes on one core (series one after another) and, for the whole
// batch, on all cores through the task-group API; then sMAPE and MASE on a validation split of the
// training data.
//
//   swift run -c release forecast-bench [DATA_DIRECTORY]
//   swift run -c release forecast-bench --per-series yearly|other [DATA_DIRECTORY]
import Forecasting
import Foundation

let perSeries: String? = CommandLine.arguments.count > 2 && CommandLine.arguments[1] == "--per-series"
    ? CommandLine.arguments[2] : nil
let arguments = Array(CommandLine.arguments.dropFirst(perSeries == nil ? 1 : 3))
let directory = !arguments.isEmpty
    ? URL(fileURLWithPath: arguments[0])
    : URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data")

/// Seconds of CPU time used by this process so far.
func cpuSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

func run() async throws {
    let frequencies = [
        try M3Frequency(name: "yearly", horizon: 6, seasonalPeriod: 1, directory: directory),
        try M3Frequency(name: "other", horizon: 8, seasonalPeriod: 1, directory: directory),
    ]
    if let perSeries {
        guard let frequency = frequencies.first(where: { $0.name == perSeries }) else {
            throw BenchmarkError.data("no frequency '\(perSeries)'; use yearly or other")
        }
        return try PerSeries.print(frequency)
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("| frequency | series | method | mean sMAPE | mean MASE | CPU s (1 core) | wall s (1 core) | wall s (\(cores) cores) |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for frequency in frequencies {
        for method in ForecastMethod.allCases {
            let started = Date(), cpuStarted = cpuSeconds()
            var smape = 0.0, mase = 0.0
            for (series, actual) in zip(frequency.training, frequency.holdout) {
                let forecast = try method.forecast(series, horizon: frequency.horizon)
                smape += try Accuracy.smape(actual: actual, forecast: forecast.mean)
                mase += try Accuracy.mase(actual: actual, forecast: forecast.mean, insample: series.values,
                                          seasonalPeriod: frequency.seasonalPeriod)
            }
            let wall = Date().timeIntervalSince(started), cpu = cpuSeconds() - cpuStarted
            let parallelStarted = Date()
            let batch = await method.forecast(batch: frequency.training, horizon: frequency.horizon)
            let parallel = Date().timeIntervalSince(parallelStarted)
            for result in batch { _ = try result.get() }
            let count = Double(frequency.training.count)
            print("| \(frequency.name) | \(frequency.training.count) | \(method) | "
                  + String(format: "%.2f | %.3f | %.3f | %.3f | %.3f |", smape / count, mase / count, cpu, wall, parallel))
        }
    }
    // The last h observations of each training series held out: a check that uses no holdout data.
    print("\n| frequency | split | method | mean sMAPE | mean MASE |\n|---|---|---|---:|---:|")
    for frequency in frequencies {
        for method in ForecastMethod.allCases {
            var smape = 0.0, mase = 0.0
            for series in frequency.training {
                let fit = try TimeSeries(Array(series.values.dropLast(frequency.horizon)),
                                         seasonalPeriod: series.seasonalPeriod, name: series.name)
                let forecast = try method.forecast(fit, horizon: frequency.horizon)
                let actual = Array(series.values.suffix(frequency.horizon))
                smape += try Accuracy.smape(actual: actual, forecast: forecast.mean)
                mase += try Accuracy.mase(actual: actual, forecast: forecast.mean, insample: fit.values,
                                          seasonalPeriod: frequency.seasonalPeriod)
            }
            let count = Double(frequency.training.count)
            print("| \(frequency.name) | validation | \(method) | "
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
