import Foundation
import Testing
@testable import Forecasting

@Suite("ETS closed forms")
struct ETSClosedFormTests {
    static let y: [Double] = [1, 3, 2, 4, 3]

    /// ETS(A,N,N), α = 0.5, ℓ₀ = 2 on (1, 3, 2, 4, 3), by hand:
    /// means 2, 1.5, 2.25, 2.125, 3.0625; errors −1, 1.5, −0.25, 1.875, −0.0625;
    /// SSE = 1 + 2.25 + 0.0625 + 3.515625 + 0.00390625 = 6.83203125; final level 3.03125.
    @Test func additiveLogLikelihoodByHand() throws {
        let model = try ETSModel(series: TimeSeries(Self.y), specification: ETSSpecification(code: "ANN")!,
                                 parameters: ETSParameters(alpha: 0.5), initialState: ETSState(level: 2))
        let sse = 6.83203125, n = 5.0
        #expect(model.residuals == [-1, 1.5, -0.25, 1.875, -0.0625])
        #expect(model.fittedValues == [2, 1.5, 2.25, 2.125, 3.0625])
        #expect(model.finalState.level == 3.03125)
        let logLikelihood = -n / 2 * (log(2 * Double.pi * sse / n) + 1)
        #expect(abs(model.logLikelihood - logLikelihood) < 1e-12)
        // k = 3 (α, ℓ₀, σ²): AIC = −2 log L + 6, AICc adds 2·3·4/(5 − 3 − 1) = 24.
        #expect(model.parameterCount == 3)
        #expect(abs(model.aic - (-2 * logLikelihood + 6)) < 1e-12)
        #expect(abs(model.aicc - (model.aic + 24)) < 1e-12)
        #expect(abs(model.bic - (-2 * logLikelihood + 3 * log(n))) < 1e-12)
        // σ² = SSE / (n − 2): one degree of freedom each for α and ℓ₀.
        #expect(abs(model.innovationVariance - sse / 3) < 1e-15)
    }

    /// ETS(M,N,N) with the same parameters has the same states (the update does not depend on
    /// the error type) and relative errors eₜ/μₜ; log L gains −Σ log μₜ.
    @Test func multiplicativeLogLikelihoodByHand() throws {
        let model = try ETSModel(series: TimeSeries(Self.y), specification: ETSSpecification(code: "MNN")!,
                                 parameters: ETSParameters(alpha: 0.5), initialState: ETSState(level: 2))
        let means: [Double] = [2, 1.5, 2.25, 2.125, 3.0625]
        let relative: [Double] = [-1.0 / 2, 1.5 / 1.5, -0.25 / 2.25, 1.875 / 2.125, -0.0625 / 3.0625]
        #expect(close(model.residuals, relative, relative: 1e-15))
        #expect(close(model.fittedValues, means, relative: 1e-15))
        let sse = relative.reduce(0) { $0 + $1 * $1 }
        let expected = -2.5 * (log(2 * Double.pi * sse / 5) + 1) - means.reduce(0) { $0 + log($1) }
        #expect(abs(model.logLikelihood - expected) < 1e-12)
    }

    /// SES with α = 1 and ℓ₀ = y₁ is the naive method: the forecast is the last value, and
    /// the variance `σ²·(1 + (h − 1)α²)` grows like the random walk's `σ²h`. (The two σ²
    /// differ only in degrees of freedom: ETS charges for α and ℓ₀.)
    @Test func sesWithAlphaOneIsNaive() throws {
        let series = try TimeSeries(n0001)
        let ses = try ETSModel(series: series, specification: ETSSpecification(code: "ANN")!,
                               parameters: ETSParameters(alpha: 1), initialState: ETSState(level: n0001[0]))
        let naive = try NaiveMethods.naive(series, horizon: 5)
        #expect(try ses.forecast(horizon: 5).mean == naive.mean)
        let changes = zip(n0001.dropFirst(), n0001).map { $0 - $1 }
        let sse = changes.reduce(0) { $0 + $1 * $1 }
        #expect(abs(ses.innovationVariance - sse / Double(n0001.count - 2)) < 1e-9)
        let variances = try #require(ses.forecastVariances(horizon: 5))
        #expect(close(variances, (1...5).map { ses.innovationVariance * Double($0) }, relative: 1e-14))
    }

    /// Damped trend: ŷₙ₊ₕ = ℓₙ + (φ + φ² + … + φʰ)·bₙ.
    @Test func dampedTrendPointForecasts() throws {
        let model = try ETSModel(series: TimeSeries(Self.y), specification: ETSSpecification(code: "AAdN")!,
                                 parameters: ETSParameters(alpha: 0.4, beta: 0.1, phi: 0.9),
                                 initialState: ETSState(level: 1, trend: 0.5))
        let state = model.finalState
        let forecasts = try model.forecast(horizon: 4).mean
        let expected = [0.9, 0.9 + 0.81, 0.9 + 0.81 + 0.729, 0.9 + 0.81 + 0.729 + 0.6561].map { state.level + $0 * state.trend }
        #expect(close(forecasts, expected, relative: 1e-14))
    }

    /// Additive season: the forecast h steps ahead adds the seasonal state of the same phase,
    /// the oldest state first; ETSState lists them newest first.
    @Test func seasonalPhases() throws {
        let y: [Double] = [10, 20, 30, 11, 21, 31, 12, 22, 32, 13]
        let model = try ETSModel(series: TimeSeries(y, seasonalPeriod: 3), specification: ETSSpecification(code: "ANA")!,
                                 parameters: ETSParameters(alpha: 0.3, gamma: 0.2),
                                 initialState: ETSState(level: 20, seasonal: [10, 0, -10]))
        // The first mean uses the oldest initial state, −10: 20 − 10 = 10.
        #expect(model.fittedValues[0] == 10)
        let s = model.finalState.seasonal, level = model.finalState.level
        let forecasts = try model.forecast(horizon: 4).mean
        #expect(close(forecasts, [level + s[2], level + s[1], level + s[0], level + s[2]], relative: 1e-14))
    }

    /// Class 1 variance of ETS(A,A,N): cⱼ = α + βj, so vₕ = σ²(1 + Σⱼ₌₁ʰ⁻¹ (α + βj)²).
    @Test func holtVarianceClosedForm() throws {
        let model = try ETSModel(series: TimeSeries(n0001), specification: ETSSpecification(code: "AAN")!,
                                 parameters: ETSParameters(alpha: 0.6, beta: 0.2),
                                 initialState: ETSState(level: 800, trend: 150))
        let variances = try #require(model.forecastVariances(horizon: 5))
        let sigma2 = model.innovationVariance
        let expected = (1...5).map { h in sigma2 * (1 + (1..<h).reduce(0) { $0 + pow(0.6 + 0.2 * Double($1), 2) }) }
        #expect(close(variances, expected, relative: 1e-13))
    }

    /// An exactly linear series: ETS(A,A,N) fits it exactly and the likelihood stays finite, so
    /// AICc can still compare it with the other models.
    @Test func exactFitStaysFinite() throws {
        let series = try TimeSeries((1...20).map { 3 + 2 * Double($0) })
        let model = try ETSModel(series: series, specification: ETSSpecification(code: "AAN")!,
                                 parameters: ETSParameters(alpha: 0.5, beta: 0.1), initialState: ETSState(level: 3, trend: 2))
        #expect(model.residuals.allSatisfy { $0 == 0 })
        #expect(model.logLikelihood.isFinite && model.aicc.isFinite)
        #expect(close(try model.forecast(horizon: 3).mean, [45, 47, 49], relative: 1e-14))
    }
}
