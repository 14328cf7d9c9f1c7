/// Whether a KPI is better when higher or when lower.
///
/// The domain calls lower-is-better KPIs "reverse": cost per lead, customer acquisition cost,
/// churn, staff turnover, investor default rate, legal disputes, negative-PR response time,
/// marketing expense ratio.
public enum KPIDirection: String, Sendable, Equatable, CaseIterable {
    /// More is better (attainment, conversion, retention, …).
    case higherIsBetter = "higher"
    /// Less is better: the domain's "reverse" KPIs.
    case lowerIsBetter = "lower"
}
