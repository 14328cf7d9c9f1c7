/// How one KPI scored for one person, and what it cost.
public struct KPIScore: Sendable, Equatable {
    /// The KPI id.
    public let kpi: String
    /// The dimension the KPI belongs to.
    public let dimension: String
    /// The KPI's weight inside its dimension, in percent.
    public let weight: Double
    /// The value scored, given or computed from inputs; `nil` when missing or excluded.
    public let value: Double?
    /// The KPI score, 0–100.
    public let points: Double
    /// The rule that scored it.
    public let rule: ScoringRule
    /// Why points were lost — the rule's explanation, `no value`, or `excluded: <reason>`;
    /// `nil` for full marks.
    public let reason: String?
    /// The points this KPI took off the person's total: (100 − points) × KPI weight ×
    /// dimension weight. Attainment 96 % under "1 point per % below" in a 100 %-weighted KPI
    /// of a 60 % dimension loses 2.4.
    public let lost: Double
}
