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

    /// A seasonal series with a zero (USAccDeaths less its minimum) cannot be divided by
    /// multiplicative indices: it is adjusted additively, so its forecast is the non-seasonal
    /// Theta forecast of the adjusted data plus the seasonal figure of each step's month.
    @Test func zerosAdjustAdditively() throws {
        let deaths = try #require(RReference.load().theta.first { $0.series == "USAccDeaths" })
        let low = try #require(deaths.y.min())
        let series = try TimeSeries(deaths.y.map { $0 - low }, seasonalPeriod: 12)
        #expect(ThetaMethod.isSeasonal(series))
        let decomposition = try ThetaMethod.decomposition(series)
        #expect(decomposition.kind == .additive)
        let adjusted = try TimeSeries(decomposition.adjusted(series.values), seasonalPeriod: 1)
        let plain = try ThetaMethod().forecast(adjusted, horizon: 24, levels: [0.8])
        let forecast = try ThetaMethod().forecast(series, horizon: 24, levels: [0.8])
        let expected = (0..<24).map { plain.mean[$0] + decomposition.figure[(series.count + $0) % 12] }
        #expect(close(forecast.mean, expected, relative: 1e-9))
        let widths = zip(forecast.intervals[0].upper, forecast.intervals[0].lower).map { $0 - $1 }
        let plainWidths = zip(plain.intervals[0].upper, plain.intervals[0].lower).map { $0 - $1 }
        #expect(close(widths, plainWidths, relative: 1e-9))
    }

    /// Intervals widen with the SES variance σ²(1 + (h − 1)α²) around the theta forecast.
    @Test func intervalsWiden() throws {
        let forecast = try ThetaMethod().forecast(TimeSeries(n0001), horizon: 6, levels: [0.95])
        let widths = zip(forecast.intervals[0].upper, forecast.intervals[0].lower).map { $0 - $1 }
        #expect(zip(widths.dropFirst(), widths).allSatisfy { $0 >= $1 })
        #expect(zip(forecast.intervals[0].lower, forecast.mean).allSatisfy { $0 < $1 })
    }
}
