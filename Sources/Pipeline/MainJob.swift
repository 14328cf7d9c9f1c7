import Attribution
import Audit
import Forecasting
import Foundation
import Report
import Scorecard
import Store

/// The main job (`kpi run`): ingest a project's exports, run the analytics, store every
/// result with the run, compute KPI values and score them.
///
/// Steps, in order: read and check the scorecard (before anything is written), ingest each
/// data file (one transaction per file; a file already ingested adds nothing), compute
/// attainment to date, gather KPI values for the period, score, and store the results tagged
/// with the run. For a period in progress, the end-of-period forecast adds projected
/// attainment and the probability of reaching 100% to the values scored. With a fundraising
/// target in the project, the pace of the raises toward it is measured and stored; campaigns
/// that have ended are reviewed for ROI and weak-ROI flags; with a weekly marketing table, a
/// marketing-mix model attributes the sales to the channels; the owners of campaigns that ended
/// in the period are given their campaign ROI, cost per lead and (with the model) sales
/// contribution rate, which take the place of supplied values; with an audit section, the stored
/// weekly reports are audited and the ones worth a second look flagged with their reasons; the
/// KPIs the audit section takes from the reports are summed over the period's reports with the
/// flagged ones held back until a reviewer clears them, and take the place of supplied values.
public enum MainJob {
    /// How many times ``run(_:progress:)`` tells its `progress` of a step for `project`: the
    /// scorecard, each data file, and the steps from attainment to date to the scores.
    public static func progressSteps(_ project: Project) -> Int { 10 + project.data.count }

