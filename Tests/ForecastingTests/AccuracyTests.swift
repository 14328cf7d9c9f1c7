import Foundation
import Testing
@testable import Forecasting

@Suite("Accuracy measures")
struct AccuracyTests {
    /// sMAPE of (100, 200) against (110, 180): (200·10/210 + 200·20/380)/2.
    @Test func smape() throws {
        let value = try Accuracy.smape(actual: [100, 200], forecast: [110, 180])
        #expect(abs(value - (2000.0 / 210 + 4000.0 / 380) / 2) < 1e-12)
        #expect(try Accuracy.smape(actual: [0, 5], forecast: [0, 5]) == 0)
        #expect(try Accuracy.smape(actual: [1], forecast: [-1]) == 200)
    }

    /// In-sample (1, 3, 2, 5): naive changes 2, −1, 3, so the MASE scale is 2 and the RMSSE
    /// scale 14/3. Errors (1, −1): MAE 1, MSE 1.
    @Test func scaledErrors() throws {
        let insample: [Double] = [1, 3, 2, 5]
        #expect(try Accuracy.mase(actual: [6, 4], forecast: [5, 5], insample: insample) == 0.5)
        let rmsse = try Accuracy.rmsse(actual: [6, 4], forecast: [5, 5], insample: insample)
        #expect(abs(rmsse - (3.0 / 14).squareRoot()) < 1e-15)
        // Seasonal scaling with m = 2: changes 1, 2; scale 1.5.
        #expect(abs(try Accuracy.mase(actual: [6, 4], forecast: [5, 5], insample: insample, seasonalPeriod: 2) - 1 / 1.5) < 1e-15)
    }

    /// Three points against (0, 2), (6, 7), (8, 9) at 80%: only the first is covered; the
    /// Winkler scores are 2, 1 + (2/0.2)·1, 1 + (2/0.2)·1, mean 8.
    @Test func intervalScores() throws {
        let interval = PredictionInterval(level: 0.8, lower: [0, 6, 8], upper: [2, 7, 9])
        #expect(abs(try Accuracy.coverage(actual: [1, 5, 10], interval: interval) - 1.0 / 3) < 1e-15)
        #expect(abs(try Accuracy.winklerScore(actual: [1, 5, 10], interval: interval) - 8) < 1e-12)
    }

    @Test func undefinedCases() {
        #expect(throws: ForecastingError.lengthMismatch(what: "forecast values against actual values", expected: 2, actual: 1)) {
            try Accuracy.smape(actual: [1, 2], forecast: [1])
        }
        #expect(throws: ForecastingError.self) {
            try Accuracy.mase(actual: [1], forecast: [1], insample: [4, 4, 4])
        }
        #expect(throws: ForecastingError.self) { try Accuracy.smape(actual: [], forecast: []) }
    }
}
