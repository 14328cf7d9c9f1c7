import Scorecard
import Testing

/// What a scorecard file means once read: rules with their defaults, free dimension weights,
/// user KPIs.
struct ScorecardFileTests {
    @Test func everyRuleKindReads() throws {
        let scorecard = try ScorecardFile.parse("""
            scorecard: all-rules
            roles:
              rep:
                dimensions:
                  finance:
                    weight: 70
                    kpis:
                      - {kpi: target_attainment, weight: 40, rule: {deduct_below: 100}}
                      - {kpi: cac, weight: 20, rule: {deduct_above: 400, points_per_pct: 0.5}}
                      - {kpi: new_customers, weight: 20, rule: {linear: {target: 10}}}
                      - kpi: nps
                        weight: 20
                        rule:
                          bands:
                            - {min: 50, points: 100}
                            - {min: 20, max: 49.99, points: 60}
                            - {points: 0}
                  team:
                    weight: 30
                    kpis:
                      - {kpi: staff_turnover, weight: 100, rule: {threshold: {max: 10}}}
            """, source: "all.yaml")
        #expect(scorecard.name == "all-rules")
        let finance = try #require(scorecard.role(named: "rep")?.dimensions.first)
        #expect(finance.weight == 70)
        #expect(finance.kpis.map(\.rule) == [
            .deductBelow(level: 100, pointsPerUnit: 1),
            .deductAbove(level: 400, pointsPerUnit: 0.5),
            .linear(target: 10, cap: 100),
            .bands([ScoreBand(min: 50, points: 100), ScoreBand(min: 20, max: 49.99, points: 60), ScoreBand(points: 0)]),
        ])
        #expect(finance.kpis.map(\.line) == [8, 9, 10, 11])
        #expect(scorecard.role(named: "rep")?.dimensions.last?.kpis.first?.rule == .threshold(min: nil, max: 10))
    }

    @Test func userKPIsJoinTheCatalogue() throws {
        let scorecard = try ScorecardFile.parse("""
            scorecard: t
            kpis:
              mql_to_sql_rate:
                name: MQL to SQL conversion
                formula: sql / mql × 100
                unit: percent
              complaint_load:
                formula: complaints / average_headcount
                direction: lower
            roles:
              rep:
                dimensions:
                  team: {weight: 100, kpis: [{kpi: complaint_load, weight: 100, rule: {linear: {target: 2}}}]}
            """, source: "t.yaml")
        let mql = try #require(scorecard.catalogue["mql_to_sql_rate"])
        #expect(mql.name == "MQL to SQL conversion")
        #expect(mql.unit == .percent)
        #expect(mql.direction == .higherIsBetter)
        #expect(mql.inputs == ["sql", "mql"])
        #expect(mql.line == 3)
        let load = try #require(scorecard.catalogue["complaint_load"])
        #expect(load.name == "complaint_load")
        #expect(load.unit == .number)
        #expect(load.direction == .lowerIsBetter)
        #expect(scorecard.catalogue["target_attainment"] != nil)
        #expect(scorecard.catalogue.valueNames.contains("sql"))
    }

    @Test func theFixturesRead() throws {
        let sales = try ScorecardFile.read(path: try Fixture.path("sales.yaml"))
        #expect(sales.roles.map(\.name) == ["sales_rep", "sales_manager"])
        #expect(sales.role(named: "sales_manager")?.dimensions.map(\.weight) == [50, 20, 15, 15])
        let marketing = try ScorecardFile.read(path: try Fixture.path("marketing.yaml"))
        #expect(marketing.role(named: "growth_marketer")?.dimensions.map(\.weight) == [15, 20, 30, 25, 10])
        #expect(marketing.role(named: "brand_marketer")?.dimensions.map(\.weight) == [25, 30, 15, 20, 10])
    }
}
