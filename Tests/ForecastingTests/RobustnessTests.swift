import Foundation
import Testing
@testable import Forecasting

/// Awkward data never crash a method: each either forecasts finite values or throws an
/// error that names the series.
@Suite("Robustness")
struct RobustnessTests {
    static let methods = ForecastMethod.allCases

    @Test func missingValueNamesTheSeries() {
        #expect(throws: ForecastingError.missingValue(series: "bookings", index: 2)) {
            try TimeSeries([1, 2, .nan, 4], name: "bookings")
        }
        let message = ForecastingError.missingValue(series: "bookings", index: 2).description
        #expect(message.contains("bookings") && message.contains("2"))
        #expect(throws: ForecastingError.infiniteValue(series: "x", index: 0)) { try TimeSeries([.infinity], name: "x") }
        #expect(throws: ForecastingError.emptySeries(series: "x")) { try TimeSeries([], name: "x") }
        #expect(throws: ForecastingError.invalidSeasonalPeriod(series: "x", period: 0)) {
            try TimeSeries([1], seasonalPeriod: 0, name: "x")
        }
    }

    @Test(arguments: methods)
    func zeros(_ method: ForecastMethod) throws {
        let forecast = try method.forecast(TimeSeries(Array(repeating: 0, count: 12), seasonalPeriod: 4), horizon: 4)
        // Exactly 0, intervals of no width: not a model's rounding noise around it.
        #expect(forecast.mean.allSatisfy { $0 == 0 }, "\(forecast.method)")
        #expect(forecast.intervals.allSatisfy { $0.lower.allSatisfy { $0 == 0 } && $0.upper.allSatisfy { $0 == 0 } },
                "\(forecast.method)")
    }

    @Test(arguments: methods)
    func constant(_ method: ForecastMethod) throws {
        let forecast = try method.forecast(TimeSeries(Array(repeating: 7.5, count: 15)), horizon: 3)
        #expect(forecast.mean.allSatisfy { abs($0 - 7.5) < 1e-6 }, "\(forecast.method)")
        #expect(forecast.intervals.allSatisfy { $0.lower.allSatisfy { $0.isFinite } })
    }

    /// Negative values exclude multiplicative models automatically.
    @Test(arguments: methods)
    func negativeValues(_ method: ForecastMethod) throws {
        let y: [Double] = [-3, -1, 2, -4, 0, 1, -2, 3, -1, 2, 4, 1, -3, 0, 2, 5]
        let forecast = try method.forecast(TimeSeries(y, seasonalPeriod: 4), horizon: 4)
        #expect(forecast.mean.allSatisfy { $0.isFinite }, "\(forecast.method)")
        #expect(!forecast.method.contains("ETS(M"))
    }

    @Test func multiplicativeModelOnNegativeData() throws {
        let series = try TimeSeries([1, -2, 3, 4, 5, 6, 7, 8, 9], name: "margin")
        #expect(throws: ForecastingError.nonPositiveData(series: "margin", model: "ETS(M,N,N)")) {
            try ETSEstimator().fit(series, ETSSpecification(code: "MNN")!)
        }
        #expect(AutoETS().candidates(for: series).allSatisfy { !$0.needsPositiveData })
    }

    /// 1 to 9 observations: fallbacks instead of failures, labelled as such below 5.
    @Test(arguments: methods)
    func shortSeries(_ method: ForecastMethod) throws {
        for n in 1...9 {
            let values: [Double] = (1...n).map { (t: Int) -> Double in
                let wiggle: Double = t % 2 == 0 ? 0.5 : -0.5
                return 10 + Double(t) + wiggle
            }
            let forecast = try method.forecast(TimeSeries(values, seasonalPeriod: 4), horizon: 3)
            #expect(forecast.mean.count == 3, "n = \(n) \(forecast.method)")
            #expect(forecast.mean.allSatisfy { $0.isFinite }, "n = \(n) \(forecast.method)")
            if n < 5, [ForecastMethod.autoETS, .dampedETS, .theta, .ensemble].contains(method) {
                #expect(forecast.method.hasPrefix("naive ("), "n = \(n) \(forecast.method)")
            }
        }
    }

    /// Fewer than three seasons: seasonal models start from a regression on a line and one
    /// Fourier pair instead of a decomposition.
    @Test func shortSeasonalSeries() throws {
        let y: [Double] = (0..<20).map { t in 100 + Double(t) + 10 * sin(2 * Double.pi * Double(t) / 12) + Double(t % 3) }
        let series = try TimeSeries(y, seasonalPeriod: 12, name: "monthly")
        let seasonal = try ETSEstimator().fit(series, ETSSpecification(code: "ANA")!)
        #expect(seasonal.logLikelihood.isFinite)
        #expect(abs(seasonal.initialState.seasonal.reduce(0, +)) < 1e-9 * 100)
        let forecast = try ForecastMethod.ensemble.forecast(series, horizon: 12)
        #expect(forecast.mean.allSatisfy { $0.isFinite })
    }

    @Test func invalidRequests() throws {
        let series = try TimeSeries([1, 2, 3])
        #expect(throws: ForecastingError.invalidHorizon(0)) { try ForecastMethod.naive.forecast(series, horizon: 0) }
        #expect(throws: ForecastingError.invalidLevel(95)) {
            try ForecastMethod.theta.forecast(series, horizon: 2, levels: [95])
        }
        #expect(throws: ForecastingError.nonSeasonalData(series: "series", model: "ETS(A,N,A)")) {
            try ETSEstimator().fit(TimeSeries((1...20).map(Double.init)), ETSSpecification(code: "ANA")!)
        }
    }
}
