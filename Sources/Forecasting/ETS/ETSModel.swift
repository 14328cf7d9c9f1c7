import Foundation

/// An exponential smoothing model with its parameters and initial state, evaluated on a
/// series: fitted values, innovations, likelihood and information criteria.
///
/// Models come from ``ETSEstimator`` (maximum likelihood), ``AutoETS`` (selection by AICc), or
/// from ``init(series:specification:parameters:initialState:)`` with given values.
///
/// The Gaussian log-likelihood, with the innovation variance concentrated out, is
///
///     log L = −(n/2)·(log(2π·Σεₜ²/n) + 1) − Σ log|μₜ|
///
/// where the last term is present only for multiplicative errors (εₜ = (yₜ − μₜ)/μₜ). The
/// criteria count `k` = smoothing parameters + free initial states + 1 (the variance):
/// `AIC = −2 log L + 2k`, `AICc = AIC + 2k(k+1)/(n−k−1)`, `BIC = −2 log L + k log n`.
public struct ETSModel: Sendable {
    /// The name of the series the model was evaluated on.
    public let seriesName: String
    /// Which model.
    public let specification: ETSSpecification
    /// The seasonal period the model uses (1 for a non-seasonal model).
    public let seasonalPeriod: Int
    /// The smoothing parameters, with neutral values (β = 0, γ = 0, φ = 1) for components the
    /// model lacks.
    public let parameters: ETSParameters
    /// The state before the first observation, `x₀`.
    public let initialState: ETSState
    /// The state after the last observation, `xₙ`, from which forecasts start.
    public let finalState: ETSState
    /// One-step means `μₜ`.
    public let fittedValues: [Double]
    /// Innovations `εₜ`: `yₜ − μₜ`, or `(yₜ − μₜ)/μₜ` with a multiplicative error.
    public let residuals: [Double]
    /// The Gaussian log-likelihood (see the type's overview).
    public let logLikelihood: Double
    /// `k`, the number of estimated quantities the criteria charge for.
    public let parameterCount: Int
    /// Akaike's information criterion.
    public let aic: Double
    /// AIC corrected for small samples; `+∞` when `n ≤ k + 1`.
    public let aicc: Double
    /// Schwarz's Bayesian information criterion.
    public let bic: Double
    /// `σ² = Σεₜ² / (n − k + 1)`, the innovation variance with one degree of freedom per
    /// smoothing parameter and free state (as `forecast::ets`); `Σεₜ²/n` when that count
    /// reaches `n`.
    public let innovationVariance: Double

    /// Evaluates a model with the given parameters and initial state on a series.
    /// - Throws: ``ForecastingError/nonSeasonalData(series:model:)``,
    ///   ``ForecastingError/nonPositiveData(series:model:)``,
    ///   ``ForecastingError/lengthMismatch(what:expected:actual:)`` for a seasonal state of the
    ///   wrong length, or ``ForecastingError/undefinedLikelihood(series:model:)``.
    public init(series: TimeSeries, specification: ETSSpecification, parameters: ETSParameters,
                initialState: ETSState) throws {
        let m = specification.isSeasonal ? series.seasonalPeriod : 1
        if specification.isSeasonal, m < 2 {
            throw ForecastingError.nonSeasonalData(series: series.name, model: specification.description)
        }
        if specification.needsPositiveData, !series.isStrictlyPositive {
            throw ForecastingError.nonPositiveData(series: series.name, model: specification.description)
        }
        let seasonalCount = specification.isSeasonal ? m : 0
        guard initialState.seasonal.count == seasonalCount else {
            throw ForecastingError.lengthMismatch(what: "seasonal states of \(specification)",
                                                  expected: seasonalCount, actual: initialState.seasonal.count)
        }
        let y = series.values, n = y.count
        let recursion = ETSRecursion(specification, parameters)
        var level = initialState.level, trend = specification.hasTrend ? initialState.trend : 0
        // Ring slot j holds the seasonal state used at phase j: s₋ₘ₊₁₊ⱼ = seasonal[m − 1 − j].
        var ring = specification.isSeasonal ? Array(initialState.seasonal.reversed()) : [0.0]
        var errors = [Double](repeating: 0, count: n)
        let floor = ETSRecursion.sseFloor(multiplicativeError: specification.error == .multiplicative,
                                          scale: ETSRecursion.scale(of: y))
        let criterion = y.withUnsafeBufferPointer { yp in
            ring.withUnsafeMutableBufferPointer { rp in
                errors.withUnsafeMutableBufferPointer { ep in
                    recursion.filter(yp, level: &level, trend: &trend, ring: rp, sseFloor: floor, errors: ep)
                }
            }
        }
        guard criterion.isFinite else {
            throw ForecastingError.undefinedLikelihood(series: series.name, model: specification.description)
        }
        let multiplicative = specification.error == .multiplicative
        let sse = max(errors.reduce(0) { $0 + $1 * $1 }, Double(n) * floor)
        let fitted = zip(y, errors).map { multiplicative ? $0 / (1 + $1) : $0 - $1 }
        let logMeans = multiplicative ? fitted.reduce(0) { $0 + log(abs($1)) } : 0
        let nd = Double(n)
        let logLikelihood = -0.5 * nd * (log(2 * Double.pi * sse / nd) + 1) - logMeans
        let k = specification.informationCriterionParameterCount(seasonalPeriod: m)
        let kd = Double(k)

        seriesName = series.name
        self.specification = specification
        seasonalPeriod = m
        self.parameters = parameters.neutralized(for: specification)
        self.initialState = ETSState(level: initialState.level, trend: specification.hasTrend ? initialState.trend : 0,
                                     seasonal: initialState.seasonal)
        finalState = ETSState(level: level, trend: trend,
                              seasonal: specification.isSeasonal ? (0..<m).map { ring[((n - 1 - $0) % m + m) % m] } : [])
        fittedValues = fitted
        residuals = errors
        self.logLikelihood = logLikelihood
        parameterCount = k
        aic = -2 * logLikelihood + 2 * kd
        aicc = n > k + 1 ? aic + 2 * kd * (kd + 1) / (nd - kd - 1) : .infinity
        bic = -2 * logLikelihood + kd * log(nd)
        innovationVariance = sse / (n > k - 1 ? nd - kd + 1 : nd)
    }

    /// The number of observations the model was evaluated on.
    public var observationCount: Int { residuals.count }
}
