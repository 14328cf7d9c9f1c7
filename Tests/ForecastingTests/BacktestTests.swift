import Foundation
import Testing
@testable import Forecasting

@Suite("Rolling-origin backtest")
struct BacktestTests {
    /// y = 1…10 with horizon 2 from 6 observations: origins 6, 7, 8. The drift method is exact
    /// on a line, the naive method misses by 1 and 2.
    @Test func originsAndScores() throws {
        let series = try TimeSeries((1...10).map(Double.init))
        let backtest = RollingOriginBacktest(horizon: 2, minimumTrainingSize: 6)
        let drift = try backtest.run(.drift, on: series)
        #expect(drift.origins.map(\.trainingSize) == [6, 7, 8])
        #expect(drift.meanSMAPE < 1e-12)
        let naive = try backtest.run(.naive, on: series)
        #expect(naive.origins[0].actual == [7, 8])
        #expect(naive.origins[0].forecast.mean == [6, 6])
        // MAE 1.5 over an in-sample naive scale of 1.
        #expect(naive.meanMASE == 1.5)
        #expect(naive.meanCoverage.count == 2)
    }

    @Test func stepsAndLimits() throws {
        let series = try TimeSeries((1...10).map(Double.init))
        let result = try RollingOriginBacktest(horizon: 1, minimumTrainingSize: 3, step: 3).run(.naive, on: series)
        #expect(result.origins.map(\.trainingSize) == [3, 6, 9])
        #expect(throws: ForecastingError.seriesTooShort(series: "series", method: "a rolling-origin backtest", count: 10, required: 12)) {
            try RollingOriginBacktest(horizon: 4, minimumTrainingSize: 8).run(.naive, on: series)
        }
    }
}
