import Foundation
import Testing
@testable import Forecasting

@Suite("Theta method")
struct ThetaTests {
    /// On a line yₜ = 3 + 2t SES tracks the data (α → its upper bound) and the slope is 2, so
    /// the forecast is the theta-0 and theta-2 lines averaged: yₙ + (2/2)·h = 43 + h.
    @Test func linearSeries() throws {
        let series = try TimeSeries((1...20).map { 3 + 2 * Double($0) })
        let forecast = try ThetaMethod().forecast(series, horizon: 5)
        #expect(close(forecast.mean, (1...5).map { 43 + Double($0) }, relative: 1e-3))
    }

    /// R's `thetaf` on a yearly, a monthly (seasonal by the test) and a quarterly series. Our
    /// SES step reaches at least R's fit, so the forecasts agree to the precision of R's α.
    @Test func matchesR() throws {
        for c in try RReference.load().theta {
            let series = try TimeSeries(c.y, seasonalPeriod: c.period, name: c.series)
            let forecast = try ThetaMethod().forecast(series, horizon: c.h)
            #expect(close(forecast.mean, c.mean, relative: 2e-3), "\(c.series)")
        }
    }

    /// R's `thetaf` treats USAccDeaths (monthly) and UKgas (quarterly) as seasonal; a series
    /// with period 1 never is.
    @Test func seasonalityTest() throws {
        let reference = try RReference.load()
        for c in reference.theta {
            let series = try TimeSeries(c.y, seasonalPeriod: c.period)
            #expect(ThetaMethod.isSeasonal(series) == (c.period > 1), "\(c.series)")
        }
    }

    /// Intervals widen with the SES variance σ²(1 + (h − 1)α²) around the theta forecast.
    @Test func intervalsWiden() throws {
        let forecast = try ThetaMethod().forecast(TimeSeries(n0001), horizon: 6, levels: [0.95])
        let widths = zip(forecast.intervals[0].upper, forecast.intervals[0].lower).map { $0 - $1 }
        #expect(zip(widths.dropFirst(), widths).allSatisfy { $0 >= $1 })
        #expect(zip(forecast.intervals[0].lower, forecast.mean).allSatisfy { $0 < $1 })
    }
}
