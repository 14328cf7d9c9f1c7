import Foundation
import Testing
@testable import Forecasting

@Suite("ETS simulation")
struct ETSSimulationTests {
    static func model(_ code: String) throws -> ETSModel {
        try ETSModel(series: TimeSeries(n0001), specification: ETSSpecification(code: code)!,
                     parameters: ETSParameters(alpha: 0.7, beta: 0.2), initialState: ETSState(level: 800, trend: 150))
    }

    /// Equal seeds give equal paths; different seeds different ones.
    @Test func deterministic() throws {
        let model = try Self.model("MAN")
        let a = try model.samplePaths(horizon: 4, count: 50, seed: 7)
        let b = try model.samplePaths(horizon: 4, count: 50, seed: 7)
        let c = try model.samplePaths(horizon: 4, count: 50, seed: 8)
        #expect(a == b)
        #expect(a != c)
    }

    /// Point forecasts alone (no levels) are the same means without intervals, also for a
    /// multiplicative season, whose intervals would otherwise be simulated.
    @Test func pointForecastsAlone() throws {
        let y: [Double] = [10, 20, 30, 11, 21, 31, 12, 22, 32, 13]
        let model = try ETSModel(series: TimeSeries(y, seasonalPeriod: 3), specification: ETSSpecification(code: "MNM")!,
                                 parameters: ETSParameters(alpha: 0.3, gamma: 0.2),
                                 initialState: ETSState(level: 20, seasonal: [1.5, 1, 0.5]))
        let full = try model.forecast(horizon: 5)
        let alone = try model.forecast(horizon: 5, levels: [])
        #expect(alone.mean == full.mean)
        #expect(alone.intervals.isEmpty)
        #expect(full.intervals.count == 2)
    }

    /// For a class-2 model the simulated variance must match the exact class-2 formula
    /// (Monte Carlo error of a variance from 20 000 paths: about 1–2%).
    @Test func simulationMatchesClassTwoVariance() throws {
        let model = try Self.model("MAN")
        let exact = try #require(model.forecastVariances(horizon: 5))
        let paths = try model.samplePaths(horizon: 5, count: 20000, seed: 1)
        for h in 0..<5 {
            let values = paths.map { $0[h] }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
            #expect(abs(variance / exact[h] - 1) < 0.05, "h = \(h + 1)")
        }
    }

    /// Sample quantiles use R's type 7 interpolation.
    @Test func typeSevenQuantile() {
        let sorted: [Double] = [1, 2, 3, 4]
        #expect(SampleQuantiles.quantile(sorted, 0.5) == 2.5)
        #expect(SampleQuantiles.quantile(sorted, 0) == 1)
        #expect(SampleQuantiles.quantile(sorted, 1) == 4)
        #expect(abs(SampleQuantiles.quantile(sorted, 0.1) - 1.3) < 1e-15)
    }

    /// The generator's uniforms are in (0, 1) with mean ½ and its normals have mean 0 and
    /// variance 1 (to Monte Carlo precision).
    @Test func generatorMoments() {
        var generator = SeededGenerator(seed: 3)
        let n = 100_000
        var sum = 0.0, squares = 0.0
        for _ in 0..<n {
            let z = generator.nextGaussian()
            sum += z
            squares += z * z
        }
        #expect(abs(sum / Double(n)) < 0.02)
        #expect(abs(squares / Double(n) - 1) < 0.02)
        let uniforms = (0..<1000).map { _ in generator.nextUniform() }
        #expect(uniforms.allSatisfy { $0 > 0 && $0 < 1 })
    }
}
