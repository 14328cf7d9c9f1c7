import Foundation

extension ForecastMethod {
    /// Forecasts many series concurrently, keeping at most `maxConcurrency` series in flight.
    ///
    /// Series are independent, so the work spreads over cores with a task group; results come
    /// back in the order of `series`, each a forecast or the error that series raised (one bad
    /// series does not stop the others). The results equal those of ``forecast(_:horizon:levels:)``
    /// called one by one.
    public func forecast(batch series: [TimeSeries], horizon: Int, levels: [Double] = [0.8, 0.95],
                         maxConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount) async
        -> [Result<Forecast, any Error>] {
        var results = [Result<Forecast, any Error>?](repeating: nil, count: series.count)
        await withTaskGroup(of: (Int, Result<Forecast, any Error>).self) { group in
            var next = 0
            func submit() {
                let index = next, item = series[index]
                group.addTask {
                    (index, Result { try self.forecast(item, horizon: horizon, levels: levels) })
                }
                next += 1
            }
            while next < min(max(maxConcurrency, 1), series.count) { submit() }
            for await (index, result) in group {
                results[index] = result
                if next < series.count { submit() }
            }
        }
        // Every index was submitted once and stored once.
        return results.compactMap { $0 }
    }
}
