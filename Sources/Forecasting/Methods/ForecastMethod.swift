/// The forecasting methods of the toolkit, each a complete procedure from a series to a
/// forecast with intervals.
///
/// Short series fall back to simpler methods instead of failing, and the forecast's
/// ``Forecast/method`` says what was used:
/// - ``autoETS`` needs 5 observations for its simplest model, ETS(A,N,N); below that the
///   ``naive`` forecast is returned. Longer series add the models they can support (see
///   ``AutoETS``).
/// - ``dampedETS`` needs 8 observations (ETS(A,Ad,N)); below that it is ``autoETS``.
/// - ``theta`` needs 5 observations (for its SES step); below that it is ``naive``.
/// - ``ensemble`` averages the members that can be fitted; with none, it is ``naive``.
/// - A series that never changes is forecast as itself, with intervals of no width, whatever
///   the method.
///
/// Invalid requests (a horizon below 1, a level outside `(0, 1)`) still throw.
public enum ForecastMethod: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The last observation (``NaiveMethods/naive(_:horizon:levels:)``).
    case naive
    /// The observation one season earlier (``NaiveMethods/seasonalNaive(_:horizon:levels:)``).
    case seasonalNaive = "snaive"
    /// Random walk with drift (``NaiveMethods/drift(_:horizon:levels:)``).
    case drift
    /// The Theta method (``ThetaMethod``).
    case theta
    /// Exponential smoothing chosen by AICc among all admissible models (``AutoETS``).
    case autoETS = "ets-auto"
    /// Exponential smoothing chosen by AICc among damped-trend models.
    case dampedETS = "damped"
    /// The equal-weight combination of auto-ETS, Theta and damped-trend ETS (``Ensemble``).
    case ensemble

    /// The short name used in tables and on the command line.
    public var description: String { rawValue }

    /// Forecasts `series` for steps `1…horizon` with intervals at `levels`.
    /// - Throws: ``ForecastingError/invalidHorizon(_:)`` or ``ForecastingError/invalidLevel(_:)``;
    ///   a series a method cannot handle gets the naive forecast instead (see the type's
    ///   overview).
    public func forecast(_ series: TimeSeries, horizon: Int, levels: [Double] = [0.8, 0.95]) throws -> Forecast {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        // A series that never changes is forecast as itself, exactly: a fitted model would
        // give it rounding noise (1e-11 around a series of zeros).
        if series.isConstant, series.count >= 2, self != .naive {
            let naive = try NaiveMethods.naive(series, horizon: horizon, levels: levels)
            return Forecast(method: "constant (every value is \(series.values[0]))", mean: naive.mean, intervals: naive.intervals)
        }
        switch self {
        case .naive: return try NaiveMethods.naive(series, horizon: horizon, levels: levels)
        case .seasonalNaive: return try NaiveMethods.seasonalNaive(series, horizon: horizon, levels: levels)
        case .drift: return try NaiveMethods.drift(series, horizon: horizon, levels: levels)
        case .theta:
            do {
                return try ThetaMethod().forecast(series, horizon: horizon, levels: levels)
            } catch let error as ForecastingError {
                return try Self.fallback(series, horizon: horizon, levels: levels, because: error)
            }
        case .autoETS:
            do {
                return try AutoETS().fit(series).forecast(horizon: horizon, levels: levels)
            } catch let error as ForecastingError {
                return try Self.fallback(series, horizon: horizon, levels: levels, because: error)
            }
        case .dampedETS:
            guard let model = try? AutoETS(damped: true).fit(series) else {
                return try Self.autoETS.forecast(series, horizon: horizon, levels: levels)
            }
            return try model.forecast(horizon: horizon, levels: levels)
        case .ensemble:
            return try Ensemble().forecast(series, horizon: horizon, levels: levels)
        }
    }

    /// The naive forecast in place of a method that could not be used, labelled with why:
    /// `naive (series 'x' has 4 observations; automatic ETS needs at least 5)`.
    static func fallback(_ series: TimeSeries, horizon: Int, levels: [Double],
                         because reason: ForecastingError) throws -> Forecast {
        let naive = try NaiveMethods.naive(series, horizon: horizon, levels: levels)
        return Forecast(method: "naive (\(reason))", mean: naive.mean, intervals: naive.intervals)
    }
}
