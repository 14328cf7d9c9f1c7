import Statistics

/// How prediction intervals of models without a closed-form variance are simulated.
public struct ETSSimulationOptions: Sendable, Equatable {
    /// Number of sample paths.
    public var paths: Int
    /// Seed of the random number generator: equal seeds give equal intervals.
    public var seed: UInt64

    /// Simulation settings; 5000 paths as `forecast::ets`.
    public init(paths: Int = 5000, seed: UInt64 = 42) {
        self.paths = max(paths, 2)
        self.seed = seed
    }
}

extension ETSModel {
    /// Point forecasts and prediction intervals for steps `1…horizon`.
    ///
    /// Point forecasts iterate the state equations without innovations. Interval widths come
    /// from the exact forecast variance where it has a closed form (Hyndman et al. 2008,
    /// ch. 6): for additive errors with linear states (class 1),
    /// `vₕ = σ²·(1 + Σⱼ₌₁ʰ⁻¹ cⱼ²)` with `cⱼ = w′Fʲ⁻¹g`; for multiplicative errors with linear
    /// states (class 2), `vₕ = (1 + σ²)·θₕ − μₕ²` with `θ₁ = μ₁²` and
    /// `θₕ = μₕ² + σ²·Σⱼ₌₁ʰ⁻¹ cⱼ²·θₕ₋ⱼ`; intervals are then Gaussian. Models with a
    /// multiplicative season take the quantiles of simulated sample paths instead.
    /// - Parameters:
    ///   - levels: coverage levels in `(0, 1)`; none for point forecasts alone, which then
    ///     skips the simulation.
    ///   - simulation: paths and seed for the simulated intervals.
    /// - Throws: ``ForecastingError/invalidHorizon(_:)`` or ``ForecastingError/invalidLevel(_:)``.
    public func forecast(horizon: Int, levels: [Double] = [0.8, 0.95],
                         simulation: ETSSimulationOptions = ETSSimulationOptions()) throws -> Forecast {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        let mean = ETSRecursion(specification, parameters).pointForecasts(from: finalState, horizon: horizon)
        let intervals: [PredictionInterval]
        if levels.isEmpty {
            intervals = []
        } else if let variances = forecastVariances(horizon: horizon) {
            intervals = try GaussianIntervals.make(mean: mean, standardErrors: variances.map { max($0, 0).squareRoot() },
                                                   levels: levels)
        } else {
            let paths = try samplePaths(horizon: horizon, count: simulation.paths, seed: simulation.seed)
            intervals = SampleQuantiles.intervals(paths: paths, horizon: horizon, levels: levels)
        }
        return Forecast(method: specification.description, mean: mean, intervals: intervals)
    }

    /// Variances of the forecast errors for steps `1…horizon`, or `nil` for models with a
    /// multiplicative season, which have no closed form.
    public func forecastVariances(horizon: Int) -> [Double]? {
        let sigma2 = innovationVariance
        let c = coefficients(count: max(horizon - 1, 0))
        switch specification.varianceClass {
        case .linear:
            var total = 1.0
            return (0..<horizon).map { h in
                if h > 0 { total += c[h - 1] * c[h - 1] }
                return sigma2 * total
            }
        case .linearMultiplicativeError:
            let mu = ETSRecursion(specification, parameters).pointForecasts(from: finalState, horizon: horizon)
            var theta: [Double] = []
            for h in 0..<horizon {
                var value = mu[h] * mu[h]
                for j in 0..<h { value += sigma2 * c[j] * c[j] * theta[h - 1 - j] }
                theta.append(value)
            }
            return (0..<horizon).map { (1 + sigma2) * theta[$0] - mu[$0] * mu[$0] }
        case .simulated:
            return nil
        }
    }

    /// `cⱼ = w′Fʲ⁻¹g`, `j = 1…count`: the effect of an innovation on the mean `j` steps
    /// later. The state is `(ℓ, b, s₁…sₘ)` with `s₁` newest; `w′x = ℓ + φb + sₘ`; `F` maps
    /// `(ℓ, b, s)` to `(ℓ + φb, φb, (sₘ, s₁, …, sₘ₋₁))`; `g = (α, β, γ, 0, …, 0)`.
    func coefficients(count: Int) -> [Double] {
        let phi = parameters.phi
        let m = specification.isSeasonal ? seasonalPeriod : 0
        var level = parameters.alpha
        var trend = parameters.beta
        var seasonal = [Double](repeating: 0, count: m)
        if m > 0 { seasonal[0] = parameters.gamma }
        var result: [Double] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            let oldest = seasonal.last ?? 0
            result.append(level + phi * trend + oldest)
            level += phi * trend
            trend *= phi
            if m > 0 {
                seasonal.removeLast()
                seasonal.insert(oldest, at: 0)
            }
        }
        return result
    }
}

/// Symmetric Gaussian intervals `mean ± z·se`.
enum GaussianIntervals {
    static func make(mean: [Double], standardErrors: [Double], levels: [Double]) throws -> [PredictionInterval] {
        let normal = try Normal()
        return levels.map { level in
            let z = normal.quantile(0.5 + level / 2)
            return PredictionInterval(level: level,
                                      lower: zip(mean, standardErrors).map { $0 - z * $1 },
                                      upper: zip(mean, standardErrors).map { $0 + z * $1 })
        }
    }
}
