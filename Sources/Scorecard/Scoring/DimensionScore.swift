/// One dimension of a person's score: the weighted mean of its KPI scores.
public struct DimensionScore: Sendable, Equatable {
    /// The dimension's name.
    public let dimension: String
    /// Its weight in the person's score, in percent.
    public let weight: Double
    /// The dimension score, 0–100: Σ KPI weight × KPI points ÷ 100.
    public let score: Double
    /// The KPIs, in scorecard order.
    public let kpis: [KPIScore]
}
