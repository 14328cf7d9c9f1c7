/// One member of the exponential smoothing family ETS(error, trend, season) in the
/// innovations state-space form of Hyndman, Koehler, Ord & Snyder (2008).
///
/// With level `ℓ`, trend `b`, seasonal states `s` and damping `φ` (1 without damping), the
/// one-step mean is `μₜ = (ℓₜ₋₁ + φbₜ₋₁) ⊕ sₜ₋ₘ`, where `⊕` is `+` for an additive season and
/// `×` for a multiplicative one. The error enters additively, `yₜ = μₜ + εₜ`, or
/// multiplicatively, `yₜ = μₜ(1 + εₜ)`. The states follow the error-correction equations
///
///     ℓₜ = ℓₜ₋₁ + φbₜ₋₁ + α·(yₜ ⊖ sₜ₋ₘ − ℓₜ₋₁ − φbₜ₋₁)
///     bₜ = φbₜ₋₁ + β·(ℓₜ − ℓₜ₋₁ − φbₜ₋₁) / α
///     sₜ = sₜ₋ₘ + γ·(yₜ ⊖ (ℓₜ₋₁ + φbₜ₋₁) − sₜ₋ₘ)
///
/// which are the same for both error types; the error type changes the likelihood and the
/// forecast distribution.
public struct ETSSpecification: Hashable, Sendable, CustomStringConvertible {
    /// How the innovation enters the observation.
    public enum ErrorType: String, Hashable, Sendable, CaseIterable {
        /// `yₜ = μₜ + εₜ`.
        case additive = "A"
        /// `yₜ = μₜ(1 + εₜ)`: errors proportional to the level.
        case multiplicative = "M"
    }

    /// The trend component. Multiplicative trends are left out, as `forecast::ets` does by
    /// default: their forecasts explode too easily to be a safe automatic choice.
    public enum TrendType: String, Hashable, Sendable, CaseIterable {
        /// No trend.
        case none = "N"
        /// A linear trend `b`.
        case additive = "A"
        /// A linear trend damped by `φ < 1`: forecasts level off.
        case additiveDamped = "Ad"
    }

    /// The seasonal component.
    public enum SeasonType: String, Hashable, Sendable, CaseIterable {
        /// No season.
        case none = "N"
        /// Seasonal effects added to the level.
        case additive = "A"
        /// Seasonal factors multiplying the level.
        case multiplicative = "M"
    }

    /// How the innovation enters.
    public let error: ErrorType
    /// The trend component.
    public let trend: TrendType
    /// The seasonal component.
    public let season: SeasonType

    /// A specification from its three components.
    public init(error: ErrorType, trend: TrendType, season: SeasonType) {
        self.error = error
        self.trend = trend
        self.season = season
    }

    /// Parses the compact code of R's `ets(model=)`, with `d` for damping: `"ANN"`, `"MAdM"`.
    public init?(code: String) {
        var rest = Substring(code)
        guard let e = rest.first.flatMap({ ErrorType(rawValue: String($0)) }) else { return nil }
        rest = rest.dropFirst()
        let trend: TrendType
        if rest.hasPrefix("Ad") {
            trend = .additiveDamped
            rest = rest.dropFirst(2)
        } else if let t = rest.first.flatMap({ TrendType(rawValue: String($0)) }) {
            trend = t
            rest = rest.dropFirst()
        } else {
            return nil
        }
        guard rest.count == 1, let s = SeasonType(rawValue: String(rest)) else { return nil }
        self.init(error: e, trend: trend, season: s)
    }

    /// The compact code, e.g. `AAdN`.
    public var code: String { error.rawValue + trend.rawValue + season.rawValue }

    /// The conventional name, e.g. `ETS(A,Ad,N)`.
    public var description: String { "ETS(\(error.rawValue),\(trend.rawValue),\(season.rawValue))" }

    /// Whether the model has a trend state.
    public var hasTrend: Bool { trend != .none }
    /// Whether the trend is damped by `φ`.
    public var isDamped: Bool { trend == .additiveDamped }
    /// Whether the model has seasonal states.
    public var isSeasonal: Bool { season != .none }
    /// Whether the model divides by the data or its states and so needs positive data.
    public var needsPositiveData: Bool { error == .multiplicative || season == .multiplicative }

    /// An additive error with a multiplicative season is numerically unstable (the seasonal
    /// update divides by a level that can approach zero); `forecast::ets` excludes it by
    /// default and so does automatic selection here.
    public var isStable: Bool { !(error == .additive && season == .multiplicative) }

    /// How forecast variances are obtained (Hyndman et al. 2008, chapter 6).
    var varianceClass: VarianceClass {
        if season == .multiplicative { return .simulated }
        return error == .additive ? .linear : .linearMultiplicativeError
    }

    /// The number of smoothing parameters: α, β with a trend, γ with a season, φ if damped.
    var smoothingParameterCount: Int {
        1 + (hasTrend ? 1 : 0) + (isSeasonal ? 1 : 0) + (isDamped ? 1 : 0)
    }

    /// The number of free initial states: level, trend, and `m − 1` seasonal states (the
    /// last is fixed by the normalization of the seasonal pattern).
    func freeStateCount(seasonalPeriod m: Int) -> Int {
        1 + (hasTrend ? 1 : 0) + (isSeasonal ? m - 1 : 0)
    }

    /// Parameters counted by the information criteria: smoothing parameters, free initial
    /// states, and the innovation variance.
    func informationCriterionParameterCount(seasonalPeriod m: Int) -> Int {
        smoothingParameterCount + freeStateCount(seasonalPeriod: m) + 1
    }

    /// The models automatic selection considers: every stable combination of the components
    /// allowed, without multiplicative parts when the data are not all positive and without
    /// seasonal parts for non-seasonal data.
    /// - Parameters:
    ///   - seasonal: whether seasonal models are allowed.
    ///   - positiveData: whether multiplicative error and season are allowed.
    ///   - damped: `true` for damped-trend models only, `false` to exclude them, `nil` for both.
    public static func candidates(seasonal: Bool, positiveData: Bool, damped: Bool? = nil) -> [ETSSpecification] {
        var result: [ETSSpecification] = []
        for error in ErrorType.allCases where positiveData || error == .additive {
            for trend in TrendType.allCases {
                if let damped, damped != (trend == .additiveDamped) { continue }
                for season in SeasonType.allCases where seasonal || season == .none {
                    let spec = ETSSpecification(error: error, trend: trend, season: season)
                    if spec.isStable && (positiveData || !spec.needsPositiveData) { result.append(spec) }
                }
            }
        }
        return result
    }
}

/// How a model's forecast variance is computed.
enum VarianceClass: Sendable {
    /// Additive error, linear states: the exact variance `σ²(1 + Σ cⱼ²)`.
    case linear
    /// Multiplicative error, linear states: the exact variance recursion of class 2.
    case linearMultiplicativeError
    /// Multiplicative seasonality: seeded simulation of sample paths.
    case simulated
}
