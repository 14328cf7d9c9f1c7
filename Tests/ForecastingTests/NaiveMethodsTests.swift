import Foundation
import Testing
@testable import Forecasting

@Suite("Naive, seasonal naive, drift")
struct NaiveMethodsTests {
    static let z95 = 1.959963984540054

    /// y = (1, 2, 4, 7): changes 1, 2, 3; σ² = (1 + 4 + 9)/3 = 14/3; se at h = 2 is √(2σ²).
    @Test func naive() throws {
        let forecast = try NaiveMethods.naive(TimeSeries([1, 2, 4, 7]), horizon: 2, levels: [0.95])
        #expect(forecast.mean == [7, 7])
        let se2 = (2 * 14.0 / 3).squareRoot()
        #expect(abs(forecast.intervals[0].upper[1] - (7 + Self.z95 * se2)) < 1e-9)
    }

    /// Drift (y₄ − y₁)/3 = 2: forecasts 9, 11; residuals −1, 0, 1 about the drift, σ² = 2/2;
    /// se at h is √(h(1 + h/3)).
    @Test func drift() throws {
        let forecast = try NaiveMethods.drift(TimeSeries([1, 2, 4, 7]), horizon: 2, levels: [0.95])
        #expect(forecast.mean == [9, 11])
        #expect(abs(forecast.intervals[0].lower[1] - (11 - Self.z95 * (2 * (1 + 2.0 / 3)).squareRoot())) < 1e-9)
    }

    /// Period 3, y = 1…6: forecasts 4, 5, 6, 4; seasonal changes are all 3, so σ = 3 and
    /// the fourth step (second cycle) has se 3√2.
    @Test func seasonalNaive() throws {
        let forecast = try NaiveMethods.seasonalNaive(TimeSeries([1, 2, 3, 4, 5, 6], seasonalPeriod: 3),
                                                      horizon: 4, levels: [0.95])
        #expect(forecast.mean == [4, 5, 6, 4])
        #expect(abs(forecast.intervals[0].upper[0] - (4 + Self.z95 * 3)) < 1e-9)
        #expect(abs(forecast.intervals[0].upper[3] - (4 + Self.z95 * 3 * 2.0.squareRoot())) < 1e-9)
    }

    /// Without seasonality or with too little data the seasonal naive is the naive method;
    /// one observation leaves no residual, so the bounds are infinite.
    @Test func degenerateCases() throws {
        let yearly = try NaiveMethods.seasonalNaive(TimeSeries([3, 5, 4]), horizon: 2)
        #expect(yearly.mean == [4, 4])
        let single = try NaiveMethods.drift(TimeSeries([5]), horizon: 3)
        #expect(single.mean == [5, 5, 5])
        #expect(single.intervals.allSatisfy { $0.lower.allSatisfy { $0 == -.infinity } && $0.upper.allSatisfy { $0 == .infinity } })
    }
}
