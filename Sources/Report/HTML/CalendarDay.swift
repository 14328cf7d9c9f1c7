import Dates

/// Chart days: stored ISO dates as day numbers since 1970-01-01 for the axes, and the short
/// labels the axes print. The calendar itself is ``Dates/Day``.
enum CalendarDay {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The day number of `YYYY-MM-DD`, or `nil` when the text is not such a date.
    static func day(_ text: String) -> Int? { Day(text)?.daysSinceEpoch }

    /// The day number of the first day of the month `monthsLater` months after the one that
    /// holds day `number`; `nil` past the calendar's last year.
    static func firstOfMonth(_ number: Int, monthsLater: Int = 0) -> Int? {
        let date = Day(daysSinceEpoch: number)
        let index = date.year * 12 + date.month - 1 + monthsLater
        return Day(year: index / 12, month: index % 12 + 1, day: 1)?.daysSinceEpoch
    }

    /// `20 Nov`, the short form on axes.
    static func short(_ number: Int) -> String {
        let date = Day(daysSinceEpoch: number)
        return "\(date.day) \(months[date.month - 1])"
    }

    /// `Nov 2026`.
    static func month(_ number: Int) -> String {
        let date = Day(daysSinceEpoch: number)
        return "\(months[date.month - 1]) \(date.year)"
    }
}
