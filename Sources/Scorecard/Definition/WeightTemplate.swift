/// Dimension weights that a role can take instead of listing its own (DOMAIN.md, "Weights by
/// role" and "Dimension weights for a marketing department").
///
/// The role templates weigh `finance`, `customer`, `process` and `team`. The two marketing
/// department templates weigh `market_insight`, `brand`, `campaigns`, `customers` and `team`.
/// The domain fixes three weights of each; the remaining 25 points are chosen here:
///
/// - `marketing_growth`: campaigns 30, customers 25, brand 20 (the domain's), market insight
///   15 and team 10 — the lower ends of their ranges (15–20 % and 10–15 %).
/// - `marketing_brand`: brand 30, market insight 25, customers 20 (the domain's), team 10 at
///   the bottom of its range, and campaigns 15: the brand orientation moves weight from
///   short-term campaign effect to brand building, so campaigns fall below their usual 25–30 %.
public enum WeightTemplate: String, Sendable, CaseIterable {
    /// Finance 40, customer 30, process 20, team 10.
    case marketingDirector = "marketing_director"
    /// Finance 30, customer 40, process 20, team 10.
    case marketingManager = "marketing_manager"
    /// Finance 50, customer 20, process 15, team 15.
    case salesManager = "sales_manager"
    /// Finance 60, customer 20, process 10, team 10.
    case salesRepresentative = "sales_representative"
    /// Campaigns 30, customers 25, brand 20, market insight 15, team 10.
    case marketingGrowth = "marketing_growth"
    /// Brand 30, market insight 25, customers 20, campaigns 15, team 10.
    case marketingBrand = "marketing_brand"

    /// Dimensions and their weights in percent, summing to 100.
    public var weights: [(dimension: String, weight: Double)] {
        switch self {
        case .marketingDirector: return role(40, 30, 20, 10)
        case .marketingManager: return role(30, 40, 20, 10)
        case .salesManager: return role(50, 20, 15, 15)
        case .salesRepresentative: return role(60, 20, 10, 10)
        case .marketingGrowth: return department(insight: 15, brand: 20, campaigns: 30, customers: 25, team: 10)
        case .marketingBrand: return department(insight: 25, brand: 30, campaigns: 15, customers: 20, team: 10)
        }
    }

    /// The weight of one dimension, or `nil` when the template has no such dimension.
    public func weight(of dimension: String) -> Double? {
        weights.first { $0.dimension == dimension }?.weight
    }

    private func role(_ finance: Double, _ customer: Double, _ process: Double, _ team: Double)
        -> [(dimension: String, weight: Double)] {
        [("finance", finance), ("customer", customer), ("process", process), ("team", team)]
    }

    private func department(insight: Double, brand: Double, campaigns: Double, customers: Double, team: Double)
        -> [(dimension: String, weight: Double)] {
        [("market_insight", insight), ("brand", brand), ("campaigns", campaigns), ("customers", customers), ("team", team)]
    }
}
