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

    /// Two years of a strong monthly season (high winters, low summers, 2% noise): the ETS
    /// selection finds the season and Theta's own test cannot yet (it needs more than two
    /// years), so Theta is adjusted as ETS decided, and the average keeps the season instead of
    /// halving it (the June forecast was 947 for a June of about 500).
    @Test func everyMemberKeepsTheSeasonETSFinds() throws {
        let season = [1.5, 1.2, 1.0, 0.8, 0.6, 0.5, 0.5, 0.7, 0.9, 1.1, 1.4, 1.8]
        var generator = SeededGenerator(seed: 5)
        let values = (0..<36).map { 1000 * season[$0 % 12] * (1 + 0.02 * generator.nextGaussian()) }
        let series = try TimeSeries(Array(values.prefix(24)), seasonalPeriod: 12)
        #expect(!ThetaMethod.isSeasonal(series))
        let forecast = try ForecastMethod.ensemble.forecast(series, horizon: 12)
        let errors = zip(forecast.mean, values.suffix(12)).map { abs($0 - $1) / $1 }
        #expect(errors.reduce(0, +) / 12 < 0.05, "\(forecast.method): \(forecast.mean)")
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
