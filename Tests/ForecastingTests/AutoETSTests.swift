import Foundation
import Testing
@testable import Forecasting

@Suite("Automatic ETS")
struct AutoETSTests {
    /// 15 models for positive seasonal data (R's default set without multiplicative trend),
    /// 6 for positive non-seasonal data, 3 without multiplicative parts.
    @Test func candidateSets() {
        #expect(ETSSpecification.candidates(seasonal: true, positiveData: true).count == 15)
        #expect(ETSSpecification.candidates(seasonal: false, positiveData: true).map(\.code)
                == ["ANN", "AAN", "AAdN", "MNN", "MAN", "MAdN"])
        #expect(ETSSpecification.candidates(seasonal: false, positiveData: false).map(\.code) == ["ANN", "AAN", "AAdN"])
        #expect(ETSSpecification.candidates(seasonal: true, positiveData: false).allSatisfy { !$0.needsPositiveData })
        #expect(!ETSSpecification.candidates(seasonal: true, positiveData: true).contains { $0.code == "ANM" })
        #expect(ETSSpecification.candidates(seasonal: true, positiveData: true, damped: true).allSatisfy { $0.isDamped })
    }

    @Test func codes() {
        #expect(ETSSpecification(code: "MAdM")?.description == "ETS(M,Ad,M)")
        #expect(ETSSpecification(code: "AAN")?.isDamped == false)
        #expect(ETSSpecification(code: "XNN") == nil)
        #expect(ETSSpecification(code: "AAdNN") == nil)
    }

    /// Short series only get the models they can support (n ≥ k + 2).
    @Test func shortSeriesCandidates() throws {
        let five = try TimeSeries([1, 2, 3, 4, 6])
        #expect(AutoETS().candidates(for: five).map(\.code) == ["ANN", "MNN"])
        let seven = try TimeSeries([1, 2, 3, 4, 6, 7, 9])
        #expect(AutoETS().candidates(for: seven).map(\.code) == ["ANN", "AAN", "MNN", "MAN"])
        let four = try TimeSeries([1, 2, 3, 4])
        #expect(throws: ForecastingError.seriesTooShort(series: "series", method: "automatic ETS", count: 4, required: 5)) {
            try AutoETS().fit(four)
        }
    }

    /// A strongly trending series selects a trend model; a stationary noisy one does not.
    @Test func selectsTrendWhenThereIsOne() throws {
        let trending = try AutoETS().fit(TimeSeries(n0001))
        #expect(trending.specification.hasTrend)
        let noise: [Double] = [10.2, 9.7, 10.4, 9.9, 10.1, 9.6, 10.3, 10.0, 9.8, 10.2, 9.9, 10.1, 10.4, 9.7, 10.0, 9.9]
        let flat = try AutoETS().fit(TimeSeries(noise))
        #expect(!flat.specification.hasTrend)
    }

    /// The selected model has the smallest AICc of all fitted candidates.
    @Test func smallestAICc() throws {
        let series = try TimeSeries(n0001)
        let all = try AutoETS().fitCandidates(series)
        let best = try AutoETS().fit(series)
        #expect(all.count == 6)
        #expect(all.allSatisfy { $0.aicc >= best.aicc })
    }

    /// A quarterly series with a strong multiplicative pattern selects a seasonal model.
    @Test func seasonalSelection() throws {
        let reference = try RReference.load()
        let gas = try #require(reference.ets.first { $0.series == "UKgas" })
        let model = try AutoETS().fit(TimeSeries(gas.y, seasonalPeriod: 4, name: "UKgas"))
        #expect(model.specification.isSeasonal)
        #expect(model.finalState.seasonal.count == 4)
    }
}