    /// Runs the project.
    /// - Parameter progress: told the name of each step as it starts (``progressSteps(_:)``
    ///   times).
    /// - Throws: the first error, naming file, line and column; a failed run is recorded as
    ///   failed in the store.
    public static func run(_ project: Project, progress: (@Sendable (String) -> Void)? = nil) throws -> RunOutcome {
        progress?("reading the scorecard")
        let scorecard = try ScorecardFile.read(path: project.scorecardPath)
        for source in project.audit?.kpis ?? [] where scorecard.catalogue[source.kpi] == nil {
            let hint = scorecard.catalogue.suggestion(for: source.kpi).map { " (did you mean \($0)?)" } ?? ""
            throw PipelineError.project(source: project.source, line: nil,
                                        problem: "audit kpis: \"\(source.kpi)\" is not a KPI the scorecard \(project.scorecardPath) knows\(hint)")
        }
        let store = try KPIStore(path: project.storePath)
        var steps: [RunOutcome.Step] = []

        var ingested: [IngestReport] = []
        // People come first, so that the KPI values can be checked against them.
        for (dataset, path) in project.data where dataset == .people {
            progress?("ingesting \(dataset) from \(path)")
            ingested.append(try store.ingest(path: path, as: dataset))
        }
        let kpiValueProblem = Self.kpiValueProblem(scorecard, people: try store.people(), period: project.period.label)
        for (dataset, path) in project.data where dataset != .people {
            progress?("ingesting \(dataset) from \(path)")
            ingested.append(try store.ingest(path: path, as: dataset, kpiValueProblem: kpiValueProblem))
        }
        let added = ingested.reduce(0) { $0 + $1.rowsAdded }
        steps.append(.init(name: "ingest", status: .done,
                           detail: "\(ingested.count) files, \(added) rows added, \(ingested.filter(\.alreadyIngested).count) already ingested"))

        let run = try store.beginRun(project: project.name, asOf: project.asOf)
        do {
            progress?("attainment to date")
            let people = try store.people()
            let targets = try store.targets(period: project.period.label, kpi: Dataset.defaultKPI)
            // Attainment looks at the bookings of people and of entities with a target only.
            let entities = Set(people.map(\.entity)).union(targets.map(\.entity)).sorted()
            let attainment = Attainment.compute(
                people: people, targets: targets,
                actuals: try store.actuals(of: entities, kpi: Dataset.defaultKPI, from: project.period.start,
                                           through: project.asOf),
                period: project.period, asOf: project.asOf)
            // Bookings of someone without a target of their own (a lead's own, a member's
            // without a target, a name in no file) count for no team: named.
            let counted = Attainment.counted(people: people, targets: targets, period: project.period)
            let uncounted = try store.entitiesWithActuals(kpi: Dataset.defaultKPI, from: project.period.start,
                                                          through: min(project.asOf, project.period.end))
                .filter { !counted.contains($0) }
            steps.append(.init(name: "attainment to date", status: .done,
                               detail: "\(attainment.filter { $0.level == .person }.count) people, \(attainment.filter { $0.level == .team }.count) teams, period \(project.period.label) as of \(project.asOf)"
                                   + (uncounted.isEmpty ? "" : "; bookings of \(Self.listed(uncounted)) count for no team or company (a lead's own, or of someone without a target)")))
            progress?("attainment forecast")
            var forecast: AttainmentForecast?
            var forecastValues: [(entity: String, kpi: String, value: Double)] = []
            switch try AttainmentForecastStep.run(store: store, people: people, period: project.period, asOf: project.asOf) {
            case .skipped(let reason):
                // A finished period needs no projection: its final attainment is the outcome.
                if project.asOf >= project.period.end {
                    forecastValues = AttainmentForecastStep.finalValues(attainment)
                }
                steps.append(.init(name: "attainment forecast", status: .skipped,
                                   detail: reason + (forecastValues.isEmpty ? "" : "; the final attainment stands for the projection")))
            case .forecast(let result, let values):
                forecast = result
                forecastValues = values
                try store.record(run: run, kind: .forecast, results: try result.projections.map { projection in
                    (key: "\(projection.level.rawValue):\(projection.entity)", json: try ForecastJSON.encode(projection, of: result))
                })
                steps.append(.init(name: "attainment forecast", status: .done,
                                   detail: "\(result.projections.count) projections to the end of \(project.period.label)"
                                       + result.caveats.map { "; " + $0 }.joined()))
            }
            progress?("fundraising pace")
            var pace: FundraisingPace?
            switch try FundraisingPaceStep.run(store: store, goal: project.fundraising, asOf: project.asOf) {
            case .skipped(let reason):
                steps.append(.init(name: "fundraising pace", status: .skipped, detail: reason))
            case .pace(let measured):
                pace = measured
                try store.record(run: run, kind: .pace, key: "fundraising",
                                 json: PaceRendering.jsonValue(measured, day: FundraisingPaceStep.day).text)
                steps.append(.init(name: "fundraising pace", status: .done,
                                   detail: "\(Amount.format(measured.raisedToDate)) of \(Amount.format(measured.target)) raised"
                                       + (measured.speed.map { ", \($0)" } ?? "")))
            }
            progress?("marketing attribution")
            var attribution: MarketingMixResult?
            switch try AttributionStep.run(project.marketing) {
            case .skipped(let reason):
                steps.append(.init(name: "marketing attribution", status: .skipped, detail: reason))
            case .model(let result, let readingWarnings):
                let warnings = readingWarnings + result.warnings
                attribution = result
                try store.record(run: run, kind: .attribution, key: "model",
                                 json: AttributionRendering.jsonValue(result, readingWarnings: readingWarnings).text)
                let impact = result.impactCoefficient
                steps.append(.init(name: "marketing attribution", status: .done,
                                   detail: "\(result.channels.count) channels over \(result.decomposition.count) weeks; marketing caused "
                                       + "\(AmountFormat.percent(impact.value * 100)) of sales (\(AmountFormat.levelLabel(result.level))% interval "
                                       + "\(AmountFormat.percent(impact.low * 100))–\(AmountFormat.percent(impact.high * 100)))"
                                       + warnings.map { "; warning: \($0)" }.joined()))
            }
            progress?("campaign review")
            var campaigns: CampaignReview?
            switch try CampaignReviewStep.run(store: store, asOf: project.asOf, model: attribution) {
            case .skipped(let reason):
                steps.append(.init(name: "campaign review", status: .skipped, detail: reason))
            case .review(let review, let running):
                campaigns = review
                let payloads = CampaignRendering.payloads(review, day: FundraisingPaceStep.day)
                try store.record(run: run, kind: .campaign, results: payloads.campaigns.map { ($0.key, $0.value.text) })
                try store.record(run: run, kind: .campaignFlag, results: payloads.flags.map { ($0.key, $0.value.text) })
                steps.append(.init(name: "campaign review", status: .done,
                                   detail: "\(review.campaigns.count) campaigns, \(review.flags.count) flagged"
                                       + (running > 0 ? ", \(running) still running left out" : "")))
            }
            progress?("campaign KPIs")
            var campaignKPIs: [CampaignKPI] = []
            switch CampaignKPIStep.run(campaigns: try store.campaigns(), people: people, period: project.period,
                                       asOf: project.asOf, model: attribution) {
            case .skipped(let reason):
                steps.append(.init(name: "campaign KPIs", status: .skipped, detail: reason))
            case .computed(let values, let detail):
                campaignKPIs = values
                try store.record(run: run, kind: .campaignKPI, results: values.map {
                    ("\($0.entity)/\($0.kpi)", CampaignKPIRendering.jsonValue($0).text)
                })
                steps.append(.init(name: "campaign KPIs", status: .done, detail: detail))
            }
            progress?("report audit")
            var audit: [ReportAssessment]?
            var clearances: [ReportClearance] = [], reportKPIs: [ReportKPI] = []
            switch try AuditStep.run(store: store, people: people, setup: project.audit, period: project.period, asOf: project.asOf) {
            case .skipped(let reason):
                steps.append(.init(name: "report audit", status: .skipped, detail: reason))
            case .audit(let assessments, let cleared, let kpis):
                audit = assessments
                clearances = cleared
                reportKPIs = kpis
                let review = AuditReview(assessments: assessments, clearances: cleared)
                try store.record(run: run, kind: .auditFlag, results: review.open.map {
                    (AuditRendering.auditFlagKey($0), AuditRendering.auditFlag($0).text)
                })
                try store.record(run: run, kind: .auditCleared, results: review.cleared.map {
                    (AuditRendering.auditFlagKey($0.assessment), ReportKPIRendering.clearedJSON($0.assessment, $0.clearance).text)
                })
                steps.append(.init(name: "report audit", status: .done, detail: review.summary))
            }
            progress?("KPIs from the reports")
            if let sources = project.audit?.kpis, !sources.isEmpty, audit != nil {
                try store.record(run: run, kind: .reportKPI, results: reportKPIs.map {
                    ("\($0.entity)/\($0.kpi)", ReportKPIRendering.jsonValue($0).text)
                })
                steps.append(.init(name: "KPIs from the reports", status: .done,
                                   detail: ReportKPIRendering.summary(reportKPIs, sources: sources, period: project.period.label)))
            } else {
                steps.append(.init(name: "KPIs from the reports", status: .skipped,
                                   detail: audit == nil ? "no report audit" : "the audit section names no kpis"))
            }
            try store.record(run: run, kind: "attainment", results: try attainment.map { row in
                (key: row.entity, json: try AttainmentJSON.encode(row))
            })

            progress?("scoring")
            let values = try ScoreInputs.gather(store: store, people: people, attainment: attainment,
                                                computed: forecastValues + campaignKPIs.map { ($0.entity, $0.kpi, $0.value) }
                                                    + reportKPIs.map { ($0.entity, $0.kpi, $0.value) },
                                                period: project.period)
            let scores: ScorecardResult
            do {
                scores = try scorecard.score(values, period: project.period.label)
            } catch let error as ScoringError {
                switch error.problem {
                case .computation, .negativeComputed, .conflictingRole, .conflictingTeam: throw PipelineError.valuesRefused(error)
                default: throw error
                }
            }
            try store.record(run: run, kind: .score, key: "scorecard",
                             json: ScoreRendering.json(scores))
            // People in the people file with nothing to score (no target, no value) are named.
            let valued = Set(scores.people.map(\.entity)).union(scores.unscored.map(\.entity))
            let unvalued = people.map(\.entity).filter { !valued.contains($0) }
            steps.append(.init(name: "scores", status: .done,
                               detail: "\(scores.people.count) people scored, \(scores.unscored.count) without a scorecard role"
                                   + (unvalued.isEmpty ? "" : ", \(unvalued.count) with no value to score: " + Self.listed(unvalued))))
            try store.finishRun(run, status: .succeeded)
            return RunOutcome(run: run, project: project, ingested: ingested, attainment: attainment, forecast: forecast,
                              pace: pace, campaigns: campaigns, attribution: attribution, campaignKPIs: campaignKPIs,
                              audit: audit, clearances: clearances,
                              reportKPIs: reportKPIs, scores: scores,
                              steps: steps)
        } catch {
            try? store.finishRun(run, status: .failed)
            throw error
        }
    }

