import Foundation
import Store

/// A project: the files of one team's or organisation's data, its scorecard, the date the
/// analysis is as of, and where results are stored. Read from a YAML file such as
///
/// ```yaml
/// project: demo
/// as_of: 2026-11-20
/// period: 2026Q4            # optional: the quarter containing as_of
/// store: kpi.sqlite         # optional, this is the default
/// scorecard: scorecard.yaml
/// data:
///   people: people.csv
///   targets: targets.csv
///   actuals: bookings.csv
///   raises: raises.csv
///   kpi_values: kpi_values.csv
/// fundraising:              # optional: pace of the raises toward a target
///   target: 7000000
///   start: 2026-07-01
///   deadline: 2026-12-31    # optional: the plan is a straight line to it
/// marketing:                # optional: a marketing-mix model of weekly sales and spend
///   file: marketing_weeks.csv
///   date: week
///   kpi: sales
///   channels: [tv, search, social, email]
///   controls: [price]       # optional
///   events: [promo]         # optional
///   seed: 1                 # optional
/// audit:                    # optional: audit the stored weekly reports
///   measures: [visits, leads, deals, revenue]   # activity counts in funnel order, then the amount
///   fdr: 0.05               # optional: the false discovery rate of the flagged list
///   kpis:                   # optional: scorecard KPIs summed from the period's reports
///     new_customers: deals  # flagged reports are held back until cleared
///   cleared: audit_cleared.csv   # optional: reports a reviewer cleared (entity, period, cleared_by, reason)
/// ```
///
/// Relative paths are taken from the project file's folder.
public struct Project: Sendable {
    /// The project's name, stored with every run.
    public let name: String
    /// The day the analysis is as of: actuals after it are ignored.
    public let asOf: Day
    /// The period scored (e.g. `2026Q4`).
    public let period: Period
    /// The SQLite file of the store.
    public let storePath: String
    /// The scorecard definition file.
    public let scorecardPath: String
    /// Data files to ingest, in the order they are ingested.
    public let data: [(dataset: Dataset, path: String)]
    /// The fundraising target whose pace the run measures, if the project has one.
    public let fundraising: FundraisingGoal?
    /// The weekly marketing table the run fits a marketing-mix model to, if the project has one.
    public let marketing: MarketingSetup?
    /// How to audit the stored reports, if the project asks for it.
    public let audit: AuditSetup?
    /// The project file itself.
    public let source: String

    /// What the project reads or keeps, each with the part it plays: the project file, the
    /// store, the scorecard, the data files, the marketing table and the cleared reports.
    public var files: [(part: String, path: String)] {
        [("own file", source), ("store", storePath), ("scorecard", scorecardPath)]
            + data.map { ("\($0.dataset.rawValue) file", $0.path) }
            + (marketing.map { [("marketing table", $0.file)] } ?? [])
            + (audit?.cleared.map { [("cleared reports", $0)] } ?? [])
    }

    /// The part the file at `path` plays in the project, if it is one of ``files`` (paths are
    /// compared once made absolute, with symbolic links resolved).
    public func part(of path: String) -> String? {
        func canonical(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let target = canonical(path)
        return files.first { canonical($0.path) == target }?.part
    }
}

/// Which report measures the audit reads, in funnel order, how strict its list is, which
/// scorecard KPIs are summed from the reports and where the reviewers' clearances are.
public struct AuditSetup: Sendable, Equatable {
    /// Activity counts from first to last step of the funnel, then the amount.
    public let measures: [String]
    /// The false discovery rate the flagged list is held to.
    public let falseDiscoveryRate: Double
    /// Scorecard KPIs whose value for a person and period is the sum of one report measure
    /// over the person's reports of the period, flagged reports left out until cleared.
    public let kpis: [ReportKPISource]
    /// The CSV file of reports a reviewer has cleared (`entity, period, cleared_by, reason`),
    /// if the project has one.
    public let cleared: String?

    /// A setup; by default no KPIs are derived from the reports and nothing is cleared.
    public init(measures: [String], falseDiscoveryRate: Double, kpis: [ReportKPISource] = [], cleared: String? = nil) {
        self.measures = measures
        self.falseDiscoveryRate = falseDiscoveryRate
        self.kpis = kpis
        self.cleared = cleared
    }
}

/// A scorecard KPI taken from the reports: `kpi` is the sum of `measure`.
public struct ReportKPISource: Sendable, Equatable {
    /// The scorecard KPI, e.g. `new_customers`.
    public let kpi: String
    /// The report measure summed, e.g. `deals`.
    public let measure: String

    /// The KPI `kpi` as the sum of `measure`.
    public init(kpi: String, measure: String) {
        self.kpi = kpi
        self.measure = measure
    }
}

/// Where a project's weekly sales and media spend are, and which columns mean what.
public struct MarketingSetup: Sendable, Equatable {
    /// The CSV file, one row per week.
    public let file: String
    /// The column of week dates.
    public let date: String
    /// The column of the KPI (sales) to explain.
    public let kpi: String
    /// Spend columns, one per channel.
    public let channels: [String]
    /// Control columns (price, competitor activity).
    public let controls: [String]
    /// Event columns (promotions, holidays).
    public let events: [String]
    /// Seed of the search's restarts and of the bootstrap.
    public let seed: UInt64
}

/// A fundraising target: the amount, the day raising began and, optionally, the deadline.
public struct FundraisingGoal: Sendable, Equatable {
    /// The amount to raise.
    public let target: Double
    /// The first day whose raises count.
    public let start: Day
    /// The day the target is due; the plan is a straight line from `start` to it.
    public let deadline: Day?
}
