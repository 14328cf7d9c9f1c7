import Foundation

/// The Theta method of Assimakopoulos & Nikolopoulos (2000) in its standard form: simple
/// exponential smoothing with a drift of half the slope of the linear trend (Hyndman & Billah
/// 2003), with classical seasonal adjustment when a seasonality test says so.
///
/// 1. Seasonality test (period `m > 1`, `n > 2m`, non-constant data): the lag-`m`
///    autocorrelation is significant at the 90% level,
///    `|rₘ| > 1.645·√((1 + 2·Σₖ₌₁ᵐ⁻¹ rₖ²)/n)`. Seasonal data are adjusted by a classical
///    decomposition: multiplicative (divided by the seasonal indices) for strictly positive
///    data whose indices are all at least 0.01, otherwise additive (the seasonal figure
///    subtracted), so that a series with zeros, such as bookings in a closed month, is still
///    adjusted (statsforecast's `Theta` chooses the same way).
/// 2. SES (ETS(A,N,N) by maximum likelihood) on the adjusted data gives `ℓₙ` and `α`.
/// 3. The forecast `h` steps ahead is `ℓₙ + (b/2)·(h − 1 + (1 − (1 − α)ⁿ)/α)`, where `b` is
///    the least-squares slope of the adjusted data on time: the theta-0 line (the linear
///    trend, extrapolated) and the theta-2 line (smoothed by SES) averaged with equal weights.
/// 4. The seasonal figure is put back: forecasts multiplied by the indices, or the additive
///    figure added.
///
/// Intervals are those of SES around the theta forecast, `σ·√(1 + (h − 1)α²)` (as
/// `forecast::thetaf`), multiplied by the seasonal index when the adjustment was
/// multiplicative.
public struct ThetaMethod: Sendable {
    /// The estimator used for the SES step.
    public var estimator: ETSEstimator

    /// The standard Theta method.
    public init(estimator: ETSEstimator = ETSEstimator()) {
        self.estimator = estimator
    }

    /// Whether the seasonality test finds seasonality at lag `m` (always `false` for `m = 1`).
    public static func isSeasonal(_ series: TimeSeries) -> Bool {
        let m = series.seasonalPeriod, n = series.count
        guard m > 1, n > 2 * m, !series.isConstant,
              let r = Autocorrelation.sample(series.values, maxLag: m) else { return false }
        let spread = ((1 + 2 * r.dropLast().reduce(0) { $0 + $1 * $1 }) / Double(n)).squareRoot()
        return abs(r[m - 1]) / spread > 1.6448536269514722
    }

    /// Theta forecasts for steps `1…horizon`.
    /// - Throws: ``ForecastingError/seriesTooShort(series:method:count:required:)`` below the
    ///   five observations SES needs, ``ForecastingError/invalidHorizon(_:)``,
    ///   ``ForecastingError/invalidLevel(_:)``.
    /// - Parameter seasonal: whether to adjust for the season, when another reading of the
    ///   series (e.g. the ETS selection in ``Ensemble``) has decided it; `nil` for the method's
    ///   own test. Adjusting needs two full seasons of data (`n ≥ 2m`, `m > 1`).
    public func forecast(_ series: TimeSeries, horizon: Int, levels: [Double] = [0.8, 0.95],
                         seasonal: Bool? = nil) throws -> Forecast {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        let n = series.count, m = series.seasonalPeriod
        var adjusted = series
        var decomposition: ClassicalDecomposition?
        if seasonal.map({ $0 && m > 1 && n >= 2 * m && !series.isConstant }) ?? Self.isSeasonal(series) {
            let chosen = try Self.decomposition(series)
            adjusted = series.replacingValues(chosen.adjusted(series.values))
            decomposition = chosen
        }
        // The seasonal figure of the phase each forecast step falls on.
        let figure = (0..<horizon).map { decomposition?.figure[(n + $0) % m] }
        let ses = ETSSpecification(error: .additive, trend: .none, season: .none)
        let model = try estimator.fit(adjusted, ses)
        let alpha = max(model.parameters.alpha, 1e-10)
        let slope = ETSInitialization.line(adjusted.values).slope
        let drift = slope / 2
        let level = model.finalState.level
        let carry = (1 - pow(1 - alpha, Double(n))) / alpha
        let multiplicative = decomposition?.kind == .multiplicative
        let mean = (0..<horizon).map { h in
            let adjustedMean = level + drift * (Double(h) + carry)
            guard let index = figure[h] else { return adjustedMean }
            return multiplicative ? adjustedMean * index : adjustedMean + index
        }
        let sigma = model.innovationVariance.squareRoot()
        let errors = (0..<horizon).map { h in
            sigma * (1 + Double(h) * alpha * alpha).squareRoot() * (multiplicative ? figure[h] ?? 1 : 1)
        }
        let intervals = try GaussianIntervals.make(mean: mean, standardErrors: errors, levels: levels)
        return Forecast(method: "theta", mean: mean, intervals: intervals)
    }

    /// Multiplicative for strictly positive data unless an index falls below 0.01 (a season
    /// that nearly vanishes would blow up the adjusted data), additive otherwise.
    static func decomposition(_ series: TimeSeries) throws -> ClassicalDecomposition {
        if series.isStrictlyPositive {
            let multiplicative = try ClassicalDecomposition(series, kind: .multiplicative)
            if multiplicative.figure.allSatisfy({ $0 >= 0.01 }) { return multiplicative }
        }
        return try ClassicalDecomposition(series, kind: .additive)
    }
}
