import Foundation
import LinearAlgebra
import Statistics

/// A fitted linear model with its inference: coefficient table, goodness of fit, information
/// criteria. Diagnostics, robust covariances and predictions are computed on request.
///
/// Conventions follow statsmodels: `R²` is centred when the model has an intercept and
/// uncentred otherwise; weighted fits use weighted sums of squares and add `½Σlog wᵢ` to the
/// log-likelihood; `AIC = −2ℓ + 2p`, `BIC = −2ℓ + p·log n`.
public struct RegressionResult: Sendable {
    /// The design the model was fitted on.
    public let design: Design
    /// The response values.
    public let response: [Double]
    /// Observation weights, if weighted.
    public let weights: [Double]?
    /// Settings of the fit.
    public let options: RegressionOptions
    /// The coefficient table under ``RegressionOptions/covariance``.
    public let coefficients: [CoefficientEstimate]
    /// Covariance matrix of the coefficients under ``RegressionOptions/covariance``.
    public let covariance: Matrix
    /// Number of observations.
    public let observationCount: Int
    /// Residual degrees of freedom, `n − p` (for ridge `n − tr H`).
    public let residualDegreesOfFreedom: Double
    /// Model degrees of freedom, `p` less the intercept.
    public let modelDegreesOfFreedom: Double
    /// Residuals `y − Xβ`.
    public let residuals: [Double]
    /// Fitted values `Xβ`.
    public let fittedValues: [Double]
    /// (Weighted) residual sum of squares.
    public let residualSumOfSquares: Double
    /// Residual standard error `σ = √(RSS / df_resid)`.
    public let sigma: Double
    /// Coefficient of determination.
    public let rSquared: Double
    /// `R²` adjusted for the number of coefficients.
    public let adjustedRSquared: Double
    /// Overall test that every coefficient but the intercept is zero (Wald form under robust
    /// covariances), and its p-value (computed when read, as statsmodels does).
    public var fStatistic: Double { overallTest.statistic }
    public var fPValue: Double { overallTest.pValue }
    /// Gaussian log-likelihood at the estimates.
    public let logLikelihood: Double
    /// Akaike and Bayesian information criteria.
    public let aic: Double
    public let bic: Double
    /// 2-norm condition number of the (weighted) design, `σ_max/σ_min`, computed when asked
    /// for (the singular values of the small triangular factor, or of the design for ridge);
    /// `.nan` in the unlikely case that LAPACK's SVD does not converge.
    public var conditionNumber: Double {
        let matrix = options.ridge == nil ? triangularFactor : weightedDesign
        return (try? matrix.conditionNumber()) ?? .nan
    }
    /// Whether the solver used double-double arithmetic (ill-conditioned design).
    public let usedExtendedPrecision: Bool

    /// The formula's design specification, when fitted from a formula (for predictions).
    public internal(set) var specification: DesignSpecification?
    /// The response's name, when fitted from a formula.
    public internal(set) var responseName: String?
    /// Rows of the data left out for missing values.
    public internal(set) var rowsDropped: Int = 0

    /// The overall F (or Wald) test.
    let overallTest: OverallTest
    /// `(XᵀX)⁻¹` of the solved system (for ridge `(XᵀX + λD)⁻¹`), the bread of every sandwich.
    let bread: Matrix
    /// Residuals scaled by `√wᵢ`, the ones that enter sums of squares.
    let weightedResiduals: [Double]
    /// The design with rows scaled by `√wᵢ`.
    let weightedDesign: Matrix
    /// `R` of the (weighted) design's QR factorization, whose singular values are the design's.
    let triangularFactor: Matrix

