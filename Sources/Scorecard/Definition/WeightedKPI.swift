/// A KPI inside a scorecard dimension: its weight there and the rule that scores it.
public struct WeightedKPI: Sendable, Equatable {
    /// The KPI id, built in or defined by the scorecard.
    public let kpi: String
    /// The weight inside the dimension, in percent; a dimension's weights sum to 100.
    public let weight: Double
    /// How the value becomes a KPI score.
    public let rule: ScoringRule
    /// The line of the scorecard file, for messages; `nil` when made in code.
    public let line: Int?

    /// Creates a weighted KPI.
    public init(kpi: String, weight: Double, rule: ScoringRule, line: Int? = nil) {
        self.kpi = kpi
        self.weight = weight
        self.rule = rule
        self.line = line
    }
}
