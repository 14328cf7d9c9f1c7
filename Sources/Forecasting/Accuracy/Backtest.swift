/// Rolling-origin evaluation (Tashman 2000): forecast from successive origins, each using only
/// the observations before it, and measure accuracy on the `horizon` values that follow.
///
/// Origins run from `minimumTrainingSize` observations to `n − horizon`, every `step`
/// observations, so every forecast is scored on a full horizon.
public struct RollingOriginBacktest: Sendable {
    /// Steps ahead forecast from each origin.
    public var horizon: Int
    /// Observations before the first origin.
    public var minimumTrainingSize: Int
    /// Observations between successive origins.
    public var step: Int
    /// Interval levels scored.
    public var levels: [Double]

    /// A backtest design.
    public init(horizon: Int, minimumTrainingSize: Int, step: Int = 1, levels: [Double] = [0.8, 0.95]) {
        self.horizon = horizon
        self.minimumTrainingSize = minimumTrainingSize
        self.step = max(step, 1)
        self.levels = levels
    }

    /// Runs `method` from every origin.
    /// - Throws: ``ForecastingError/seriesTooShort(series:method:count:required:)`` when no
    ///   origin fits, and any error of the method.
    public func run(_ method: ForecastMethod, on series: TimeSeries) throws -> BacktestResult {
        try run(on: series) { try method.forecast($0, horizon: $1, levels: $2) }
    }

    /// Runs a forecasting function `(training series, horizon, levels) → forecast` from every
    /// origin.
    public func run(on series: TimeSeries,
                    _ forecaster: (TimeSeries, Int, [Double]) throws -> Forecast) throws -> BacktestResult {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        let first = max(minimumTrainingSize, 1)
        guard first + horizon <= series.count else {
            throw ForecastingError.seriesTooShort(series: series.name, method: "a rolling-origin backtest",
                                                  count: series.count, required: first + horizon)
        }
        let origins = try stride(from: first, through: series.count - horizon, by: step).map { size in
            let training = series.prefix(size)
            let actual = Array(series.values[size..<(size + horizon)])
            let forecast = try forecaster(training, horizon, levels)
            let accuracy = try AccuracyReport(actual: actual, forecast: forecast, insample: training.values,
                                              seasonalPeriod: series.seasonalPeriod)
            return BacktestOrigin(trainingSize: size, actual: actual, forecast: forecast, accuracy: accuracy)
        }
        return BacktestResult(origins: origins)
    }
}

/// One origin of a backtest.
public struct BacktestOrigin: Sendable, Equatable {
    /// Observations the forecast was made from.
    public let trainingSize: Int
    /// The values that followed.
    public let actual: [Double]
    /// The forecast made at the origin.
    public let forecast: Forecast
    /// Its accuracy.
    public let accuracy: AccuracyReport
}

/// The origins of a backtest and their averages.
public struct BacktestResult: Sendable, Equatable {
    /// Every origin, in time order.
    public let origins: [BacktestOrigin]

    /// Mean sMAPE over origins.
    public var meanSMAPE: Double { mean(origins.map(\.accuracy.smape)) }
    /// Mean MASE over origins where it is defined; `nil` if it is nowhere defined.
    public var meanMASE: Double? { optionalMean(origins.compactMap(\.accuracy.mase)) }
    /// Mean RMSSE over origins where it is defined; `nil` if it is nowhere defined.
    public var meanRMSSE: Double? { optionalMean(origins.compactMap(\.accuracy.rmsse)) }
    /// Mean coverage of each interval level over origins.
    public var meanCoverage: [Double] { perLevel(\.coverage) }
    /// Mean Winkler score of each interval level over origins.
    public var meanWinklerScore: [Double] { perLevel(\.winklerScore) }

    private func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(values.count, 1)) }
    private func optionalMean(_ values: [Double]) -> Double? { values.isEmpty ? nil : mean(values) }
    private func perLevel(_ key: KeyPath<AccuracyReport, [Double]>) -> [Double] {
        let count = origins.first?.accuracy[keyPath: key].count ?? 0
        return (0..<count).map { i in mean(origins.map { $0.accuracy[keyPath: key][i] }) }
    }
}
