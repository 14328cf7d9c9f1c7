/// One row of a coefficient table.
public struct CoefficientEstimate: Sendable, Equatable {
    /// Column name in the design, e.g. `C(region)[T.north]`.
    public let term: String
    /// Point estimate.
    public let estimate: Double
    /// Standard error under the chosen covariance estimator.
    public let standardError: Double
    /// `estimate / standardError`.
    public let tStatistic: Double
    /// Two-sided p-value from Student's t with the residual degrees of freedom.
    public let pValue: Double
    /// Lower confidence bound.
    public let lower: Double
    /// Upper confidence bound.
    public let upper: Double
}
