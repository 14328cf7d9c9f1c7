import LinearAlgebra
import Statistics
import Tabular

/// A prediction at one new observation.
public struct Prediction: Sendable, Equatable {
    /// `x₀ᵀβ̂`.
    public let mean: Double
    /// Standard error of the mean, `√(x₀ᵀ V x₀)`.
    public let meanStandardError: Double
    /// Confidence interval for the mean response.
    public let meanLower: Double
    public let meanUpper: Double
    /// Prediction interval for a new observation (adds `σ²/w₀` to the variance).
    public let observationLower: Double
    public let observationUpper: Double
}

extension RegressionResult {
    /// Predictions with confidence and prediction intervals at the rows of `design`.
    /// - Parameters:
    ///   - level: interval level; the fit's level by default.
    ///   - weights: weights of the new observations for the prediction interval (1 by default).
    public func predict(_ newDesign: Matrix, level: Double? = nil, weights: [Double]? = nil) throws -> [Prediction] {
        guard newDesign.columns == design.matrix.columns else {
            throw RegressionError.invalidOption("new data has \(newDesign.columns) design columns, the model \(design.matrix.columns)")
        }
        let level = level ?? options.level
        guard level > 0, level < 1 else { throw RegressionError.invalidOption("confidence level \(level) must be between 0 and 1") }
        let critical = try StudentT(degreesOfFreedom: residualDegreesOfFreedom).quantile(0.5 + level / 2)
        let means = try newDesign.multiplied(by: estimates)
        let spread = try newDesign.multiplied(by: covariance)
        return (0..<newDesign.rows).map { i in
            let variance = (0..<newDesign.columns).reduce(0) { $0 + spread[i, $1] * newDesign[i, $1] }
            let se = variance.squareRoot()
            let observationSE = (variance + sigma * sigma / (weights?[i] ?? 1)).squareRoot()
            return Prediction(mean: means[i], meanStandardError: se,
                              meanLower: means[i] - critical * se, meanUpper: means[i] + critical * se,
                              observationLower: means[i] - critical * observationSE,
                              observationUpper: means[i] + critical * observationSE)
        }
    }

    /// Predictions for new data, built with the same formula, levels and coding as the fit.
    /// - Throws: ``RegressionError/invalidOption(_:)`` when the model was not fitted from a
    ///   formula; ``RegressionError/unknownLevel(factor:level:source:line:)`` and `TableError`
    ///   for unusable new data.
    public func predict(_ data: Table, level: Double? = nil) throws -> [Prediction] {
        guard let specification else {
            throw RegressionError.invalidOption("the model was not fitted from a formula; pass a design matrix")
        }
        return try predict(specification.design(for: data).matrix, level: level)
    }
}
