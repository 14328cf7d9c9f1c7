/// The random-walk benchmarks: naive, seasonal naive, and random walk with drift.
///
/// Each forecast comes with Gaussian intervals whose variance follows from the random walk
/// that the method assumes (Hyndman & Athanasopoulos, *Forecasting: Principles and Practice*,
/// §5.5), with `σ²` the mean squared in-sample one-step residual, one degree of freedom
/// charged for the estimated drift. A series too short to leave any residual gets infinite
/// bounds: it says nothing about its own spread.
public enum NaiveMethods {
    /// The last value, `ŷₙ₊ₕ = yₙ`, with standard error `σ·√h` from the residuals
    /// `yₜ − yₜ₋₁`.
    public static func naive(_ series: TimeSeries, horizon: Int, levels: [Double] = [0.8, 0.95]) throws -> Forecast {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        let y = series.values
        let mean = Array(repeating: y[y.count - 1], count: horizon)
        let sigma = residualScale(differences(y, lag: 1), estimated: 0)
        let errors = (1...horizon).map { sigma * Double($0).squareRoot() }
        return Forecast(method: "naive", mean: mean,
                        intervals: try GaussianIntervals.make(mean: mean, standardErrors: errors, levels: levels))
    }

    /// The value one season earlier, `ŷₙ₊ₕ = yₙ₊ₕ₋ₘ⌈h/m⌉`, with standard error
    /// `σ·√(⌊(h − 1)/m⌋ + 1)` from the residuals `yₜ − yₜ₋ₘ`. A series shorter than one season
    /// falls back to the naive method.
    public static func seasonalNaive(_ series: TimeSeries, horizon: Int,
                                     levels: [Double] = [0.8, 0.95]) throws -> Forecast {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        let y = series.values, n = y.count, m = series.seasonalPeriod
        guard m > 1, n >= m else {
            let naive = try naive(series, horizon: horizon, levels: levels)
            return Forecast(method: "seasonal naive", mean: naive.mean, intervals: naive.intervals)
        }
        let mean = (0..<horizon).map { y[n - m + $0 % m] }
        let sigma = residualScale(differences(y, lag: m), estimated: 0)
        let errors = (0..<horizon).map { sigma * Double($0 / m + 1).squareRoot() }
        return Forecast(method: "seasonal naive", mean: mean,
                        intervals: try GaussianIntervals.make(mean: mean, standardErrors: errors, levels: levels))
    }

    /// The last value plus the average change, `ŷₙ₊ₕ = yₙ + h·(yₙ − y₁)/(n − 1)` (the line
    /// through the first and last observations, extended), with standard error
    /// `σ·√(h·(1 + h/(n − 1)))`, which adds the uncertainty of the drift estimated from
    /// `n − 1` changes. A single observation gives the naive forecast.
    public static func drift(_ series: TimeSeries, horizon: Int, levels: [Double] = [0.8, 0.95]) throws -> Forecast {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        let y = series.values, n = y.count
        guard n > 1 else {
            let naive = try naive(series, horizon: horizon, levels: levels)
            return Forecast(method: "drift", mean: naive.mean, intervals: naive.intervals)
        }
        let slope = (y[n - 1] - y[0]) / Double(n - 1)
        let mean = (1...horizon).map { y[n - 1] + Double($0) * slope }
        let sigma = residualScale(differences(y, lag: 1).map { $0 - slope }, estimated: 1)
        let errors = (1...horizon).map { h in sigma * (Double(h) * (1 + Double(h) / Double(n - 1))).squareRoot() }
        return Forecast(method: "drift", mean: mean,
                        intervals: try GaussianIntervals.make(mean: mean, standardErrors: errors, levels: levels))
    }

    /// `yₜ − yₜ₋ₗₐ₉` for every `t` that has a predecessor at that lag.
    static func differences(_ y: [Double], lag: Int) -> [Double] {
        y.count > lag ? (lag..<y.count).map { y[$0] - y[$0 - lag] } : []
    }

    /// `√(Σ eₜ² / (N − estimated))`, or `+∞` when no degree of freedom is left.
    private static func residualScale(_ residuals: [Double], estimated: Int) -> Double {
        let dof = residuals.count - estimated
        guard dof > 0 else { return .infinity }
        return (residuals.reduce(0) { $0 + $1 * $1 } / Double(dof)).squareRoot()
    }
}
