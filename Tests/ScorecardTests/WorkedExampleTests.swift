import Scorecard
import Testing

/// The issue's worked example: a sales representative at 96 % attainment under "full marks at
/// 100 %, one point per percentage point below" loses 4 of that KPI's 100 points, which the
/// 60 % finance weight turns into 2.4 points of the total.
struct WorkedExampleTests {
    let scorecard: Scorecard

    init() throws {
        scorecard = try ScorecardFile.parse(salesRepYAML, source: "sc.yaml")
    }

    @Test func attainmentOf96LosesFourKPIPointsAndTwoPointFourOverall() throws {
        let result = try scorecard.score([
            KPIValue(entity: "ana", role: "sales_rep", kpi: "target_attainment", value: 96),
            KPIValue(entity: "ana", role: "sales_rep", kpi: "new_customers", value: 10),
            KPIValue(entity: "ana", role: "sales_rep", kpi: "visit_rate", value: 100),
            KPIValue(entity: "ana", role: "sales_rep", kpi: "staff_turnover", value: 10),
        ])
        let ana = try #require(result.people.first)
        let attainment = try #require(ana.dimensions.first?.kpis.first)
        #expect(attainment.kpi == "target_attainment")
        #expect(attainment.points == 96)
        #expect(close(attainment.lost, 2.4))
        #expect(attainment.reason == "96 is 4 below 100 at 1 point each: −4")
        // 60 × 96 % + 20 + 10 + 10 = 97.6.
        #expect(close(ana.score, 97.6))
        #expect(ana.losses.map(\.kpi) == ["target_attainment"])
    }

    @Test func attainmentComputedFromActualAndTarget() throws {
        // DOMAIN.md: target 500M, 480M raised → 96 %.
        let result = try scorecard.score([
            KPIValue(entity: "ana", role: "sales_rep", kpi: "actual", value: 480),
            KPIValue(entity: "ana", role: "sales_rep", kpi: "target", value: 500),
        ])
        let attainment = try #require(result.people.first?.dimensions.first?.kpis.first)
        #expect(close(attainment.value, 96))
        #expect(close(attainment.points, 96))
        // The other three KPIs have no value: 0 of 40 points, and finance gives 0.6 × 96.
        #expect(close(result.people.first?.score, 57.6))
    }

    @Test func templateWeightsReachTheDimensions() {
        let role = scorecard.role(named: "sales_rep")
        #expect(role?.dimensions.map(\.name) == ["finance", "customer", "process", "team"])
        #expect(role?.dimensions.map(\.weight) == [60, 20, 10, 10])
    }
}
