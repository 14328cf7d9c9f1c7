import Foundation
import Testing
@testable import Forecasting

/// The rolling backtest on the sample CRM export: every completed quarter from 2025Q3 to
/// 2026Q3, forecast at a third, half, two thirds and five sixths of the quarter.
@Suite("Attainment backtest on the sample")
struct AttainmentBacktestTests {
    @Test func calibratedOnTheSample() throws {
        let data = try SampleCRM.load()
        let result = try AttainmentBacktest().run(data, completeThrough: SampleCRM.asOf)
        for level in EntityProjection.Level.allCases {
            let c80 = try #require(result.coverage(0.8, at: level)), c95 = try #require(result.coverage(0.95, at: level))
            let brier = try #require(result.brierScore(at: level)), reference = try #require(result.referenceBrierScore(at: level))
            let error = try #require(result.meanAbsoluteAttainmentError(at: level))
            print(String(format: "attainment backtest, %@: %d forecasts, coverage 80%% %.3f, 95%% %.3f, Brier %.4f (base rate %.4f), mean |error| %.1f points",
                         level.rawValue, result.cases(at: level).count, c80, c95, brier, reference, error))
        }
        let people = result.cases(at: .person).count
        #expect(people == 5 * 4 * 32)
        let c80 = try #require(result.coverage(0.8)), c95 = try #require(result.coverage(0.95))
        #expect(c80 >= 0.7 && c80 <= 0.9)
        #expect(c95 >= 0.85 && c95 <= 1.0)
        let brier = try #require(result.brierScore()), reference = try #require(result.referenceBrierScore())
        #expect(brier < reference)
        #expect(brier < 0.2)
    }
}
