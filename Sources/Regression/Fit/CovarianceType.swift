/// How the covariance of the coefficients is estimated.
public enum CovarianceType: String, Sendable, CaseIterable {
    /// `σ²(XᵀX)⁻¹`, valid under constant error variance.
    case classical
    /// White's heteroscedasticity-consistent estimator, `(XᵀX)⁻¹ Xᵀdiag(eᵢ²)X (XᵀX)⁻¹`.
    case hc0
    /// HC0 times `n / (n − p)`.
    case hc1
    /// HC0 with `eᵢ²/(1 − hᵢ)`.
    case hc2
    /// HC0 with `eᵢ²/(1 − hᵢ)²` (MacKinnon and White's jackknife approximation).
    case hc3
}

/// Settings of a fit.
public struct RegressionOptions: Sendable {
    /// Confidence level of intervals, in (0, 1); 0.95 by default.
    public var level: Double
    /// Covariance estimator behind standard errors, tests and intervals.
    public var covariance: CovarianceType
    /// Ridge penalty `λ ≥ 0` on every coefficient but the intercept (`nil`: ordinary least
    /// squares). The objective is `‖y − Xβ‖² + λ‖β₋₀‖²`, as scikit-learn's `Ridge(alpha: λ)`.
    public var ridge: Double?
    /// Numerical precision policy of the least-squares solver.
    public var precision: LeastSquaresPrecision

    /// Settings; the defaults give an ordinary least-squares fit with 95% intervals.
    public init(level: Double = 0.95, covariance: CovarianceType = .classical, ridge: Double? = nil,
                precision: LeastSquaresPrecision = .automatic) {
        self.level = level
        self.covariance = covariance
        self.ridge = ridge
        self.precision = precision
    }
}

import LinearAlgebra

/// The solver's precision policy (see `LinearAlgebra.LeastSquares.Precision`).
public typealias LeastSquaresPrecision = LeastSquares.Precision
