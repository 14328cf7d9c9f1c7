/// Why a forecast, a fit or an accuracy measure could not be produced.
///
/// Every error names the series (or the argument) it is about, so that a batch of thousands
/// of series reports which one was wrong and why.
public enum ForecastingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The series has no observations.
    case emptySeries(series: String)
    /// A missing value (NaN) at this 0-based position.
    case missingValue(series: String, index: Int)
    /// An infinite value at this 0-based position.
    case infiniteValue(series: String, index: Int)
    /// The seasonal period is not a positive integer.
    case invalidSeasonalPeriod(series: String, period: Int)
    /// The forecast horizon is not positive.
    case invalidHorizon(Int)
    /// A prediction-interval level is outside `(0, 1)`.
    case invalidLevel(Double)
    /// The series is too short for the method.
    case seriesTooShort(series: String, method: String, count: Int, required: Int)
    /// A model that multiplies or divides by the data was asked for on data that are not
    /// all positive.
    case nonPositiveData(series: String, model: String)
    /// A seasonal model was asked for on a series whose seasonal period is 1.
    case nonSeasonalData(series: String, model: String)
    /// The likelihood of this model is undefined on the series with the parameters given
    /// (a one-step mean or a divisor reached zero).
    case undefinedLikelihood(series: String, model: String)
    /// No candidate model could be fitted (every likelihood was undefined).
    case noModelFitted(series: String, method: String)
    /// Two sequences that must have equal lengths do not.
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// An accuracy measure is undefined for these data (for example, a scale of zero).
    case undefinedMeasure(measure: String, reason: String)

    /// A sentence naming the series or argument and what is wrong with it.
    public var description: String {
        switch self {
        case .emptySeries(let series):
            return "series '\(series)' has no observations"
        case .missingValue(let series, let index):
            return "series '\(series)' has a missing value (NaN) at position \(index)"
        case .infiniteValue(let series, let index):
            return "series '\(series)' has an infinite value at position \(index)"
        case .invalidSeasonalPeriod(let series, let period):
            return "series '\(series)': seasonal period \(period) is not a positive integer"
        case .invalidHorizon(let horizon):
            return "forecast horizon \(horizon) is not positive"
        case .invalidLevel(let level):
            return "prediction-interval level \(level) is not between 0 and 1"
        case .seriesTooShort(let series, let method, let count, let required):
            return "series '\(series)' has \(count) observation\(count == 1 ? "" : "s"); \(method) needs at least \(required)"
        case .nonPositiveData(let series, let model):
            return "series '\(series)' has zero or negative values; \(model) needs positive data"
        case .nonSeasonalData(let series, let model):
            return "series '\(series)' has seasonal period 1; \(model) needs a seasonal period of at least 2"
        case .undefinedLikelihood(let series, let model):
            return "series '\(series)': the likelihood of \(model) is undefined (a one-step mean or a divisor reached zero)"
        case .noModelFitted(let series, let method):
            return "series '\(series)': no \(method) model could be fitted"
        case .lengthMismatch(let what, let expected, let actual):
            return "\(what): expected \(expected) values, got \(actual)"
        case .undefinedMeasure(let measure, let reason):
            return "\(measure) is undefined: \(reason)"
        }
    }
}