    /// What is wrong with a KPI value the store is about to keep: for the period scored, a role
    /// or team that differs from the people file's (which tells who is who now, not in earlier
    /// periods); for any period, a value scoring would refuse. Once stored, such a value would
    /// fail every later run, and a corrected file would conflict with it, so the file is refused
    /// first, naming line and column.
    static func kpiValueProblem(_ scorecard: Scorecard, people: [Person], period scored: String) -> KPIStore.KPIValueCheck {
        let known = Dictionary(people.map { ($0.entity, $0) }, uniquingKeysWith: { first, _ in first })
        return { entity, period, role, team, kpi, value in
            if period == scored, let person = known[entity] {
                if role != person.role {
                    return ("role", "\(entity) is a \(person.role) in the people file, not a \(role); they must agree")
                }
                if let team, team != person.team {
                    return ("team", "\(entity) is in team \(person.team) in the people file, not \(team); they must agree")
                }
            }
            guard let problem = scorecard.problem(entity: entity, role: role, kpi: kpi, value: value) else { return nil }
            let column: String
            if case .unknownName = problem { column = "kpi" } else { column = "value" }
            return (column, ScoringError(location: nil, problem: problem).description)
        }
    }

    /// Names for a step's detail: up to five, then how many more.
    static func listed(_ names: [String]) -> String {
        names.prefix(5).joined(separator: ", ") + (names.count > 5 ? " and \(names.count - 5) more" : "")
    }
}
