/// An equal-weight combination of automatic ETS, the Theta method and damped-trend ETS.
///
/// Combining forecasts of different methods is among the most reliable ways to reduce
/// forecast error (Clemen 1989; the M3 and M4 competitions, where equal-weight combinations
/// of exponential smoothing methods beat most single methods). The three members err in
/// different directions on trending series: auto-ETS often chooses a linear or no trend, Theta
/// extrapolates half the global trend, and the damped trend flattens a local one.
///
/// The point forecast is the mean of the members' point forecasts; each interval bound is the
/// mean of the members' bounds (quantile averaging, Lichtendahl, Grushka-Cockayne & Winkler
/// 2013). The ETS candidates are fitted once and serve both ETS members: the best by AICc
/// overall, and the best among damped-trend models. When the best model has a season, every
/// member keeps it: the damped member is the best seasonal damped model, and Theta is
/// seasonally adjusted whatever its own test says (which needs more than two seasons of data);
/// a flat member averaged in would halve the season.
public struct Ensemble: Sendable {
    /// The selection used for both ETS members.
    public var autoETS: AutoETS

    /// The standard combination.
    public init(autoETS: AutoETS = AutoETS()) {
        self.autoETS = autoETS
    }

    /// The combined forecast; members that cannot be fitted (a short series) are left out, and
    /// with none left the naive forecast is returned.
    /// - Throws: ``ForecastingError/invalidHorizon(_:)``, ``ForecastingError/invalidLevel(_:)``.
    public func forecast(_ series: TimeSeries, horizon: Int, levels: [Double] = [0.8, 0.95]) throws -> Forecast {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        var members: [Forecast] = []
        // When the ETS selection finds a season, every member keeps it: averaging a seasonal
        // forecast with a flat one halves the season (a two-year monthly series whose Theta
        // test cannot yet see it).
        var seasonal: Bool?
        if let models = try? AutoETS(damped: nil, estimator: autoETS.estimator).fitCandidates(series) {
            if let best = try? AutoETS.best(of: models, series: series) {
                members.append(try best.forecast(horizon: horizon, levels: levels))
                if best.specification.isSeasonal { seasonal = true }
            }
            if let damped = try? Self.bestDamped(models, series: series, seasonal: seasonal == true) {
                members.append(try damped.forecast(horizon: horizon, levels: levels))
            }
        }
        if let theta = try? ThetaMethod().forecast(series, horizon: horizon, levels: levels, seasonal: seasonal) {
            members.append(theta)
        }
        guard !members.isEmpty else {
            let reason = ForecastingError.seriesTooShort(series: series.name, method: "the ensemble",
                                                         count: series.count, required: 5)
            return try ForecastMethod.fallback(series, horizon: horizon, levels: levels, because: reason)
        }
        return Self.combine(members, method: "ensemble(" + members.map(\.method).joined(separator: ", ") + ")")
    }

    /// The equal-weight average of forecasts with the same horizon and levels.
    public static func combine(_ forecasts: [Forecast], method: String) -> Forecast {
        let k = Double(forecasts.count)
        func average(_ rows: [[Double]]) -> [Double] {
            (0..<(rows.first?.count ?? 0)).map { h in rows.reduce(0) { $0 + $1[h] } / k }
        }
        let intervals = (forecasts.first?.intervals ?? []).indices.map { i in
            PredictionInterval(level: forecasts[0].intervals[i].level,
                               lower: average(forecasts.map { $0.intervals[i].lower }),
                               upper: average(forecasts.map { $0.intervals[i].upper }))
        }
        return Forecast(method: method, mean: average(forecasts.map(\.mean)), intervals: intervals)
    }

    /// The damped-trend model with the smallest AICc among fitted candidates; with `seasonal`,
    /// among the seasonal ones when any was fitted.
    static func bestDamped(_ models: [ETSModel], series: TimeSeries, seasonal: Bool = false) throws -> ETSModel {
        let damped = models.filter { $0.specification.isDamped }
        let seasonalDamped = damped.filter { $0.specification.isSeasonal }
        return try AutoETS.best(of: seasonal && !seasonalDamped.isEmpty ? seasonalDamped : damped, series: series)
    }
}
