/// A period that carries targets — a quarter, a month, a half-year — as a range of day numbers.
///
/// Days are counted from 1970-01-01 (day 0, a Thursday), so callers convert their own calendar
/// types at the edge. Periods with the same ``season`` (for example every `Q4`) are assumed to
/// share calendar effects such as a slow Christmas week; `nil` puts a period in one common
/// season with every other period whose season is `nil`.
public struct AttainmentPeriod: Sendable, Hashable, CustomStringConvertible {
    /// The name used in targets and messages, e.g. `2026Q4`.
    public let label: String
    /// The first day, in days since 1970-01-01.
    public let start: Int
    /// The last day (inclusive), in days since 1970-01-01.
    public let end: Int
    /// The recurring part of the calendar the period stands for, e.g. `Q4` or `M08`.
    public let season: String?

    /// - Throws: ``AttainmentError/emptyPeriod(label:start:end:)`` when `end` is before `start`.
    public init(label: String, start: Int, end: Int, season: String? = nil) throws {
        guard end >= start else { throw AttainmentError.emptyPeriod(label: label, start: start, end: end) }
        self.label = label
        self.start = start
        self.end = end
        self.season = season
    }

    /// The number of days, both ends included.
    public var length: Int { end - start + 1 }

    /// Whether the period covers a day.
    public func contains(_ day: Int) -> Bool { start <= day && day <= end }

    /// The label.
    public var description: String { label }
}

/// Days of the week of day numbers.
enum Weekday {
    /// 0 for Monday through 6 for Sunday (day 0, 1970-01-01, was a Thursday).
    static func index(_ day: Int) -> Int { ((day % 7) + 10) % 7 }
}
