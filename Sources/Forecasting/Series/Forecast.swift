/// Lower and upper prediction bounds at one coverage level, one pair per step ahead.
public struct PredictionInterval: Sendable, Equatable {
    /// The nominal coverage, in `(0, 1)`: 0.95 for a 95% interval.
    public let level: Double
    /// Lower bounds, one per step ahead.
    public let lower: [Double]
    /// Upper bounds, one per step ahead.
    public let upper: [Double]

    /// An interval from its bounds.
    public init(level: Double, lower: [Double], upper: [Double]) {
        self.level = level
        self.lower = lower
        self.upper = upper
    }
}

/// Point forecasts for steps `1…h` ahead with prediction intervals.
public struct Forecast: Sendable, Equatable {
    /// What produced it, e.g. `ETS(M,Ad,N)` or `theta`.
    public let method: String
    /// Point forecasts, one per step ahead.
    public let mean: [Double]
    /// Prediction intervals, one per requested level, in the order requested.
    public let intervals: [PredictionInterval]

    /// A forecast from its parts.
    public init(method: String, mean: [Double], intervals: [PredictionInterval]) {
        self.method = method
        self.mean = mean
        self.intervals = intervals
    }

    /// The number of steps ahead.
    public var horizon: Int { mean.count }

    /// The interval at `level`, if it was computed.
    public func interval(level: Double) -> PredictionInterval? {
        intervals.first { abs($0.level - level) < 1e-12 }
    }
}

/// Checks shared by every forecasting entry point.
enum ForecastRequest {
    /// - Throws: ``ForecastingError/invalidHorizon(_:)`` or ``ForecastingError/invalidLevel(_:)``.
    static func validate(horizon: Int, levels: [Double]) throws {
        guard horizon >= 1 else { throw ForecastingError.invalidHorizon(horizon) }
        if let bad = levels.first(where: { !($0 > 0 && $0 < 1) }) {
            throw ForecastingError.invalidLevel(bad)
        }
    }
}
