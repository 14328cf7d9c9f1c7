/// A campaign owner's scorecard KPI for a period, computed from the campaigns credited to the
/// owner (the campaigns file's `owner` column) that ended within the period by the as-of day.
///
/// - `campaign_roi`: the campaigns' ROI taken together, `(Σ revenue − Σ cost) ÷ Σ cost × 100`.
/// - `cost_per_lead`: `Σ cost ÷ Σ leads` over the campaigns that report their leads (none won
///   included).
/// - `sales_contribution_rate`: each campaign's rate, in percent — the sales growth over the
///   marketing table's weeks from the one holding the campaign's first day through its last,
///   against as many weeks before, times the share of sales its channel brought in those weeks
///   (see `MarketingMixResult.salesContributionRate(channel:from:through:)`) — averaged with the
///   campaigns' costs as weights, over the campaigns on a modelled channel whose weeks the table
///   covers. The model knows channels, not campaigns: two campaigns on one channel over the same
///   weeks get the same rate, and the rate falls with sales whatever the campaign did.
public struct CampaignKPI: Sendable, Equatable {
    /// The owner.
    public let entity: String
    /// `campaign_roi`, `cost_per_lead` or `sales_contribution_rate`.
    public let kpi: String
    /// The period scored, e.g. `2026Q4`.
    public let period: String
    /// The value the scorecard scores.
    public let value: Double
    /// Each campaign's own value of the KPI, in the order the campaigns ended.
    public let parts: [Part]

    /// One campaign's value of the KPI, with its interval when the value is estimated.
    public struct Part: Sendable, Equatable {
        /// The campaign's id.
        public let campaign: String
        /// What it cost: its weight in the owner's value.
        public let cost: Double
        /// The campaign's value of the KPI.
        public let value: Double
        /// The interval of an estimated value (the contribution rate's), at the model's level.
        public let low: Double?
        public let high: Double?
    }

    /// The KPIs computed from campaigns, in the order they are listed.
    public static let names = ["campaign_roi", "cost_per_lead", "sales_contribution_rate"]
}
