import Attribution

/// A campaign owner's scorecard KPI for a period, computed from the campaigns credited to the
/// owner (the campaigns file's `owner` column) that ended within the period by the as-of day:
/// their `Attribution.CampaignPortfolio`'s `campaign_roi` and `sales_contribution_rate` in
/// percent, `cost_per_lead` in currency per lead.
public struct CampaignKPI: Sendable, Equatable {
    /// The owner.
    public let entity: String
    /// `campaign_roi`, `cost_per_lead` or `sales_contribution_rate`.
    public let kpi: String
    /// The period scored, e.g. `2026Q4`.
    public let period: String
    /// The value the scorecard scores.
    public let value: Double
    /// Each campaign's own value of the KPI (in the KPI's unit), in the order the campaigns
    /// ended.
    public let parts: [CampaignPortfolio.Part]

    /// The KPIs computed from campaigns, in the order they are listed.
    public static let names = ["campaign_roi", "cost_per_lead", "sales_contribution_rate"]
}
