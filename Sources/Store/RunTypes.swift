/// The id of a pipeline run: a number the store assigns in increasing order and never
/// reuses, printed as `run-17`.
public struct RunID: Hashable, Comparable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    /// The number.
    public let rawValue: Int64

    /// A run id from its number.
    public init(rawValue: Int64) { self.rawValue = rawValue }

    /// Reads `run-17` or `17`; `nil` for anything else.
    public init?(_ text: String) {
        let digits = text.hasPrefix("run-") ? String(text.dropFirst(4)) : text
        guard let value = Int64(digits), value > 0, !digits.hasPrefix("+") else { return nil }
        rawValue = value
    }

    /// `run-17`.
    public var description: String { "run-\(rawValue)" }

    /// Earlier runs come first.
    public static func < (lhs: RunID, rhs: RunID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a stored result is. Open-ended: any lowercase name works; the pipeline's kinds are
/// predefined.
public struct ResultKind: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The name stored in the `results` table, e.g. `campaign_flag`.
    public let rawValue: String

    /// A kind by name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A kind by name, written as a literal: `"forecast"`.
    public init(stringLiteral value: String) { rawValue = value }

    /// An end-of-period attainment or fundraising forecast.
    public static let forecast: ResultKind = "forecast"
    /// A fundraising pace toward a target (velocity, pace against plan, expected date).
    public static let pace: ResultKind = "pace"
    /// A marketing-mix attribution (impact coefficient, contributions, ROAS).
    public static let attribution: ResultKind = "attribution"
    /// A campaign's ROI, cost per lead and customer acquisition cost.
    public static let campaign: ResultKind = "campaign"
    /// A campaign flagged for weak ROI, with its evidence.
    public static let campaignFlag: ResultKind = "campaign_flag"
    /// A report flagged as a possible outlier or fabrication, with the reason.
    public static let auditFlag: ResultKind = "audit_flag"
    /// A flagged report a reviewer cleared, with who cleared it and why.
    public static let auditCleared: ResultKind = "audit_cleared"
    /// A campaign owner's KPI computed from the owner's campaigns, with each campaign's value.
    public static let campaignKPI: ResultKind = "campaign_kpi"
    /// A KPI summed from a person's reports, with the flagged reports it held back.
    public static let reportKPI: ResultKind = "report_kpi"
    /// A KPI value computed by the run.
    public static let kpiValue: ResultKind = "kpi_value"
    /// A score of a person, team or role.
    public static let score: ResultKind = "score"

    /// The name.
    public var description: String { rawValue }

    /// Alphabetical by name.
    public static func < (lhs: ResultKind, rhs: ResultKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a run stands.
public enum RunStatus: String, Sendable, CaseIterable {
    /// Begun and not finished (or the process stopped before finishing it).
    case running
    /// Finished with all its results.
    case succeeded
    /// Finished by an error; the results it stored are kept for inspection.
    case failed
}

/// A run as `kpi runs` lists it.
public struct RunSummary: Sendable, Equatable {
    /// The run's id.
    public let id: RunID
    /// The project file (or name) the run was for.
    public let project: String
    /// The day the analysis looked from (data after it is not used).
    public let asOf: Day
    /// When the run began, ISO 8601 in UTC.
    public let startedAt: String
    /// When it finished, ISO 8601 in UTC; `nil` while running.
    public let finishedAt: String?
    /// Where it stands.
    public let status: RunStatus
    /// How many results of each kind it stored.
    public let resultCounts: [ResultKind: Int]
}

/// One stored result of a run.
public struct RunResult: Sendable, Equatable {
    /// What the result is.
    public let kind: ResultKind
    /// Identifies the result within its kind, e.g. an entity, a campaign or `entity/kpi`.
    public let key: String
    /// The result as JSON text, exactly as recorded.
    public let json: String

    /// A result with every field given.
    public init(kind: ResultKind, key: String, json: String) {
        self.kind = kind
        self.key = key
        self.json = json
    }
}
