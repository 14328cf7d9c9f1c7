import Scorecard
import Testing

/// From values to scores: computed KPIs, missing and excluded values, team and role means, and
/// the errors values can raise.
struct ScoringTests {
    @Test func missingKPIScoresZeroWithReason() throws {
        let scorecard = try singleKPIScorecard(kpi: "nps", rule: .linear(target: 40, cap: 100))
        let result = try scorecard.score(values(["visits": 1]))
        let kpi = try #require(result.people.first?.dimensions.first?.kpis.first)
        #expect(kpi.value == nil)
        #expect(kpi.points == 0)
        #expect(kpi.reason == "no value")
        #expect(kpi.lost == 100)
        #expect(result.people.first?.score == 0)
    }

    @Test func partlySuppliedInputsAreNamed() throws {
        let scorecard = try singleKPIScorecard(kpi: "target_attainment", rule: .deductBelow(level: 100, pointsPerUnit: 1))
        let kpi = try #require(try scorecard.score(values(["actual": 480])).people.first?.dimensions.first?.kpis.first)
        #expect(kpi.reason == "no value (missing input target)")
    }

    @Test func excludedValueScoresAsMissingWithTheReason() throws {
        let scorecard = try singleKPIScorecard(kpi: "target_attainment", rule: .deductBelow(level: 100, pointsPerUnit: 1))
        let flagged = KPIValue(entity: "ana", role: "rep", kpi: "target_attainment", value: 130)
            .excluding(reason: "4.1 MADs above the team median")
        let kpi = try #require(try scorecard.score([flagged]).people.first?.dimensions.first?.kpis.first)
        #expect(kpi.value == nil)
        #expect(kpi.points == 0)
        #expect(kpi.reason == "excluded: 4.1 MADs above the team median")
    }

    @Test func anExcludedInputExcludesTheComputedKPI() throws {
        let scorecard = try singleKPIScorecard(kpi: "target_attainment", rule: .deductBelow(level: 100, pointsPerUnit: 1))
        let rows = [KPIValue(entity: "ana", role: "rep", kpi: "actual", value: 480).excluding(reason: "duplicate deal"),
                    KPIValue(entity: "ana", role: "rep", kpi: "target", value: 500)]
        let kpi = try #require(try scorecard.score(rows).people.first?.dimensions.first?.kpis.first)
        #expect(kpi.reason == "excluded: duplicate deal (input actual)")
    }

