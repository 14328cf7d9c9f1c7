/// Accuracy measures for point forecasts and prediction intervals.
///
/// Every function compares `actual` with forecasts of the same length and throws
/// ``ForecastingError/lengthMismatch(what:expected:actual:)`` otherwise.
public enum Accuracy {
    /// Symmetric MAPE as in the M3 competition (Makridakis & Hibon 2000), in percent:
    /// the mean of `200·|yₜ − ŷₜ| / (|yₜ| + |ŷₜ|)`. A term with `yₜ = ŷₜ = 0` counts as 0.
    public static func smape(actual: [Double], forecast: [Double]) throws -> Double {
        try checkLengths(actual, forecast, "forecast")
        let terms = zip(actual, forecast).map { y, f -> Double in
            let denominator = abs(y) + abs(f)
            return denominator > 0 ? 200 * abs(y - f) / denominator : 0
        }
        return terms.reduce(0, +) / Double(terms.count)
    }

    /// Mean absolute scaled error (Hyndman & Koehler 2006): the mean absolute error divided by
    /// the in-sample mean absolute error of the seasonal naive method,
    /// `(1/(n−m))·Σₜ₌ₘ₊₁ⁿ |yₜ − yₜ₋ₘ|` (lag 1 when the sample is not longer than `m`).
    /// - Throws: ``ForecastingError/undefinedMeasure(measure:reason:)`` when the scale is 0.
    public static func mase(actual: [Double], forecast: [Double], insample: [Double], seasonalPeriod: Int = 1) throws -> Double {
        try checkLengths(actual, forecast, "forecast")
        let scale = try naiveScale(insample, seasonalPeriod, measure: "MASE") { abs($0) }
        let mae = zip(actual, forecast).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(actual.count)
        return mae / scale
    }

    /// Root mean squared scaled error (the M5 competition's measure): `√(MSE / s)` with `s`
    /// the in-sample mean squared error of the seasonal naive method.
    /// - Throws: ``ForecastingError/undefinedMeasure(measure:reason:)`` when the scale is 0.
    public static func rmsse(actual: [Double], forecast: [Double], insample: [Double], seasonalPeriod: Int = 1) throws -> Double {
        try checkLengths(actual, forecast, "forecast")
        let scale = try naiveScale(insample, seasonalPeriod, measure: "RMSSE") { $0 * $0 }
        let mse = zip(actual, forecast).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(actual.count)
        return (mse / scale).squareRoot()
    }

    /// The fraction of actual values inside the interval (bounds included).
    public static func coverage(actual: [Double], interval: PredictionInterval) throws -> Double {
        try checkLengths(actual, interval.lower, "interval")
        let inside = actual.indices.filter { interval.lower[$0] <= actual[$0] && actual[$0] <= interval.upper[$0] }
        return Double(inside.count) / Double(actual.count)
    }

    /// The mean Winkler (1972) interval score of a `(1 − a)` interval, `a = 1 − level`:
    /// `(u − l) + (2/a)·(l − y)` when `y < l`, `(u − l) + (2/a)·(y − u)` when `y > u`,
    /// and `u − l` otherwise (Gneiting & Raftery 2007). Lower is better.
    public static func winklerScore(actual: [Double], interval: PredictionInterval) throws -> Double {
        try checkLengths(actual, interval.lower, "interval")
        let a = 1 - interval.level
        let scores = actual.indices.map { t -> Double in
            let l = interval.lower[t], u = interval.upper[t], y = actual[t]
            var score = u - l
            if y < l { score += 2 / a * (l - y) }
            if y > u { score += 2 / a * (y - u) }
            return score
        }
        return scores.reduce(0, +) / Double(scores.count)
    }

    private static func checkLengths(_ actual: [Double], _ other: [Double], _ what: String) throws {
        guard !actual.isEmpty else {
            throw ForecastingError.undefinedMeasure(measure: "accuracy", reason: "no actual values")
        }
        guard actual.count == other.count else {
            throw ForecastingError.lengthMismatch(what: "\(what) values against actual values",
                                                  expected: actual.count, actual: other.count)
        }
    }

    /// The in-sample mean of `loss(yₜ − yₜ₋ₘ)`.
    private static func naiveScale(_ y: [Double], _ m: Int, measure: String,
                                   loss: (Double) -> Double) throws -> Double {
        let lag = y.count > max(m, 1) ? max(m, 1) : 1
        let changes = NaiveMethods.differences(y, lag: lag)
        guard !changes.isEmpty else {
            throw ForecastingError.undefinedMeasure(measure: measure, reason: "the in-sample part needs at least 2 values")
        }
        let scale = changes.reduce(0) { $0 + loss($1) } / Double(changes.count)
        guard scale > 0 else {
            throw ForecastingError.undefinedMeasure(measure: measure,
                                                    reason: "the in-sample naive errors are all zero (a constant series)")
        }
        return scale
    }
}

/// Accuracy of one forecast against the values that followed.
public struct AccuracyReport: Sendable, Equatable {
    /// Symmetric MAPE (M3), percent.
    public let smape: Double
    /// MASE; `nil` when undefined (a constant in-sample series).
    public let mase: Double?
    /// RMSSE; `nil` when undefined.
    public let rmsse: Double?
    /// Coverage of each interval, in the forecast's order of levels.
    public let coverage: [Double]
    /// Mean Winkler score of each interval.
    public let winklerScore: [Double]

    /// Measures `forecast` against `actual`, scaling by `insample`.
    /// - Throws: ``ForecastingError/lengthMismatch(what:expected:actual:)``.
    public init(actual: [Double], forecast: Forecast, insample: [Double], seasonalPeriod: Int = 1) throws {
        smape = try Accuracy.smape(actual: actual, forecast: forecast.mean)
        mase = try? Accuracy.mase(actual: actual, forecast: forecast.mean, insample: insample, seasonalPeriod: seasonalPeriod)
        rmsse = try? Accuracy.rmsse(actual: actual, forecast: forecast.mean, insample: insample, seasonalPeriod: seasonalPeriod)
        coverage = try forecast.intervals.map { try Accuracy.coverage(actual: actual, interval: $0) }
        winklerScore = try forecast.intervals.map { try Accuracy.winklerScore(actual: actual, interval: $0) }
    }
}
