import Foundation
import Report
import Scorecard
import Testing

/// The three renderings of scores: JSON keys and nesting, the CSV rows, and the ranked table.
struct ScoreRenderingTests {
    let result: ScorecardResult

    init() throws {
        let scorecard = try ScorecardFile.parse(salesRepYAML, source: "sc.yaml")
        func rep(_ entity: String, _ team: String, _ kpi: String, _ value: Double) -> KPIValue {
            KPIValue(entity: entity, role: "sales_rep", team: team, period: "2026Q1", kpi: kpi, value: value)
        }
        result = try scorecard.score([
            rep("ana", "north", "target_attainment", 96), rep("ana", "north", "new_customers", 10),
            rep("ana", "north", "visit_rate", 100), rep("ana", "north", "staff_turnover", 10),
            rep("ben", "south", "target_attainment", 80), rep("ben", "south", "new_customers", 5),
        ])
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ScoreRendering.json(result).utf8)) as? [String: Any])
        #expect(object["scorecard"] as? String == "sales-2026Q1")
        #expect(object["period"] as? String == "2026Q1")
        let scores = try #require(object["scores"] as? [[String: Any]])
        #expect(scores.map { $0["entity"] as? String } == ["ana", "ben"])
        for key in ["entity", "role", "team", "score", "dimensions"] { #expect(scores[0][key] != nil, "missing \(key)") }
        let dimensions = try #require(scores[0]["dimensions"] as? [[String: Any]])
        #expect(dimensions.map { $0["dimension"] as? String } == ["finance", "customer", "process", "team"])
        for key in ["dimension", "weight", "score", "kpis"] { #expect(dimensions[0][key] != nil, "missing \(key)") }
        let kpi = try #require((dimensions[0]["kpis"] as? [[String: Any]])?.first)
        for key in ["kpi", "value", "weight", "points", "reason"] { #expect(kpi[key] != nil, "missing \(key)") }
        #expect(kpi["reason"] as? String == "96 is 4 below 100 at 1 point each: −4")
        let benKPIs = try #require((scores[1]["dimensions"] as? [[String: Any]])?[2]["kpis"] as? [[String: Any]])
        #expect(benKPIs[0]["value"] is NSNull)
        #expect(benKPIs[0]["reason"] as? String == "no value")
        let teams = try #require(object["teams"] as? [[String: Any]])
        #expect(teams.map { $0["team"] as? String } == ["north", "south"])
        #expect(teams.first?["members"] as? Int == 1)
        let roles = try #require(object["roles"] as? [[String: Any]])
        #expect(roles.first?["role"] as? String == "sales_rep")
        #expect(roles.first?["members"] as? Int == 2)
    }

    @Test func csvHasOneRowPerEntityAndKPI() {
        let lines = ScoreRendering.csv(result).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "entity,role,team,dimension,kpi,value,weight,points,reason")
        #expect(lines.count == 1 + 2 * 4)
        #expect(lines[1] == "ana,sales_rep,north,finance,target_attainment,96,100,96,96 is 4 below 100 at 1 point each: −4")
        #expect(lines[7] == "ben,sales_rep,south,process,visit_rate,,100,0,no value")
    }

    @Test func tableRanksPeopleAndShowsAggregates() throws {
        let text = ScoreRendering.table(result)
        #expect(text.hasPrefix("Scorecard sales-2026Q1, period 2026Q1"))
        #expect(text.contains("97.6"))
        #expect(text.contains("target_attainment −2.4 (96 is 4 below 100 at 1 point each: −4)"))
        let ana = try #require(text.range(of: "ana")), ben = try #require(text.range(of: "ben"))
        #expect(ana.lowerBound < ben.lowerBound)
        #expect(text.contains("Teams"))
        #expect(text.contains("Roles"))
    }
}