    init(design: Design, response: [Double], weights: [Double]?, system: WeightedSystem,
         solution: LeastSquares.Solution, options: RegressionOptions) throws {
        let n = design.matrix.rows, p = design.matrix.columns
        let kConstant = design.hasIntercept ? 1.0 : 0.0
        self.design = design
        self.response = response
        self.weights = weights
        self.options = options
        bread = solution.unscaledCovariance
        let observed = solution.residuals.count == n ? solution.residuals : Array(solution.residuals.prefix(n))
        weightedResiduals = observed
        weightedDesign = system.rootWeights.map { Matrix.rowsScaled(design.matrix, by: $0) } ?? design.matrix
        residuals = system.rootWeights.map { zip(observed, $0).map { $0 / $1 } } ?? observed
        fittedValues = zip(response, residuals).map { $0 - $1 }
        observationCount = n
        usedExtendedPrecision = solution.usedExtendedPrecision
        triangularFactor = solution.triangularFactor

        let gram = options.ridge == nil ? nil : try weightedDesign.gram()
        let effectiveParameters: Double
        if let gram {
            effectiveParameters = try (bread.multiplied(by: gram)).diagonal.reduce(0, +)
            residualSumOfSquares = weightedResiduals.reduce(0) { $0 + $1 * $1 }
        } else {
            effectiveParameters = Double(p)
            residualSumOfSquares = solution.residualSumOfSquares
        }
        residualDegreesOfFreedom = Double(n) - effectiveParameters
        modelDegreesOfFreedom = effectiveParameters - kConstant
        sigma = (residualSumOfSquares / residualDegreesOfFreedom).squareRoot()

        let totalSumOfSquares = SumsOfSquares.total(response, weights: weights, centred: design.hasIntercept)
        rSquared = 1 - residualSumOfSquares / totalSumOfSquares
        adjustedRSquared = 1 - (Double(n) - kConstant) / residualDegreesOfFreedom * (1 - rSquared)
        let logWeights = weights.map { $0.reduce(0) { $0 + log($1) } } ?? 0
        logLikelihood = -Double(n) / 2 * (log(2 * Double.pi) + log(residualSumOfSquares / Double(n)) + 1) + logWeights / 2
        let k = Double(p)
        aic = -2 * logLikelihood + 2 * k
        bic = -2 * logLikelihood + log(Double(n)) * k

        let breadMatrix = bread
        let classical: Matrix = try gram.map { try breadMatrix.multiplied(by: $0).multiplied(by: breadMatrix) } ?? breadMatrix
        let scaledClassical = classical.scaled(by: sigma * sigma)
        let chosen = options.covariance == .classical ? scaledClassical
            : try RobustCovariance.matrix(options.covariance, bread: bread, design: weightedDesign,
                                          residuals: weightedResiduals, degreesOfFreedom: residualDegreesOfFreedom)
        covariance = chosen
        let tDistribution = try StudentT(degreesOfFreedom: residualDegreesOfFreedom)
        let critical = CriticalValues.studentT(tDistribution, level: options.level)
        let names = design.columnNames
        coefficients = (0..<p).map { j in
            let estimate = solution.coefficients[j]
            let se = chosen[j, j].squareRoot()
            let t = estimate / se
            return CoefficientEstimate(term: names[j], estimate: estimate, standardError: se, tStatistic: t,
                                       lower: estimate - critical * se, upper: estimate + critical * se,
                                       reference: tDistribution)
        }

        let overall = try OverallTest(coefficients: solution.coefficients, covariance: covariance,
                                      hasIntercept: design.hasIntercept, robust: options.covariance != .classical,
                                      explained: totalSumOfSquares - residualSumOfSquares, rss: residualSumOfSquares,
                                      modelDF: modelDegreesOfFreedom, residualDF: residualDegreesOfFreedom)
        overallTest = overall
    }

    /// The coefficient estimates in design order.
    public var estimates: [Double] { coefficients.map(\.estimate) }
}

extension Matrix {
    /// Row `i` times `factors[i]`.
    static func rowsScaled(_ matrix: Matrix, by factors: [Double]) -> Matrix {
        var copy = matrix
        for j in 0..<matrix.columns {
            for i in 0..<matrix.rows { copy[i, j] *= factors[i] }
        }
        return copy
    }
}
