/// A dimension of a role's scorecard (finance, customer, process, team, or a marketing
/// department's market insight, brand, campaigns, customers, team) with its weight and KPIs.
public struct DimensionDefinition: Sendable, Equatable {
    /// The dimension's name.
    public let name: String
    /// The weight in the role's score, in percent; a role's dimension weights sum to 100.
    public let weight: Double
    /// The KPIs scored in this dimension.
    public let kpis: [WeightedKPI]
    /// The line of the scorecard file, for messages; `nil` when made in code.
    public let line: Int?

    /// Creates a dimension.
    public init(name: String, weight: Double, kpis: [WeightedKPI], line: Int? = nil) {
        self.name = name
        self.weight = weight
        self.kpis = kpis
        self.line = line
    }
}
