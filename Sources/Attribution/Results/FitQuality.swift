/// How well the model fits the sales, in sample and on the validation folds.
public struct FitQuality: Sendable, Equatable {
    /// 1 − residual sum of squares ÷ total sum of squares.
    public var rSquared: Double
    /// Root mean squared error ÷ (largest − smallest sales), as Robyn reports it.
    public var nrmse: Double
    /// Mean absolute percentage error (a fraction), over the weeks with non-zero sales.
    public var mape: Double
    /// Root mean squared error of the expanding-origin validation forecasts.
    public var validationRMSE: Double
    /// The validation RMSE ÷ (largest − smallest sales).
    public var validationNRMSE: Double
    /// Weeks the validation forecast.
    public var validationWeeks: Int
}

/// One week of the decomposition: the fitted sales as the sum of its parts.
public struct DecompositionWeek: Sendable, Equatable {
    /// The week's first day, in days since 1970-01-01.
    public var day: Int
    public var actual: Double
    /// The model's sales: `baseline + Σ channels`.
    public var fitted: Double
    public var intercept: Double
    public var trend: Double
    public var seasonality: Double
    public var events: Double
    public var controls: Double
    /// Each channel's contribution, in the order of ``MarketingMixResult/channels``.
    public var channels: [Double]
    /// The interval of the baseline (all of its parts together).
    public var baselineInterval: ClosedRange<Double>
    /// The interval of each channel's contribution.
    public var channelIntervals: [ClosedRange<Double>]

    /// Sales without marketing: intercept + trend + seasonality + events + controls.
    public var baseline: Double { intercept + trend + seasonality + events + controls }
}
