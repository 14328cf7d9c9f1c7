import Foundation

/// The results of one run, read from their stored JSON for the HTML report.
///
/// Each kind has its stored shape (the contracts the pipeline's steps write); fields the
/// report does not draw are ignored, so results may carry more.
public struct StoredResults: Sendable {
    /// The run, as its id prints (`run-3`).
    public let run: String
    /// The project's name.
    public let project: String
    /// The day the analysis looked from, `YYYY-MM-DD`.
    public let asOf: String
    /// `succeeded`, `failed` or `running`.
    public let status: String
    var scorecard: StoredScorecard?
    var attainment: [StoredAttainment] = []
    var forecasts: [StoredProjection] = []
    var pace: StoredPace?
    var attribution: StoredAttribution?
    var campaigns: [StoredCampaign] = []
    var campaignFlags: [StoredCampaignFlag] = []
    var campaignKPIs: [StoredCampaignKPI] = []
    var auditFlags: [StoredAuditFlag] = []
    var auditCleared: [StoredAuditClearance] = []
    var reportKPIs: [StoredReportKPI] = []

    /// Reads every result the report draws; results of other kinds are left out.
    /// - Parameter results: `(kind, key, json)` as stored.
    /// - Throws: ``ReportError/unreadableResult(kind:key:detail:)`` naming the first result
    ///   whose JSON does not have its kind's shape.
    public init(run: String, project: String, asOf: String, status: String,
                results: [(kind: String, key: String, json: String)]) throws {
        self.run = run
        self.project = project
        self.asOf = asOf
        self.status = status
        for result in results {
            func decode<T: Decodable>(_ type: T.Type) throws -> T {
                do {
                    return try JSONDecoder().decode(T.self, from: Data(result.json.utf8))
                } catch let error as DecodingError {
                    throw ReportError.unreadableResult(kind: result.kind, key: result.key, detail: StoredResults.describe(error))
                }
            }
            switch result.kind {
            case "score": if result.key == "scorecard" { scorecard = try decode(StoredScorecard.self) }
            case "attainment": attainment.append(try decode(StoredAttainment.self))
            case "forecast": forecasts.append(try decode(StoredProjection.self))
            case "pace": pace = try decode(StoredPace.self)
            case "attribution": attribution = try decode(StoredAttribution.self)
            case "campaign": campaigns.append(try decode(StoredCampaign.self))
            case "campaign_flag": campaignFlags.append(try decode(StoredCampaignFlag.self))
            case "campaign_kpi": campaignKPIs.append(try decode(StoredCampaignKPI.self))
            case "audit_flag": auditFlags.append(try decode(StoredAuditFlag.self))
            case "audit_cleared": auditCleared.append(try decode(StoredAuditClearance.self))
            case "report_kpi": reportKPIs.append(try decode(StoredReportKPI.self))
            default: continue
            }
        }
    }

    /// `field "x.y": expected a number` and the like.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context)
            return "missing field \"\(at.isEmpty ? key.stringValue : at + "." + key.stringValue)\""
        case .typeMismatch(let type, let context): return "field \"\(path(context))\" is not \(type == String.self ? "text" : "a \(type)")"
        case .valueNotFound(_, let context): return "field \"\(path(context))\" is null"
        case .dataCorrupted(let context): return path(context).isEmpty ? "not JSON" : "field \"\(path(context))\" is unreadable"
        @unknown default: return "unreadable"
        }
    }
}

/// Why a report could not be made.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// A stored result does not have the shape of its kind.
    case unreadableResult(kind: String, key: String, detail: String)

    public var description: String {
        switch self {
        case .unreadableResult(let kind, let key, let detail): "the stored \(kind) result \(key) cannot be read: \(detail)"
        }
    }
}

/// `{"scorecard", "period", "scores": [...], "teams": [...]}` as `kpi score --format json`.
struct StoredScorecard: Decodable {
    let scorecard: String
    let period: String?
    let scores: [Person]
    let teams: [Group]
    struct Person: Decodable {
        let entity: String, role: String, team: String?, score: Double, dimensions: [Dimension]
    }
    struct Dimension: Decodable { let dimension: String, kpis: [KPI] }
    struct KPI: Decodable { let kpi: String, value: Double?, lost: Double, reason: String? }
    struct Group: Decodable { let team: String, members: Int, score: Double }
}

/// Attainment to date of a person, team or the company.
struct StoredAttainment: Decodable {
    let entity: String, level: String
    let actual_to_date: Double, target: Double, attainment_pct: Double, period_elapsed: Double
}

