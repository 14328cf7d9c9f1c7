/// One report: what a person (entity) filed for one period.
public struct AuditRow: Sendable, Equatable {
    /// Who filed the report, e.g. a representative's id.
    public let entity: String
    /// The period the report covers, e.g. `2026-W05`.
    public let period: String
    /// The peer group the entity belongs to, e.g. `north/field`; reports are compared with the
    /// same group's reports of the same period. Empty when there are no groups.
    public let group: String
    /// The measures in the order of ``AuditInput/measures``: counts in funnel order from
    /// activity to outcome, then the amount (revenue, raised).
    public let values: [Double]
    /// What orders an entity's reports in time; the period by default (ISO weeks, months and
    /// quarters sort as text), or a date.
    public let timeKey: String

    /// A report; `timeKey` defaults to the period.
    public init(entity: String, period: String, group: String = "", values: [Double], timeKey: String? = nil) {
        self.entity = entity
        self.period = period
        self.group = group
        self.values = values
        self.timeKey = timeKey ?? period
    }
}
