/// A reporting period named by a text label, with the first and last day it covers.
///
/// Targets, reports and KPI values name their period by label. The accepted labels are:
///
/// | label | kind | covers |
/// |---|---|---|
/// | `2026` | year | 2026-01-01 … 2026-12-31 |
/// | `2026H1`, `2026H2` | half | January–June, July–December |
/// | `2026Q1` … `2026Q4` | quarter | three months from January, April, July, October |
/// | `2026-03` | month | 2026-03-01 … 2026-03-31 |
/// | `2026-W05` | ISO 8601 week | Monday through Sunday; week 1 holds the year's first Thursday |
/// | `2026-03-15` | day | that day |
///
/// Labels are case-sensitive (`2026q1` is rejected) so that one period has one spelling.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// How long a period is.
    public enum Kind: String, Sendable, CaseIterable {
        /// The label's form: `2026`, `2026H1`, `2026Q1`, `2026-03`, `2026-W05`, `2026-03-15`.
        case year, half, quarter, month, week, day
    }

    /// The label as written in files, e.g. `2026Q1`.
    public let label: String
    /// The kind the label names.
    public let kind: Kind
    /// The first day of the period.
    public let start: Day
    /// The last day of the period (inclusive).
    public let end: Day

    /// The forms ``init(_:)`` accepts, for messages.
    public static let acceptedForms = "2026, 2026H1, 2026Q1, 2026-03, 2026-W05 or 2026-03-15"

    /// Reads a label in one of the forms in the table above; `nil` for anything else.
    public init?(_ label: String) {
        let bytes = Array(label.utf8)
        guard bytes.count >= 4, let year = Period.number(bytes[0..<4]), year >= 1 else { return nil }
        let rest = bytes[4...]
        let parsed: (Kind, Day, Day)?
        switch rest.count {
        case 0:
            parsed = Period.months(year: year, first: 1, count: 12).map { (.year, $0.0, $0.1) }
        case 2 where rest.first == UInt8(ascii: "H"):
            parsed = Period.number(rest.dropFirst()).flatMap { half in
                (1...2).contains(half) ? Period.months(year: year, first: half * 6 - 5, count: 6) : nil
            }.map { (.half, $0.0, $0.1) }
        case 2 where rest.first == UInt8(ascii: "Q"):
            parsed = Period.number(rest.dropFirst()).flatMap { quarter in
                (1...4).contains(quarter) ? Period.months(year: year, first: quarter * 3 - 2, count: 3) : nil
            }.map { (.quarter, $0.0, $0.1) }
        case 3 where rest.first == UInt8(ascii: "-"):
            parsed = Period.number(rest.dropFirst()).flatMap { month in
                (1...12).contains(month) ? Period.months(year: year, first: month, count: 1) : nil
            }.map { (.month, $0.0, $0.1) }
        case 4 where rest.starts(with: "-W".utf8):
            parsed = Period.number(rest.dropFirst(2)).flatMap { Period.isoWeek(year: year, week: $0) }
                .map { (.week, $0, $0.adding(days: 6)) }
        case 6:
            parsed = Day(label).map { (.day, $0, $0) }
        default:
            parsed = nil
        }
        guard let (kind, start, end) = parsed else { return nil }
        self.label = label
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// Whether the period covers a day.
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// The label.
    public var description: String { label }

    /// A run of whole months of one year.
    private static func months(year: Int, first: Int, count: Int) -> (Day, Day)? {
        let last = first + count - 1
        guard let start = Day(year: year, month: first, day: 1),
              let end = Day(year: year, month: last, day: Day.length(ofMonth: last, year: year)) else { return nil }
        return (start, end)
    }

    /// The Monday that starts ISO week `week` of `year`, if the year has that week.
    private static func isoWeek(year: Int, week: Int) -> Day? {
        guard week >= 1, year < 9999, let thisYear = weekOneMonday(year),
              let nextYear = weekOneMonday(year + 1) else { return nil }
        let weeks = (nextYear.daysSinceEpoch - thisYear.daysSinceEpoch) / 7
        return week <= weeks ? thisYear.adding(days: 7 * (week - 1)) : nil
    }

    /// Week 1 is the week (Monday to Sunday) that holds January 4th.
    private static func weekOneMonday(_ year: Int) -> Day? {
        guard let january4 = Day(year: year, month: 1, day: 4), year > 1 else { return nil }
        return january4.adding(days: 1 - january4.isoWeekday)
    }

    /// Decimal digits only, as a number.
    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
