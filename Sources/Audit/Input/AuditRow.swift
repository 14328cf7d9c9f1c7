import Foundation

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
    /// What orders an entity's reports in time; the period by default, or a date. Keys are
    /// compared as text with runs of digits compared by value (see ``isEarlier(than:)``).
    public let timeKey: String

    /// A report; `timeKey` defaults to the period.
    public init(entity: String, period: String, group: String = "", values: [Double], timeKey: String? = nil) {
        self.entity = entity
        self.period = period
        self.group = group
        self.values = values
        self.timeKey = timeKey ?? period
    }

    /// Whether this report comes before `other` in time: their time keys compared as text,
    /// except that runs of digits compare by value, so that week 9 comes before week 10 when
    /// periods are plain numbers or labels such as `W9`; ISO weeks, months, quarters and dates
    /// keep their order.
    public func isEarlier(than other: AuditRow) -> Bool {
        timeKey.compare(other.timeKey, options: .numeric) == .orderedAscending
    }
}