/// An end-of-period projection with, from newer runs, its path for a fan chart.
struct StoredProjection: Decodable {
    let entity: String, level: String, team: String?
    let booked_to_date: Double, target: Double, projected: Double
    let probability_of_target: Double
    let intervals: [Interval]
    let period: Span?
    let path: Path?
    struct Interval: Decodable { let level: Double, lower: Double, upper: Double }
    struct Span: Decodable { let label: String, start: String, end: String, as_of: String }
    /// Column by column: `booked` per day from the period's start, the rest per date.
    struct Path: Decodable {
        let booked: [Double], dates: [String], mean: [Double], median: [Double], intervals: [Band]
    }
    struct Band: Decodable { let level: Double, lower: [Double], upper: [Double] }
}

/// `kpi pace --format json`.
struct StoredPace: Decodable {
    let target: Double, start: String, as_of: String, deadline: String?
    let raised: Double, remaining: Double, percent_of_target: Double
    let velocity_per_week: Double, recent_velocity_per_week: Double?
    let weeks: [Week]
    let planned_to_date: Double?, pace_against_plan: Double?, ahead_of_plan: Double?
    let planned_velocity_per_week: Double?, required_velocity_per_week: Double?
    let speed: String?
    let target_date: TargetDate
    struct Week: Decodable { let start: String, amount: Double }
    struct TargetDate: Decodable { let reached_on: String?, expected: String?, earliest: String?, latest: String?, level: Double }
}

/// Kind `attribution`, key `model`: the marketing-mix model.
struct StoredAttribution: Decodable {
    let r_squared: Double?, nrmse: Double?, mape: Double?, impact_coefficient: Double?
    let channels: [Channel]
    let decomposition: [DecompositionRow]
    let response_curves: [Curve]
    struct Channel: Decodable {
        let channel: String
        let spend: Double, contribution: Double, contribution_low: Double?, contribution_high: Double?
        let share: Double?, roas: Double?, roas_low: Double?, roas_high: Double?, mroas: Double?
    }
    struct Curve: Decodable {
        let channel: String
        let points: [Point]
        struct Point: Decodable { let spend: Double, response: Double }
    }
}

/// One date of the decomposition: `date`, `actual`, `fitted`, `baseline` and one number per
/// channel (keys other than those are read as channels when they hold numbers).
struct DecompositionRow: Decodable {
    let date: String
    let actual: Double?, fitted: Double?, baseline: Double?
    let channels: [String: Double]

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        date = try container.decode(String.self, forKey: Key(stringValue: "date"))
        actual = try container.decodeIfPresent(Double.self, forKey: Key(stringValue: "actual"))
        fitted = try container.decodeIfPresent(Double.self, forKey: Key(stringValue: "fitted"))
        baseline = try container.decodeIfPresent(Double.self, forKey: Key(stringValue: "baseline"))
        var channels: [String: Double] = [:]
        for key in container.allKeys where !["date", "actual", "fitted", "baseline"].contains(key.stringValue) {
            if let value = try? container.decode(Double.self, forKey: key) { channels[key.stringValue] = value }
        }
        self.channels = channels
    }
}

/// Kind `campaign`, key = campaign id; `roi` is a ratio (0.05 is 5%).
struct StoredCampaign: Decodable {
    let campaign: String, name: String, channel: String, start: String, end: String
    let cost: Double, revenue: Double, roi: Double?, cost_per_lead: Double?, cac: Double?
}

/// Kind `campaign_flag`, key = campaign id.
struct StoredCampaignFlag: Decodable {
    let campaign: String, name: String, channel: String, flag: String, reason: String
    let evidence: Evidence?
    struct Evidence: Decodable { let roi_threshold: Double? }
}

/// Kind `campaign_kpi`, key = `entity/kpi`: a campaign owner's KPI for the period, with each
/// campaign's own value (and interval, for an estimated one).
struct StoredCampaignKPI: Decodable {
    let entity: String, kpi: String, period: String, value: Double
    let campaigns: [Part]
    struct Part: Decodable { let campaign: String, cost: Double, value: Double, low: Double?, high: Double? }
}

/// Kind `audit_flag`, key = `entity/period`.
struct StoredAuditFlag: Decodable {
    let entity: String, period: String, score: Double, reasons: [String]
}

/// Kind `audit_cleared`, key = `entity/period`: a flagged report a reviewer cleared.
struct StoredAuditClearance: Decodable {
    let entity: String, period: String, score: Double, reasons: [String], cleared_by: String, reason: String
}

/// Kind `report_kpi`, key = `entity/kpi`: a KPI summed from a person's reports, with the
/// flagged reports held back and the cleared ones counted.
struct StoredReportKPI: Decodable {
    let entity: String, kpi: String, measure: String, period: String
    let value: Double, reports_counted: Int, held_back_value: Double
    let held_back: [HeldBack]
    let cleared: [Cleared]
    struct HeldBack: Decodable { let period: String, value: Double, reasons: [String] }
    struct Cleared: Decodable { let period: String, value: Double, cleared_by: String, reason: String }
}
