import Foundation
import Testing
@testable import Forecasting

/// ETS against R's forecast package (Fixtures/generate_reference.R): R's fitted models,
/// evaluated here with R's parameters and initial states, must give R's numbers; and our
/// estimator must reach at least R's likelihood.
@Suite("ETS against R forecast")
struct ETSReferenceTests {
    static let reference = try? RReference.load()

    static var cases: [RReference.ETSCase] { reference?.ets ?? [] }

    @Test func fixtureLoads() throws {
        let reference = try RReference.load()
        #expect(reference.ets.count == 12)
    }

    /// Log-likelihood, AICc, σ² and point forecasts of the same model and state.
    @Test(arguments: cases)
    func evaluatesLikeR(_ c: RReference.ETSCase) throws {
        let model = try ETSModel(series: c.timeSeries(), specification: c.specification,
                                 parameters: c.parameters, initialState: c.initialState)
        #expect(close(model.logLikelihood, c.loglik_full, relative: 1e-9), "\(c.series) \(c.model)")
        #expect(close(model.aicc, c.aiccFull, relative: 1e-9), "\(c.series) \(c.model)")
        #expect(close(model.innovationVariance, c.sigma2, relative: 1e-9), "\(c.series) \(c.model)")
        // With a multiplicative season R reports the conditional mean, which beyond one
        // season adds a covariance term; the point forecast here is the state recursion, the
        // same up to h = m.
        let steps = c.specification.season == .multiplicative ? c.period : c.h
        let forecast = try model.forecast(horizon: c.h)
        #expect(close(Array(forecast.mean.prefix(steps)), Array(c.mean.prefix(steps)), relative: 1e-9),
                "\(c.series) \(c.model)")
    }

    /// Analytic intervals (classes 1 and 2) equal R's. R's `class1`/`class2` put γ in the third
    /// state, which without a trend is the second seasonal state rather than the newest, so
    /// for seasonal models without trend R's variances differ from h = m on; those are
    /// compared up to h = m − 1.
    @Test(arguments: cases.filter { ETSSpecification(code: $0.model)!.season != .multiplicative })
    func analyticIntervalsLikeR(_ c: RReference.ETSCase) throws {
        let model = try ETSModel(series: c.timeSeries(), specification: c.specification,
                                 parameters: c.parameters, initialState: c.initialState)
        let forecast = try model.forecast(horizon: c.h, levels: [0.8, 0.95])
        let steps = c.specification.isSeasonal && !c.specification.hasTrend ? c.period - 1 : c.h
        func head(_ values: [Double]) -> [Double] { Array(values.prefix(steps)) }
        #expect(close(head(forecast.intervals[0].lower), head(c.lower80), relative: 1e-8), "\(c.series) \(c.model)")
        #expect(close(head(forecast.intervals[0].upper), head(c.upper80), relative: 1e-8), "\(c.series) \(c.model)")
        #expect(close(head(forecast.intervals[1].lower), head(c.lower95), relative: 1e-8), "\(c.series) \(c.model)")
        #expect(close(head(forecast.intervals[1].upper), head(c.upper95), relative: 1e-8), "\(c.series) \(c.model)")
    }

    /// The same variances from the state-space formula `cⱼ = w′Fʲ⁻¹g` with γ on the newest
    /// seasonal state: for ETS(A,N,A), `cⱼ = α + γ·[j mod m = 0]`.
    @Test func seasonalVarianceClosedForm() throws {
        let c = try #require(Self.cases.first { $0.model == "ANA" })
        let model = try ETSModel(series: c.timeSeries(), specification: c.specification,
                                 parameters: c.parameters, initialState: c.initialState)
        let variances = try #require(model.forecastVariances(horizon: c.h))
        let expected = (1...c.h).map { h in
            model.innovationVariance * (1 + (1..<h).reduce(0) { total, j in
                let cj = c.alpha + (j % c.period == 0 ? c.gamma : 0)
                return total + cj * cj
            })
        }
        #expect(close(variances, expected, relative: 1e-12))
    }

    /// Multiplicative-season models: our simulated intervals against R's class-3 normal
    /// approximation (the exact variance with Gaussian quantiles). The two differ in the
    /// distributional shape only, so the 95% bounds agree to a few percent of the width.
    @Test(arguments: cases.filter { ETSSpecification(code: $0.model)!.season == .multiplicative })
    func simulatedIntervalsNearR(_ c: RReference.ETSCase) throws {
        let model = try ETSModel(series: c.timeSeries(), specification: c.specification,
                                 parameters: c.parameters, initialState: c.initialState)
        let forecast = try model.forecast(horizon: c.h, levels: [0.95])
        for h in 0..<c.h {
            let width = c.upper95[h] - c.lower95[h]
            #expect(abs(forecast.intervals[0].lower[h] - c.lower95[h]) < 0.06 * width, "\(c.series) \(c.model) h=\(h + 1)")
            #expect(abs(forecast.intervals[0].upper[h] - c.upper95[h]) < 0.06 * width, "\(c.series) \(c.model) h=\(h + 1)")
        }
    }

    /// Maximum likelihood (the estimator without its trend prior) reaches at least R's
    /// optimum, up to the estimator's stopping tolerance (about 10⁻³ in log L), and stays
    /// inside the usual bounds.
    @Test(arguments: cases)
    func estimatorReachesRLikelihood(_ c: RReference.ETSCase) throws {
        let model = try ETSEstimator(trendPrior: 0).fit(c.timeSeries(), c.specification)
        #expect(model.logLikelihood >= c.loglik_full - 0.01, "\(c.series) \(c.model)")
        let p = model.parameters
        #expect(p.alpha > 0 && p.alpha < 1)
        if c.specification.hasTrend { #expect(p.beta > 0 && p.beta <= p.alpha) }
        if c.specification.isSeasonal { #expect(p.gamma > 0 && p.gamma <= 1 - p.alpha) }
        if c.specification.isDamped { #expect(p.phi >= 0.8 && p.phi <= 0.98) }
    }

    /// The trend prior pulls a fast trend back: every fit whose maximum likelihood estimate has
    /// β above half of α (a trend that follows the latest change; N0001's ETS(A,A,N) among
    /// them) ends below half with the prior, and no fit gets a faster trend. The estimate then
    /// scores at least as well as the maximum likelihood estimate on the penalized criterion it
    /// minimizes (within the search's tolerance), its reported log-likelihood is the plain one
    /// at its parameters, and models without a trend are unaffected.
    @Test func trendPriorSlowsFastTrends() throws {
        var fast = 0
        for c in try RReference.load().ets {
            let series = try c.timeSeries()
            let plain = try ETSEstimator(trendPrior: 0).fit(series, c.specification)
            let prior = try ETSEstimator().fit(series, c.specification)
            let again = try ETSModel(series: series, specification: c.specification,
                                     parameters: prior.parameters, initialState: prior.initialState)
            #expect(abs(again.logLikelihood - prior.logLikelihood) < 1e-9)
            guard c.specification.hasTrend else {
                #expect(prior.logLikelihood == plain.logLikelihood, "\(c.series) \(c.model)")
                continue
            }
            let (share, plainShare) = (ETSEstimator.trendShare(prior.parameters), ETSEstimator.trendShare(plain.parameters))
            #expect(share <= plainShare + 0.01, "\(c.series) \(c.model)")
            if plainShare > 0.5 {
                fast += 1
                #expect(share < 0.5, "\(c.series) \(c.model)")
            }
            let criterion = { (m: ETSModel, s: Double) in
                -2 * m.logLikelihood + ETSEstimator.trendPenalty(share: s, weight: ETSEstimator.defaultTrendPrior)
            }
            let tolerance = 2e-4 * (1 + abs(criterion(plain, plainShare)))
            #expect(criterion(prior, share) <= criterion(plain, plainShare) + tolerance, "\(c.series) \(c.model)")
        }
        #expect(fast > 0)
    }
}

extension RReference.ETSCase: CustomTestStringConvertible {
    var testDescription: String { "\(series) \(model)" }
}
