import Attribution
import Audit
import Forecasting
import Scorecard
import Store

/// Everything one run of the main job produced.
public struct RunOutcome: Sendable {
    /// The run's identifier in the store (`kpi show RUN`).
    public let run: RunID
    /// The project that was run.
    public let project: Project
    /// One report per data file ingested (rows added, or already ingested).
    public let ingested: [IngestReport]
    /// Attainment to date for people, teams and the company.
    public let attainment: [Attainment]
    /// End-of-period projections when the period is in progress.
    public let forecast: AttainmentForecast?
    /// Fundraising pace toward the project's target, when it has one.
    public let pace: FundraisingPace?
    /// ROI and weak-ROI flags of the campaigns that ended by the as-of day, when there are any.
    public let campaigns: CampaignReview?
    /// The marketing-mix model of the project's weekly sales and spend, when it has one.
    public let attribution: MarketingMixResult?
    /// The campaign owners' KPIs for the period, computed from their campaigns.
    public let campaignKPIs: [CampaignKPI]
    /// One assessment per stored report, flagged ones first, when the project asks for an audit.
    public let audit: [ReportAssessment]?
    /// The flagged reports reviewers cleared (the project's `audit: cleared:` file).
    public let clearances: [ReportClearance]
    /// The KPIs taken from the reports of the period, with what the audit held back.
    public let reportKPIs: [ReportKPI]
    /// The scorecard's result: people, teams and roles.
    public let scores: ScorecardResult
    /// What each step of the main job did.
    public let steps: [Step]

    /// One step of the main job and what became of it.
    public struct Step: Sendable, Equatable {
        public let name: String
        public let status: Status
        public let detail: String

        public enum Status: String, Sendable { case done, skipped }
    }
}
