/// The kinds of CSV file the store ingests, with the columns each needs.
///
/// Column names are matched exactly (case-sensitive). Columns a dataset does not know are
/// ignored and listed in ``IngestReport/ignoredColumns`` — except in ``reports``, where every
/// column besides `entity` and `period` is a numeric measure. Empty cells and `NA` are
/// missing values: an error in a required column, the default in an optional one.
///
/// Every dataset has a natural key (``keyColumns``): a file may hold each key once, and a key
/// already stored from another file is skipped when the row is identical and rejects the file
/// when it differs (see ``KPIStore/ingest(path:as:)``).
public enum Dataset: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Who is scored: `entity` (a person's id), `name`, `team`, `role`. Key: entity.
    case people
    /// Targets per period: `entity`, `period` (a ``Period`` label), `target` ≥ 0; optional
    /// `kpi` (default `bookings`). Key: entity, period, kpi.
    case targets
    /// What was achieved, one row per entity, KPI and day (daily totals): `entity`, `date`,
    /// `amount` ≥ 0; optional `kpi` (default `bookings`). Key: entity, kpi, date.
    case actuals
    /// Money raised (fundraising), one row per entity, source and day: `date`, `amount` ≥ 0;
    /// optional `entity`, `source` (default: none). Key: entity, source, date.
    case raises
    /// Marketing campaigns: `campaign` (an id), `name`, `channel`, `start`, `end` (dates),
    /// `cost` ≥ 0, `revenue` ≥ 0; optional whole numbers `leads`, `customers`, and `owner` (the
    /// entity credited with the campaign, whose scorecard its results feed). Key: campaign.
    case campaigns
    /// Marketing spend per channel and day: `date`, `channel`, `spend` ≥ 0. Key: channel, date.
    case channelSpend = "channel_spend"
    /// Periodic reports (e.g. weekly): `entity`, `period`, and any number of numeric measure
    /// columns (visits, leads, revenue …), stored one value per entity, period and measure;
    /// empty measure cells store nothing; label columns `name`, `team`, `region` and `role` are
    /// not measures and are left out. Key: entity, period, measure.
    case reports
    /// KPI values from any origin: `entity`, `role`, `kpi`, `value`; optional `team`,
    /// `period`. A person has one role and at most one team in a period, across the file's
    /// rows. Key: entity, period, kpi.
    case kpiValues = "kpi_values"

    /// The dataset's name as written in project files and messages, e.g. `channel_spend`.
    public var description: String { rawValue }

    /// Columns a file must have.
    public var requiredColumns: [String] {
        switch self {
        case .people: return ["entity", "name", "team", "role"]
        case .targets: return ["entity", "period", "target"]
        case .actuals: return ["entity", "date", "amount"]
        case .raises: return ["date", "amount"]
        case .campaigns: return ["campaign", "name", "channel", "start", "end", "cost", "revenue"]
        case .channelSpend: return ["date", "channel", "spend"]
        case .reports: return ["entity", "period"]
        case .kpiValues: return ["entity", "role", "kpi", "value"]
        }
    }

    /// Columns a file may have.
    public var optionalColumns: [String] {
        switch self {
        case .people, .channelSpend, .reports: return []
        case .targets, .actuals: return ["kpi"]
        case .raises: return ["entity", "source"]
        case .campaigns: return ["leads", "customers", "owner"]
        case .kpiValues: return ["team", "period"]
        }
    }

    /// The columns whose values identify a row (for reports, `measure` is a measure column's
    /// name).
    public var keyColumns: [String] {
        switch self {
        case .people: return ["entity"]
        case .targets: return ["entity", "period", "kpi"]
        case .actuals: return ["entity", "kpi", "date"]
        case .raises: return ["entity", "source", "date"]
        case .campaigns: return ["campaign"]
        case .channelSpend: return ["channel", "date"]
        case .reports: return ["entity", "period", "measure"]
        case .kpiValues: return ["entity", "period", "kpi"]
        }
    }

    /// The KPI that targets and actuals without a `kpi` column refer to.
    public static let defaultKPI = "bookings"
}
