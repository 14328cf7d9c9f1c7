/// Automatic exponential smoothing: fits every candidate model by maximum likelihood and keeps
/// the one with the smallest AICc (Hyndman et al. 2002; `forecast::ets` with its defaults).
///
/// Candidates are the stable combinations of additive or multiplicative error, no / additive /
/// damped trend, and no / additive / multiplicative season (``ETSSpecification/candidates(seasonal:positiveData:damped:)``):
/// - multiplicative error and season only for strictly positive data;
/// - seasonal models only for periods 2…24 with more observations than the period;
/// - only models with at least ``ETSEstimator/minimumObservations(_:seasonalPeriod:)``
///   observations, so a short series falls back to the simpler models it can support.
public struct AutoETS: Sendable {
    /// `true` for damped-trend models only, `false` to exclude them, `nil` for both.
    public var damped: Bool?
    /// The estimator used for each candidate.
    public var estimator: ETSEstimator

    /// Automatic selection over all candidates, or only (not) damped ones.
    public init(damped: Bool? = nil, estimator: ETSEstimator = ETSEstimator()) {
        self.damped = damped
        self.estimator = estimator
    }

    /// The largest seasonal period seasonal models are tried for.
    public static let maximumSeasonalPeriod = 24

    /// The models that will be tried on `series`, simplest first.
    public func candidates(for series: TimeSeries) -> [ETSSpecification] {
        let m = series.seasonalPeriod
        let seasonal = m >= 2 && m <= Self.maximumSeasonalPeriod && series.count > m
        return ETSSpecification.candidates(seasonal: seasonal, positiveData: series.isStrictlyPositive, damped: damped)
            .filter { series.count >= ETSEstimator.minimumObservations($0, seasonalPeriod: m) }
    }

    /// Fits the candidates and returns the model with the smallest AICc (the simpler one on a
    /// tie).
    /// - Throws: ``ForecastingError/seriesTooShort(series:method:count:required:)`` when the
    ///   series supports no candidate, ``ForecastingError/noModelFitted(series:method:)`` when
    ///   none could be fitted.
    public func fit(_ series: TimeSeries) throws -> ETSModel {
        try Self.best(of: try fitCandidates(series), series: series)
    }

    /// Every candidate that could be fitted, in the order of ``candidates(for:)``.
    /// - Throws: ``ForecastingError/seriesTooShort(series:method:count:required:)`` when the
    ///   series supports no candidate.
    public func fitCandidates(_ series: TimeSeries) throws -> [ETSModel] {
        let specifications = candidates(for: series)
        guard !specifications.isEmpty else {
            let simplest = ETSSpecification(error: .additive, trend: damped == true ? .additiveDamped : .none, season: .none)
            throw ForecastingError.seriesTooShort(
                series: series.name, method: damped == true ? "damped-trend ETS" : "automatic ETS", count: series.count,
                required: ETSEstimator.minimumObservations(simplest, seasonalPeriod: 1))
        }
        return specifications.compactMap { try? estimator.fit(series, $0) }
    }

    /// The model with the smallest finite AICc, the first on a tie.
    /// - Throws: ``ForecastingError/noModelFitted(series:method:)`` when there is none.
    public static func best(of models: [ETSModel], series: TimeSeries) throws -> ETSModel {
        var best: ETSModel?
        for model in models where model.aicc.isFinite {
            if best.map({ model.aicc < $0.aicc }) ?? true { best = model }
        }
        guard let best else { throw ForecastingError.noModelFitted(series: series.name, method: "automatic ETS") }
        return best
    }
}
