/// A campaign's return: ROI, cost per lead and customer acquisition cost.
///
/// - ROI = (revenue − cost) ÷ cost, a ratio (0.05 is 5%).
/// - Cost per lead = cost ÷ leads.
/// - CAC = cost ÷ customers.
///
/// Cost per lead and CAC are `nil` when the count was not reported or is zero;
/// ``costPerLeadGap`` and ``cacGap`` say which.
public struct CampaignPerformance: Sendable, Equatable {
    /// The row measured.
    public let record: CampaignRecord
    /// (revenue − cost) ÷ cost.
    public let roi: Double
    /// cost ÷ leads; `nil` without leads.
    public let costPerLead: Double?
    /// cost ÷ customers; `nil` without customers.
    public let cac: Double?
    /// Why ``costPerLead`` is `nil`.
    public let costPerLeadGap: MetricGap?
    /// Why ``cac`` is `nil`.
    public let cacGap: MetricGap?

    /// Why a ratio could not be computed.
    public enum MetricGap: String, Sendable, Equatable {
        /// The count was not reported (no column, an empty cell).
        case notReported = "not reported"
        /// The count is zero, and nothing divides by zero.
        case zero
    }

    /// Measures a record whose cost is positive and finite (``CampaignReview`` checks that).
    init(_ record: CampaignRecord) {
        self.record = record
        roi = (record.revenue - record.cost) / record.cost
        (costPerLead, costPerLeadGap) = Self.perUnit(record.cost, record.leads)
        (cac, cacGap) = Self.perUnit(record.cost, record.customers)
    }

    private static func perUnit(_ cost: Double, _ count: Int?) -> (Double?, MetricGap?) {
        guard let count else { return (nil, .notReported) }
        guard count > 0 else { return (nil, .zero) }
        return (cost / Double(count), nil)
    }
}
