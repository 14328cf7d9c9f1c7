import Foundation
import Scorecard
import Testing

/// Shared helpers: fixture paths, YAML scorecards from text, and tolerant comparisons.
enum Fixture {
    /// The path of a file in `Fixtures/`.
    static func path(_ name: String) throws -> String {
        let parts = name.split(separator: ".")
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(parts[0])", withExtension: String(parts[1])))
        return url.path
    }
}

/// The issue's example scorecard: a sales representative on the 60/20/10/10 template.
let salesRepYAML = """
    scorecard: sales-2026Q1
    roles:
      sales_rep:
        template: sales_representative
        dimensions:
          finance:
            kpis:
              - {kpi: target_attainment, weight: 100, rule: {deduct_below: 100, points_per_pct: 1}}
          customer:
            kpis:
              - {kpi: new_customers, weight: 100, rule: {linear: {target: 10, cap: 100}}}
          process:
            kpis:
              - {kpi: visit_rate, weight: 100, rule: {threshold: {min: 100}}}
          team:
            kpis:
              - {kpi: staff_turnover, weight: 100, rule: {threshold: {max: 10}}}
    """

/// A one-role scorecard with a single KPI and rule, for scoring tests.
func singleKPIScorecard(kpi: String, rule: ScoringRule, customKPIs: [KPIDefinition] = []) throws -> Scorecard {
    let dimension = DimensionDefinition(name: "finance", weight: 100, kpis: [WeightedKPI(kpi: kpi, weight: 100, rule: rule)])
    return try Scorecard(name: "t", roles: [RoleDefinition(name: "rep", dimensions: [dimension])], customKPIs: customKPIs)
}

/// Values for one entity of role `rep`.
func values(_ pairs: KeyValuePairs<String, Double>, entity: String = "ana", team: String? = nil) -> [KPIValue] {
    pairs.map { KPIValue(entity: entity, role: "rep", team: team, kpi: $0.key, value: $0.value) }
}

/// The error a scorecard text raises; `nil` when it parses.
func definitionError(_ yaml: String, source: String = "sc.yaml") -> ScorecardDefinitionError? {
    do {
        _ = try ScorecardFile.parse(yaml, source: source)
        return nil
    } catch let error as ScorecardDefinitionError {
        return error
    } catch {
        Issue.record("unexpected error type: \(error)")
        return nil
    }
}

/// Equality to within rounding of the last few bits (hand arithmetic in decimal vs binary).
func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(b))
}
