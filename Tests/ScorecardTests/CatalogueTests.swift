import Scorecard
import Testing

/// The built-in catalogue against DOMAIN.md: every KPI present, reverse KPIs marked, formulas
/// giving the domain's numbers.
struct CatalogueTests {
    let catalogue = KPICatalogue.builtIn

    @Test func everyKPIOfTheDomainIsThere() {
        let ids = ["target_attainment", "fundraising_speed", "new_customers", "conversion_rate", "client_satisfaction",
                   "long_term_client_share", "investor_default_rate", "legal_disputes", "information_completeness",
                   "report_adoption_rate", "brand_awareness_lift", "negative_pr_response_time", "social_engagement_growth",
                   "campaign_roi", "cost_per_lead", "sales_contribution_rate", "customer_retention", "customer_churn", "nps",
                   "customer_lifetime_value", "sales_growth_rate", "average_order_value", "marketing_expense_ratio",
                   "budget_execution_rate", "cac", "collection_completion_rate", "receivables_turnover",
                   "profit_contribution_rate", "market_share", "visit_rate", "complaint_handling_on_time", "staff_turnover",
                   "training_completion", "skill_score_lift", "cross_department_rating", "subordinate_rating",
                   "on_time_project_rate", "projected_attainment", "attainment_probability"]
        #expect(catalogue.definitions.map(\.id) == ids)
    }

    @Test func reverseKPIsAreLowerIsBetter() {
        let reverse = catalogue.definitions.filter { $0.direction == .lowerIsBetter }.map(\.id)
        #expect(Set(reverse) == ["investor_default_rate", "legal_disputes", "negative_pr_response_time", "cost_per_lead",
                                 "customer_churn", "marketing_expense_ratio", "cac", "staff_turnover"])
    }

    @Test func builtInFormulasAreAcyclic() {
        #expect(catalogue.dependencyCycle() == nil)
    }

    func compute(_ id: String, _ inputs: [String: Double]) throws -> Double {
        try #require(catalogue[id]).compute(inputs: inputs)
    }

    @Test func formulasGiveTheDomainsNumbers() throws {
        #expect(try compute("target_attainment", ["actual": 480, "target": 500]) == 96)
        #expect(try compute("campaign_roi", ["campaign_revenue": 104, "campaign_cost": 100]) == 4)
        #expect(try compute("customer_retention", ["customers_end": 110, "new_customers": 20, "customers_start": 100]) == 90)
        #expect(try compute("nps", ["promoters_pct": 60, "detractors_pct": 15]) == 45)
        #expect(try compute("cac", ["marketing_spend": 50_000, "new_customers": 125]) == 400)
        #expect(try compute("staff_turnover", ["leavers": 2, "average_headcount": 20]) == 10)
        #expect(try compute("sales_growth_rate", ["sales": 125, "sales_last": 100]) == 25)
        #expect(try compute("sales_contribution_rate", ["sales_growth_rate": 25, "marketing_impact_coefficient": 0.4]) == 10)
        #expect(try compute("fundraising_speed", ["amount_raised": 900, "days": 90]) == 10)
    }

    @Test func unitsFollowTheFormulas() throws {
        #expect(catalogue["target_attainment"]?.unit == .percent)
        #expect(catalogue["cost_per_lead"]?.unit == .currency)
        #expect(catalogue["legal_disputes"]?.unit == .count)
        #expect(catalogue["negative_pr_response_time"]?.unit == .hours)
        #expect(catalogue["target_attainment"]?.inputs == ["actual", "target"])
    }

    @Test func givenOnlyKPIsCannotBeComputed() {
        #expect(throws: KPIComputationError.noFormula(kpi: "new_customers")) {
            try compute("new_customers", [:])
        }
        #expect(throws: KPIComputationError.divisionByZero(kpi: "cac", divisor: "new_customers")) {
            try compute("cac", ["marketing_spend": 1000, "new_customers": 0])
        }
        #expect(KPIComputationError.divisionByZero(kpi: "cac", divisor: "new_customers").description
            == "cannot compute cac: division by zero (new_customers is 0)")
    }

    @Test func suggestionsForMisspelledIDs() {
        #expect(catalogue.suggestion(for: "target_atainment") == "target_attainment")
        #expect(catalogue.suggestion(for: "nsp") == "nps")
        #expect(catalogue.suggestion(for: "completely_different") == nil)
    }
}
