import Statistics

/// One row of a coefficient table.
///
/// The p-value is computed when read (an incomplete beta function, the costliest part of a
/// small fit's inference), so that fitting many models and reading only their estimates and
/// standard errors does not pay for it.
public struct CoefficientEstimate: Sendable, Equatable {
    /// Column name in the design, e.g. `C(region)[T.north]`.
    public let term: String
    /// Point estimate.
    public let estimate: Double
    /// Standard error under the chosen covariance estimator.
    public let standardError: Double
    /// `estimate / standardError`.
    public let tStatistic: Double
    /// Lower confidence bound.
    public let lower: Double
    /// Upper confidence bound.
    public let upper: Double
    /// Student's t with the residual degrees of freedom, the reference for ``pValue``.
    let reference: StudentT

    /// Two-sided p-value from Student's t with the residual degrees of freedom.
    public var pValue: Double { reference.twoSidedPValue(tStatistic) }
}
