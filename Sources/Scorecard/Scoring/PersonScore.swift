/// One entity's score under its role's scorecard, with every point lost explained.
public struct PersonScore: Sendable, Equatable {
    /// The entity scored.
    public let entity: String
    /// Its role.
    public let role: String
    /// Its team, when the values name one.
    public let team: String?
    /// The score, 0–100: Σ dimension weight × dimension score ÷ 100.
    public let score: Double
    /// The dimensions, in scorecard order.
    public let dimensions: [DimensionScore]

    /// The KPIs that lost points, the costliest first.
    public var losses: [KPIScore] {
        dimensions.flatMap(\.kpis).filter { $0.lost > 0 }.sorted { $0.lost > $1.lost }
    }
}
