import Foundation
import Testing
@testable import Forecasting

@Suite("Decomposition and autocorrelation")
struct DecompositionTests {
    /// R's `decompose`: the seasonal figure and the centred moving average.
    @Test func matchesR() throws {
        for c in try RReference.load().decompose {
            let series = try TimeSeries(c.y, seasonalPeriod: c.period, name: c.series)
            let kind: ClassicalDecomposition.Kind = c.type == "additive" ? .additive : .multiplicative
            let decomposition = try ClassicalDecomposition(series, kind: kind)
            #expect(close(decomposition.figure, c.figure, relative: 1e-12), "\(c.series)")
            #expect(decomposition.trend.count == c.trend.count)
            for (ours, theirs) in zip(decomposition.trend, c.trend) {
                #expect((ours == nil) == (theirs == nil))
                if let ours, let theirs { #expect(close(ours, theirs, relative: 1e-12)) }
            }
        }
    }

    /// R's `acf`.
    @Test func autocorrelationMatchesR() throws {
        let c = try #require(try RReference.load().acf.first)
        let r = try #require(Autocorrelation.sample(c.y, maxLag: c.max_lag))
        #expect(close(r, c.values, relative: 1e-12))
        #expect(Autocorrelation.sample([2, 2, 2, 2], maxLag: 1) == nil)
    }

    @Test func requiresTwoCycles() throws {
        #expect(throws: ForecastingError.self) {
            try ClassicalDecomposition(TimeSeries([1, 2, 3, 4, 5], seasonalPeriod: 4), kind: .additive)
        }
        #expect(throws: ForecastingError.nonPositiveData(series: "s", model: "a multiplicative decomposition")) {
            try ClassicalDecomposition(TimeSeries([1, -2, 3, 4, 5, 6, 7, 8], seasonalPeriod: 2, name: "s"),
                                       kind: .multiplicative)
        }
    }
}
