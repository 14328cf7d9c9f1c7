import Foundation
import Testing
@testable import Forecasting

/// Values computed by R's forecast package (Fixtures/generate_reference.R).
struct RReference: Decodable {
    struct ETSCase: Decodable {
        let series: String
        let y: [Double]
        let period: Int
        let model: String
        let alpha, beta, gamma, phi: Double
        let level, trend: Double
        let seasonal: [Double]
        let loglik_full: Double
        let aicc_r: Double
        let sigma2: Double
        let h: Int
        let mean, lower80, upper80, lower95, upper95: [Double]

        var specification: ETSSpecification { ETSSpecification(code: model)! }
        var parameters: ETSParameters { ETSParameters(alpha: alpha, beta: beta, gamma: gamma, phi: phi) }
        var initialState: ETSState { ETSState(level: level, trend: trend, seasonal: seasonal) }
        func timeSeries() throws -> TimeSeries { try TimeSeries(y, seasonalPeriod: period, name: series) }
        /// R's AICc leaves out the Gaussian constant `n·(log(2π/n) + 1)`.
        var aiccFull: Double {
            let n = Double(y.count)
            return aicc_r + n * (log(2 * Double.pi / n) + 1)
        }
    }

    struct ThetaCase: Decodable {
        let series: String
        let y: [Double]
        let period: Int
        let h: Int
        let mean: [Double]
        let alpha: Double
        let drift: Double
    }

    struct DecomposeCase: Decodable {
        let series: String
        let y: [Double]
        let period: Int
        let type: String
        let figure: [Double]
        let trend: [Double?]
    }

    struct ACFCase: Decodable {
        let series: String
        let y: [Double]
        let max_lag: Int
        let values: [Double]
    }

    let ets: [ETSCase]
    let theta: [ThetaCase]
    let decompose: [DecomposeCase]
    let acf: [ACFCase]

    static func load() throws -> RReference {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/r_reference", withExtension: "json"))
        return try JSONDecoder().decode(RReference.self, from: Data(contentsOf: url))
    }
}

/// `|a − b| ≤ tolerance · max(1, |b|)` elementwise.
func close(_ a: [Double], _ b: [Double], relative tolerance: Double) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
}

func close(_ a: Double, _ b: Double, relative tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

/// The M3 series N0001 (yearly), training part.
let n0001: [Double] = [940.66, 1084.86, 1244.98, 1445.02, 1683.17, 2038.15, 2342.52, 2602.45, 2927.87,
                       3103.96, 3360.27, 3807.63, 4387.88, 4936.99]
