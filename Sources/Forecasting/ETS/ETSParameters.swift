/// Smoothing parameters of an exponential smoothing model.
///
/// Components a model lacks take their neutral values: `beta = 0` without a trend,
/// `gamma = 0` without a season, `phi = 1` without damping.
public struct ETSParameters: Sendable, Equatable {
    /// Level smoothing, `0 < α < 1`.
    public var alpha: Double
    /// Trend smoothing, `0 < β < α`.
    public var beta: Double
    /// Seasonal smoothing, `0 < γ < 1 − α`.
    public var gamma: Double
    /// Trend damping, `0.8 ≤ φ ≤ 0.98` when estimated.
    public var phi: Double

    /// Parameters from their values.
    public init(alpha: Double, beta: Double = 0, gamma: Double = 0, phi: Double = 1) {
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma
        self.phi = phi
    }

    /// These parameters with the neutral value for every component `specification` lacks.
    func neutralized(for specification: ETSSpecification) -> ETSParameters {
        ETSParameters(alpha: alpha, beta: specification.hasTrend ? beta : 0,
                      gamma: specification.isSeasonal ? gamma : 0, phi: specification.isDamped ? phi : 1)
    }
}

/// The state vector `xₜ = (ℓₜ, bₜ, sₜ, sₜ₋₁, …, sₜ₋ₘ₊₁)` of an exponential smoothing model.
public struct ETSState: Sendable, Equatable {
    /// The level `ℓₜ`.
    public var level: Double
    /// The trend `bₜ` (0 without a trend).
    public var trend: Double
    /// Seasonal states, newest first: `seasonal[0] = sₜ`, `seasonal[m − 1] = sₜ₋ₘ₊₁`, the
    /// one the next observation uses. Empty without a season.
    public var seasonal: [Double]

    /// A state from its components.
    public init(level: Double, trend: Double = 0, seasonal: [Double] = []) {
        self.level = level
        self.trend = trend
        self.seasonal = seasonal
    }

    /// The state with every component multiplied by `factor` where it carries the data's
    /// units (level, trend, additive seasonal states).
    func scaled(by factor: Double, multiplicativeSeason: Bool) -> ETSState {
        ETSState(level: level * factor, trend: trend * factor,
                 seasonal: multiplicativeSeason ? seasonal : seasonal.map { $0 * factor })
    }
}
