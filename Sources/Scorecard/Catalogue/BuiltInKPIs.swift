/// The KPIs of the domain's catalogue (DOMAIN.md, "Core KPIs and their formulas"), plus the
/// two that the forecasting analytics supply.
///
/// Inputs that several KPIs share carry one name, so one value row feeds all of them:
/// `marketing_spend` (budget execution, expense ratio, CAC), `sales` (average order value,
/// market share, sales growth), `new_customers` (a KPI itself, and an input of retention and
/// CAC), `customers_start` (retention, churn).
enum BuiltInKPIs {
    static let all: [KPIDefinition] = [
        // Fundraising and sales results.
        kpi("target_attainment", "target attainment rate", "actual / target × 100", .percent),
        kpi("fundraising_speed", "fundraising speed", "amount_raised / days", .currencyPerDay),
        kpi("new_customers", "new customers", nil, .count),
        kpi("conversion_rate", "conversion rate", "converted / prospects × 100", .percent),
        kpi("client_satisfaction", "client satisfaction", nil, .score),
        kpi("long_term_client_share", "long-term client share", "long_term_clients / clients × 100", .percent),
        kpi("investor_default_rate", "investor default rate", "defaulted_investors / investors × 100", .percent, .lowerIsBetter),
        kpi("legal_disputes", "legal disputes", nil, .count, .lowerIsBetter),
        kpi("information_completeness", "information completeness", "valid_items / required_items × 100", .percent),
        kpi("report_adoption_rate", "report adoption rate", "reports_adopted / reports × 100", .percent),
        // Brand and communication.
        kpi("brand_awareness_lift", "brand awareness lift", "(awareness − awareness_last) / awareness_last × 100", .percent),
        kpi("negative_pr_response_time", "negative-PR response time", nil, .hours, .lowerIsBetter),
        kpi("social_engagement_growth", "social engagement growth", "(engagement − engagement_last) / engagement_last × 100", .percent),
        // Campaign effectiveness.
        kpi("campaign_roi", "campaign ROI", "(campaign_revenue − campaign_cost) / campaign_cost × 100", .percent),
        kpi("cost_per_lead", "cost per lead", "campaign_cost / new_leads", .currency, .lowerIsBetter),
        kpi("sales_contribution_rate", "sales contribution rate", "sales_growth_rate × marketing_impact_coefficient", .percent),
        // Customers.
        kpi("customer_retention", "customer retention", "(customers_end − new_customers) / customers_start × 100", .percent),
        kpi("customer_churn", "customer churn", "churned_customers / customers_start × 100", .percent, .lowerIsBetter),
        kpi("nps", "net promoter score", "promoters_pct − detractors_pct", .score),
        kpi("customer_lifetime_value", "customer lifetime value", nil, .currency),
        // Finance.
        kpi("sales_growth_rate", "sales growth rate", "(sales − sales_last) / sales_last × 100", .percent),
        kpi("average_order_value", "average order value", "sales / orders", .currency),
        kpi("marketing_expense_ratio", "marketing expense ratio", "marketing_spend / sales × 100", .percent, .lowerIsBetter),
        kpi("budget_execution_rate", "budget execution rate", "marketing_spend / budget × 100", .percent),
        kpi("cac", "customer acquisition cost", "marketing_spend / new_customers", .currency, .lowerIsBetter),
        kpi("collection_completion_rate", "collection completion rate", "cash_collected / planned_collection × 100", .percent),
        kpi("receivables_turnover", "receivables turnover", "credit_sales / average_receivables", .ratio),
        kpi("profit_contribution_rate", "profit contribution rate", "profit / company_profit × 100", .percent),
        kpi("market_share", "market share", "sales / market_sales × 100", .percent),
        // Process.
        kpi("visit_rate", "visit rate", "visits / planned_visits × 100", .percent),
        kpi("complaint_handling_on_time", "complaint handling on time", "complaints_on_time / complaints × 100", .percent),
        // Team and capability.
        kpi("staff_turnover", "staff turnover", "leavers / average_headcount × 100", .percent, .lowerIsBetter),
        kpi("training_completion", "training completion", "training_hours / planned_training_hours × 100", .percent),
        kpi("skill_score_lift", "skill score lift", "(skill_score − skill_score_last) / skill_score_last × 100", .percent),
        kpi("cross_department_rating", "cross-department rating", nil, .score),
        kpi("subordinate_rating", "subordinate rating", nil, .score),
        kpi("on_time_project_rate", "on-time project rate", "projects_on_time / projects × 100", .percent),
        // Supplied by the forecasting analytics: end-of-quarter attainment and the
        // probability (in percent) of reaching 100 % attainment.
        kpi("projected_attainment", "projected attainment", nil, .percent),
        kpi("attainment_probability", "probability of reaching the target", nil, .percent),
    ]

    private static func kpi(_ id: String, _ name: String, _ formula: String?, _ unit: KPIUnit,
                            _ direction: KPIDirection = .higherIsBetter) -> KPIDefinition {
        KPIDefinition(id: id, name: name, formula: formula.map(parse), unit: unit, direction: direction)
    }

    /// The built-in formulas are fixed text checked by the tests, so a failure here is a
    /// defect of this file, not of user data.
    private static func parse(_ text: String) -> KPIFormula {
        do { return try KPIFormula(parsing: text) } catch {
            preconditionFailure("built-in formula \(text): \(error)")
        }
    }
}
