import Foundation
import Testing
@testable import Forecasting

@Suite("Ensemble and batches")
struct EnsembleTests {
    @Test func combineAverages() {
        let a = Forecast(method: "a", mean: [1, 2], intervals: [PredictionInterval(level: 0.9, lower: [0, 0], upper: [2, 4])])
        let b = Forecast(method: "b", mean: [3, 6], intervals: [PredictionInterval(level: 0.9, lower: [2, 2], upper: [4, 8])])
        let combined = Ensemble.combine([a, b], method: "ab")
        #expect(combined.mean == [2, 4])
        #expect(combined.intervals[0].lower == [1, 1] && combined.intervals[0].upper == [3, 6])
    }

    /// The ensemble is the mean of its three members.
    @Test func ensembleOfMembers() throws {
        let series = try TimeSeries(n0001)
        let ensemble = try ForecastMethod.ensemble.forecast(series, horizon: 4)
        let members = try [ForecastMethod.autoETS, .dampedETS, .theta].map { try $0.forecast(series, horizon: 4) }
        let expected = (0..<4).map { h in members.reduce(0) { $0 + $1.mean[h] } / 3 }
        #expect(close(ensemble.mean, expected, relative: 1e-12))
        #expect(ensemble.method.hasPrefix("ensemble("))
    }

    /// Concurrent batches equal sequential forecasts and keep the order; a bad series fails
    /// alone.
    @Test func batchMatchesSequential() async throws {
        let series = try (0..<6).map { k in try TimeSeries(n0001.map { $0 * Double(k + 1) }, name: "s\(k)") }
        let batch = await ForecastMethod.autoETS.forecast(batch: series, horizon: 3, maxConcurrency: 2)
        for (item, result) in zip(series, batch) {
            #expect(try result.get() == ForecastMethod.autoETS.forecast(item, horizon: 3))
        }
        let failing = await ForecastMethod.naive.forecast(batch: series, horizon: 0)
        #expect(failing.allSatisfy { if case .failure = $0 { true } else { false } })
    }
}
