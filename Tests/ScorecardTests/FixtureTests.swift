import Scorecard
import Testing

/// The sample scorecards scored on the sample values, against scores worked out by hand in
/// the comments.
struct FixtureTests {
    func result(_ scorecard: String) throws -> ScorecardResult {
        let definition = try ScorecardFile.read(path: try Fixture.path(scorecard))
        return try definition.score(try ValuesFile.read(path: try Fixture.path("values.csv")))
    }

    func score(_ result: ScorecardResult, _ entity: String) -> Double? {
        result.people.first { $0.entity == entity }?.score
    }

    @Test func salesTeam() throws {
        let result = try result("sales.yaml")
        #expect(result.period == "2026Q1")
        // ana: 0.6 × 96 + 20 + 10 + 10 (the worked example).
        #expect(close(score(result, "ana"), 97.6))
        // ben: attainment 450 ÷ 500 = 90; customer 0.7 × 60 + 0.3 × 70 = 63; visits 90 % fail; skill lift 0.
        #expect(close(score(result, "ben"), 0.6 * 90 + 0.2 * 63))
        // chen: no visit_rate (0 of 10); skill lift 5 of target 10 → 50.
        #expect(close(score(result, "chen"), 60 + 20 + 0 + 5))
        // dia: attainment excluded by the audit (0 of 60); customer 0.7 × 90 + 0.3 × 70 = 84.
        #expect(close(score(result, "dia"), 0.2 * 84 + 10 + 10))
        // mia: finance 0.6 × 90 + 0.4 × 98 = 93.2; customer 50 + 0.5 × 80; process 80; turnover 12.5 % fails.
        #expect(close(score(result, "mia"), 0.5 * 93.2 + 0.2 * 90 + 0.15 * 80))
        // sam: satisfaction 78 fails (0 of 50 in customer), the rest full.
        #expect(close(score(result, "sam"), 50 + 0.2 * 50 + 15 + 15))
        #expect(result.people.map(\.entity) == ["ana", "sam", "chen", "mia", "ben", "dia"])

        let dia = try #require(result.people.first { $0.entity == "dia" })
        #expect(dia.losses.first?.reason == "excluded: audit: 4.1 MADs above the team's weekly median")
        let chen = try #require(result.people.first { $0.entity == "chen" })
        #expect(chen.losses.first?.kpi == "visit_rate")
        #expect(chen.losses.first?.reason == "no value")

        #expect(result.teams.map(\.name) == ["north", "south"])
        #expect(close(result.teams.first?.score, (97.6 + 66.6 + 76.6) / 3))
        #expect(close(result.teams.last?.score, (85 + 36.8 + 90) / 3))
        #expect(result.roles.map(\.name) == ["sales_manager", "sales_rep"])
        #expect(close(result.roles.last?.score, (97.6 + 66.6 + 85 + 36.8) / 4))
        #expect(result.unscored.map(\.entity) == ["gia", "leo", "ivy"])
    }

    @Test func marketingTeam() throws {
        let result = try result("marketing.yaml")
        // gia: insight 75/80 → 93.75; brand 15/20 → 75; campaigns 0.5 × 100 + 0.25 × 84 + 0.25 × 100 = 96;
        // customers 0.6 × 100 + 0.4 × 85 = 94; team 100.
        #expect(close(score(result, "gia"), 0.15 * 93.75 + 0.2 * 75 + 0.3 * 96 + 0.25 * 94 + 10))
        // leo: ROI 3 % is below the 5 % redesign line (0); MQL→SQL 20/30; retention 80 is 5 below 85.
        let leoCampaigns: Double = 25 + 25 * 20 / 30, leoCustomers: Double = 0.6 * 95 + 40
        #expect(close(score(result, "leo"), 15 + 20 + 0.3 * leoCampaigns + 0.25 * leoCustomers))
        // ivy: brand 0.6 × 100 + 0.4 × 60; campaigns 12/20; team 90/100.
        #expect(close(score(result, "ivy"), 25 + 0.3 * 84 + 0.15 * 60 + 20 + 0.1 * 90))
        #expect(result.unscored.count == 6)
    }
}
