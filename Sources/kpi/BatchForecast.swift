import Dispatch
import Forecasting
import Foundation

/// Runs the engine's concurrent batch forecasting from a synchronous command, a chunk of
/// series at a time, and draws a progress bar on standard error between chunks when it is a
/// terminal (``ProgressBar``).
enum BatchForecast {
    /// The results in the order of `series`.
    static func run(_ method: ForecastMethod, series: [TimeSeries], horizon: Int, levels: [Double], quiet: Bool = false)
        -> [Result<Forecast, any Error>] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunk = max(4 * cores, 8)
        let progress = series.count > chunk ? ProgressBar(label: "forecasting", total: series.count, unit: "series", quiet: quiet) : nil
        var results: [Result<Forecast, any Error>] = []
        results.reserveCapacity(series.count)
        var start = 0
        while start < series.count {
            let part = Array(series[start..<min(start + chunk, series.count)])
            let box = ResultBox()
            let semaphore = DispatchSemaphore(value: 0)
            Task.detached {
                box.results = await method.forecast(batch: part, horizon: horizon, levels: levels, maxConcurrency: cores)
                semaphore.signal()
            }
            semaphore.wait()
            results += box.results
            start += part.count
            progress?.show(done: start)
        }
        progress?.finish()
        return results
    }
}

/// Hands a chunk's results from the task to the waiting thread; the semaphore orders the
/// accesses.
private final class ResultBox: @unchecked Sendable {
    var results: [Result<Forecast, any Error>] = []
}
