/// What a KPI's number measures. Percentages are ratios × 100, as in the domain's formulas
/// (96 means 96 %).
public enum KPIUnit: String, Sendable, Equatable, CaseIterable {
    /// Percent: a ratio × 100.
    case percent
    /// A count of things (customers, disputes).
    case count
    /// An amount of money.
    case currency
    /// An amount of money per day (fundraising speed).
    case currencyPerDay = "currency_per_day"
    /// A plain ratio (receivables turnover: times per period).
    case ratio
    /// A rated or survey score (satisfaction, NPS, ratings).
    case score
    /// A duration in hours (response times).
    case hours
    /// Any other number; the default for user-defined KPIs.
    case number
}
