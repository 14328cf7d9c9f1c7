import Foundation
import LinearAlgebra

/// Heuristic starting values for the optimizer (Hyndman et al. 2008, §2.6.1, as in
/// `forecast::ets`): initial states from a decomposition and a short regression, smoothing
/// parameters from fixed fractions of their ranges.
enum ETSInitialization {
    /// Initial level, trend, and the `m − 1` free seasonal states (newest first).
    struct States {
        var level: Double
        var trend: Double
        var seasonal: [Double]
    }

    /// - Parameters:
    ///   - y: the data (already scaled by the caller).
    ///   - m: the seasonal period; ignored for non-seasonal models.
    /// - Throws: ``ForecastingError`` when a regression on too few points fails.
    static func states(_ y: [Double], _ spec: ETSSpecification, period m: Int, name: String) throws -> States {
        var adjusted = y
        var seasonal: [Double] = []
        if spec.isSeasonal {
            let multiplicative = spec.season == .multiplicative
            let indices = try seasonalIndices(y, period: m, multiplicative: multiplicative, name: name)
            // The state vector holds sₜ newest first: (s₀, s₋₁, …, s₋ₘ₊₂); s₋ₘ₊₁ (the index of
            // the first observation) is implied by the normalization.
            seasonal = Array(indices[1..<m].reversed())
            if multiplicative {
                seasonal = seasonal.map { max($0, 0.01) }
                let total = seasonal.reduce(0, +)
                if total > Double(m) { seasonal = seasonal.map { $0 / (total + 0.01 * Double(m - 1)) } }
                adjusted = y.indices.map { y[$0] / max(indices[$0 % m], 0.01) }
            } else {
                adjusted = y.indices.map { y[$0] - indices[$0 % m] }
            }
        }
        let span = min(max(10, 2 * (spec.isSeasonal ? m : 1)), adjusted.count)
        let head = Array(adjusted.prefix(span))
        guard spec.hasTrend else {
            return States(level: head.reduce(0, +) / Double(span), trend: 0, seasonal: seasonal)
        }
        // Least-squares line through (1, y₁), …, (k, yₖ): its value at time 0 starts the level.
        let (intercept, slope) = line(head)
        var level = intercept, trend = slope
        if abs(level + trend) < 1e-8 {
            level *= 1 + 1e-3
            trend *= 1 - 1e-3
        }
        return States(level: level, trend: trend, seasonal: seasonal)
    }

    /// Intercept and slope of the least-squares line through `(t, y[t − 1])`, `t = 1…k`.
    static func line(_ y: [Double]) -> (intercept: Double, slope: Double) {
        let k = Double(y.count)
        guard y.count > 1 else { return (y.first ?? 0, 0) }
        let tMean = (k + 1) / 2
        let yMean = y.reduce(0, +) / k
        var sxy = 0.0, sxx = 0.0
        for (i, v) in y.enumerated() {
            let dt = Double(i + 1) - tMean
            sxy += dt * (v - yMean)
            sxx += dt * dt
        }
        let slope = sxy / sxx
        return (yMean - slope * tMean, slope)
    }

    /// Seasonal indices for the first `m` observations: from a classical decomposition with
    /// three or more cycles, otherwise from a regression on a line and one Fourier pair.
    private static func seasonalIndices(_ y: [Double], period m: Int, multiplicative: Bool,
                                        name: String) throws -> [Double] {
        let n = y.count
        if n >= 3 * m {
            let series = try TimeSeries(y, seasonalPeriod: m, name: name)
            let kind: ClassicalDecomposition.Kind = multiplicative ? .multiplicative : .additive
            return try ClassicalDecomposition(series, kind: kind).figure
        }
        var columns: [[Double]] = [Array(repeating: 1, count: n), (1...n).map(Double.init)]
        let angle = (1...n).map { 2 * Double.pi * Double($0) / Double(m) }
        if m > 2 { columns.append(angle.map { sin($0) }) }
        columns.append(angle.map { cos($0) })
        let solution: LeastSquares.Solution
        do {
            solution = try LeastSquares.solve(try Matrix(columns: columns), y)
        } catch {
            throw ForecastingError.seriesTooShort(series: name, method: "seasonal ETS initialization",
                                                  count: n, required: columns.count + 1)
        }
        let a = solution.coefficients[0], b = solution.coefficients[1]
        return (0..<m).map { t in
            let trendValue = a + b * Double(t + 1)
            return multiplicative ? y[t] / trendValue : y[t] - trendValue
        }
    }

    /// Starting smoothing parameters in the optimizer's unit coordinates (see
    /// ``ETSParameterSpace``): α a fifth of its range divided by `m`, β a tenth of its range,
    /// γ a twentieth, φ near its upper bound.
    static func unitParameters(_ spec: ETSSpecification, period m: Int) -> [Double] {
        var u = [0.2 / Double(spec.isSeasonal ? m : 1)]
        if spec.hasTrend { u.append(0.1) }
        if spec.isSeasonal { u.append(0.05) }
        if spec.isDamped { u.append(0.99) }
        return u
    }
}