    @Test func givenValueWinsOverInputs() throws {
        let scorecard = try singleKPIScorecard(kpi: "target_attainment", rule: .deductBelow(level: 100, pointsPerUnit: 1))
        let kpi = try #require(try scorecard.score(values(["target_attainment": 99, "actual": 480, "target": 500]))
            .people.first?.dimensions.first?.kpis.first)
        #expect(kpi.value == 99)
    }

    @Test func computedThroughAChainOfKPIs() throws {
        // sales_contribution_rate = sales_growth_rate × coefficient; growth = (125 − 100) ÷ 100 × 100 = 25.
        let scorecard = try singleKPIScorecard(kpi: "sales_contribution_rate", rule: .linear(target: 20, cap: 100))
        let kpi = try #require(try scorecard.score(values(["sales": 125, "sales_last": 100, "marketing_impact_coefficient": 0.4]))
            .people.first?.dimensions.first?.kpis.first)
        #expect(kpi.value == 10)
        #expect(kpi.points == 50)
    }

    @Test func customKPIFromTheScorecard() throws {
        let custom = KPIDefinition(id: "deal_rate", name: "deal rate", formula: try KPIFormula(parsing: "deals / leads × 100"),
                                   unit: .percent, direction: .higherIsBetter)
        let scorecard = try singleKPIScorecard(kpi: "deal_rate", rule: .linear(target: 40, cap: 100), customKPIs: [custom])
        let kpi = try #require(try scorecard.score(values(["deals": 6, "leads": 20])).people.first?.dimensions.first?.kpis.first)
        #expect(kpi.value == 30)
        #expect(kpi.points == 75)
    }

    @Test func lowerIsBetterKPIReversesLinear() throws {
        let scorecard = try singleKPIScorecard(kpi: "cac", rule: .linear(target: 400, cap: 100))
        let kpi = try #require(try scorecard.score(values(["marketing_spend": 20_000, "new_customers": 40]))
            .people.first?.dimensions.first?.kpis.first)
        #expect(kpi.value == 500)
        #expect(kpi.points == 80)
    }

    @Test func divisionByZeroLeavesTheKPIWithoutValueForThatEntityAlone() throws {
        // One person without new customers has no acquisition cost; the others are scored.
        let scorecard = try singleKPIScorecard(kpi: "cac", rule: .linear(target: 400, cap: 100))
        let rows = values(["marketing_spend": 1000, "new_customers": 0], entity: "ana")
            + values(["marketing_spend": 20_000, "new_customers": 40], entity: "ben")
        let result = try scorecard.score(rows)
        let ana = try #require(result.people.first { $0.entity == "ana" }?.dimensions.first?.kpis.first)
        #expect(ana.value == nil)
        #expect(ana.points == 0)
        #expect(ana.reason == "no value (division by zero: new_customers is 0)")
        let ben = try #require(result.people.first { $0.entity == "ben" }?.dimensions.first?.kpis.first)
        #expect(ben.value == 500)
        #expect(ben.points == 80)
    }

    @Test func divisionByZeroInAnInputIsNamed() throws {
        // A custom KPI computed from cac, which cannot be computed for this person.
        let custom = KPIDefinition(id: "cac_per_visit", name: "CAC per visit", formula: try KPIFormula(parsing: "cac / visits"),
                                   unit: .currency, direction: .lowerIsBetter)
        let scorecard = try singleKPIScorecard(kpi: "cac_per_visit", rule: .linear(target: 10, cap: 100), customKPIs: [custom])
        let kpi = try #require(try scorecard.score(values(["marketing_spend": 1000, "new_customers": 0, "visits": 50]))
            .people.first?.dimensions.first?.kpis.first)
        #expect(kpi.value == nil)
        #expect(kpi.reason == "no value (division by zero: new_customers is 0 in input cac)")
    }

    @Test func anExcludedInputWinsOverADivisionByZeroInEitherOrder() throws {
        for formula in ["cac + visits", "visits + cac"] {
            let custom = KPIDefinition(id: "cost_and_visits", name: "cost and visits", formula: try KPIFormula(parsing: formula),
                                       unit: .currency, direction: .lowerIsBetter)
            let scorecard = try singleKPIScorecard(kpi: "cost_and_visits", rule: .linear(target: 10, cap: 100), customKPIs: [custom])
            let rows = values(["marketing_spend": 1000, "new_customers": 0])
                + [KPIValue(entity: "ana", role: "rep", kpi: "visits", value: 50).excluding(reason: "audit flag")]
            let kpi = try #require(try scorecard.score(rows).people.first?.dimensions.first?.kpis.first)
            #expect(kpi.reason == "excluded: audit flag (input visits)", "\(formula)")
        }
    }

    @Test func aValueGivenForTheKPIWinsOverADivisionByZero() throws {
        let scorecard = try singleKPIScorecard(kpi: "cac", rule: .linear(target: 400, cap: 100))
        let kpi = try #require(try scorecard.score(values(["marketing_spend": 1000, "new_customers": 0, "cac": 500]))
            .people.first?.dimensions.first?.kpis.first)
        #expect(kpi.value == 500)
        #expect(kpi.points == 80)
    }

    @Test func teamAndRoleMeans() throws {
        let scorecard = try singleKPIScorecard(kpi: "visit_rate", rule: .linear(target: 100, cap: 100))
        let rows = values(["visit_rate": 90], entity: "ana", team: "north") + values(["visit_rate": 70], entity: "ben", team: "north")
            + values(["visit_rate": 100], entity: "chen", team: "south") + values(["visit_rate": 40], entity: "dia")
        let result = try scorecard.score(rows)
        #expect(result.people.map(\.entity) == ["chen", "ana", "ben", "dia"])
        #expect(result.teams.map(\.name) == ["south", "north"])
        #expect(result.teams.map(\.members) == [1, 2])
        #expect(result.teams.map(\.score) == [100, 80])  // dia has no team
        #expect(result.roles.count == 1)
        #expect(result.roles.first?.members == 4)
        #expect(close(result.roles.first?.score, 75))  // (90 + 70 + 100 + 40) ÷ 4
    }

    @Test func entitiesOfOtherRolesAreListedNotScored() throws {
        let scorecard = try singleKPIScorecard(kpi: "nps", rule: .linear(target: 40, cap: 100))
        let rows = values(["nps": 40]) + [KPIValue(entity: "gia", role: "growth_marketer", kpi: "cpm", value: 3)]
        let result = try scorecard.score(rows)
        #expect(result.people.map(\.entity) == ["ana"])
        #expect(result.unscored.map(\.entity) == ["gia"])
        #expect(result.unscored.map(\.role) == ["growth_marketer"])
        #expect(throws: ScoringError(location: nil, problem: .noScoredRoles(found: ["growth_marketer"], scorecard: ["rep"]))) {
            try scorecard.score(Array(rows.dropFirst()))
        }
    }

    @Test func periods() throws {
        let scorecard = try singleKPIScorecard(kpi: "nps", rule: .linear(target: 40, cap: 100))
        let rows = [KPIValue(entity: "ana", role: "rep", period: "2025Q4", kpi: "nps", value: 20),
                    KPIValue(entity: "ana", role: "rep", period: "2026Q1", kpi: "nps", value: 30)]
        #expect(throws: ScoringError(location: nil, problem: .severalPeriods(["2025Q4", "2026Q1"]))) { try scorecard.score(rows) }
        let q1 = try scorecard.score(rows, period: "2026Q1")
        #expect(q1.period == "2026Q1")
        #expect(q1.people.first?.score == 75)
        #expect(throws: ScoringError(location: nil, problem: .noValues(period: "2026Q2", periods: ["2025Q4", "2026Q1"]))) {
            try scorecard.score(rows, period: "2026Q2")
        }
    }

    @Test func valueErrorsNameTheirLine() throws {
        let scorecard = try singleKPIScorecard(kpi: "nps", rule: .linear(target: 40, cap: 100))
        func row(_ kpi: String, _ line: Int, role: String = "rep", team: String? = nil) -> KPIValue {
            KPIValue(entity: "ana", role: role, team: team, kpi: kpi, value: 1, location: FileLocation(source: "v.csv", line: line))
        }
        let unknown = ScoringError(location: FileLocation(source: "v.csv", line: 3),
                                   problem: .unknownName("target_atainment", suggestion: "target_attainment"))
        #expect(throws: unknown) { try scorecard.score([row("nps", 2), row("target_atainment", 3)]) }
        #expect(unknown.description
            == "v.csv, line 3: \"target_atainment\" is neither a KPI nor an input of one (did you mean target_attainment?)")
        #expect(throws: ScoringError(location: FileLocation(source: "v.csv", line: 4),
                                     problem: .duplicateValue(entity: "ana", kpi: "nps", first: FileLocation(source: "v.csv", line: 2)))) {
            try scorecard.score([row("nps", 2), row("cac", 3), row("nps", 4)])
        }
        #expect(throws: ScoringError(location: FileLocation(source: "v.csv", line: 3),
                                     problem: .conflictingRole(entity: "ana", first: "rep", second: "boss"))) {
            try scorecard.score([row("nps", 2), row("cac", 3, role: "boss")])
        }
        #expect(throws: ScoringError(location: FileLocation(source: "v.csv", line: 3),
                                     problem: .conflictingTeam(entity: "ana", first: "north", second: "south"))) {
            try scorecard.score([row("nps", 2, team: "north"), row("cac", 3, team: "south")])
        }
        #expect(throws: ScoringError(location: nil, problem: .notFinite(entity: "ana", kpi: "nps"))) {
            try scorecard.score([KPIValue(entity: "ana", role: "rep", kpi: "nps", value: .nan)])
        }
        // A negative cost would score as the best there is; a negative NPS is an ordinary score.
        #expect(throws: ScoringError(location: FileLocation(source: "v.csv", line: 3),
                                     problem: .negative(entity: "ana", kpi: "cac", value: -3))) {
            try scorecard.score([KPIValue(entity: "ana", role: "rep", kpi: "nps", value: -20, location: FileLocation(source: "v.csv", line: 2)),
                                 KPIValue(entity: "ana", role: "rep", kpi: "cac", value: -3, location: FileLocation(source: "v.csv", line: 3))])
        }
        // So would one computed from a negative input, named at that input's line.
        let cac = try singleKPIScorecard(kpi: "cac", rule: .linear(target: 100, cap: 100))
        let negativeSpend = ScoringError(location: FileLocation(source: "v.csv", line: 2),
                                         problem: .negativeComputed(entity: "ana", kpi: "cac", value: -250,
                                                                    inputs: ["marketing_spend": -5000, "new_customers": 20]))
        #expect(throws: negativeSpend) {
            try cac.score([KPIValue(entity: "ana", role: "rep", kpi: "marketing_spend", value: -5000, location: FileLocation(source: "v.csv", line: 2)),
                           KPIValue(entity: "ana", role: "rep", kpi: "new_customers", value: 20, location: FileLocation(source: "v.csv", line: 3))])
        }
        #expect(negativeSpend.description.hasPrefix("v.csv, line 2: entity \"ana\": cac computed from marketing_spend -5000, new_customers 20 is -250, which cac cannot be"))
        #expect(try cac.score([KPIValue(entity: "ana", role: "rep", kpi: "marketing_spend", value: 5000),
                               KPIValue(entity: "ana", role: "rep", kpi: "new_customers", value: 20)]).people.count == 1)
    }
}
