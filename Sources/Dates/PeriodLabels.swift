/// Period labels written with the year last or with names — `12/29/2025`, `29.12.2025`,
/// `03/2026`, `Jan 2026`, `Q1 2026`, `W05 2026` — read as days, so that they can be put in time
/// order.
///
/// Such labels do not sort in time as text, even with numbers compared by value: `1/5/2026`
/// comes before `12/29/2025`, `Apr 2026` before `Jan 2026`, `Q1 2026` after `Q4 2025`. Labels
/// are read only when every one of them has the same shape; whether a day-month-year label puts
/// the day or the month first is decided by the labels themselves (a first number above 12 can
/// only be a day, a second one above 12 only a day), month first when nothing tells.
public enum PeriodLabels {
    /// The day each label stands for (the first day of a month or quarter, the Monday of an ISO
    /// week), or nil when the labels are not all of one of these shapes: `D/M/Y` or `M/D/Y`
    /// (separators `/`, `.` or `-`, a two-digit year read as 20YY); `M/Y` with a four-digit year;
    /// a four-digit year and, in either order, an English month name (or its first three
    /// letters), a quarter `Q1`–`Q4` or a week `W1`–`W53`.
    public static func days(_ labels: [String]) -> [Day]? {
        guard !labels.isEmpty else { return nil }
        if let periods = yearAndPeriod(labels) { return periods }
        let fields = labels.map(numbers)
        guard fields.allSatisfy({ $0.count == 3 }) else { return nil }
        let dayFirst = fields.contains { $0[0] > 12 }
        if dayFirst, fields.contains(where: { $0[1] > 12 }) { return nil }
        var days: [Day] = []
        for field in fields {
            let year = field[2] < 100 ? 2000 + field[2] : field[2]
            guard year >= 1000, let day = dayFirst ? Day(year: year, month: field[1], day: field[0])
                                                  : Day(year: year, month: field[0], day: field[1]) else { return nil }
            days.append(day)
        }
        return days
    }

    /// Why day-month-year labels cannot be read although every one has that shape: the index of
    /// the first label at fault and what is wrong with it; nil when ``days(_:)`` reads them or
    /// they are not all of that shape.
    public static func unreadableDates(_ labels: [String]) -> (index: Int, reason: String)? {
        let fields = labels.map(numbers)
        guard !labels.isEmpty, fields.allSatisfy({ $0.count == 3 }), days(labels) == nil else { return nil }
        if let dayFirst = fields.firstIndex(where: { $0[0] > 12 }), let monthFirst = fields.firstIndex(where: { $0[1] > 12 }) {
            return (max(dayFirst, monthFirst), "\"\(labels[monthFirst])\" puts the month first and \"\(labels[dayFirst])\" the day")
        }
        let dayFirst = fields.contains { $0[0] > 12 }
        let index = fields.firstIndex { field in
            let year = field[2] < 100 ? 2000 + field[2] : field[2]
            return (dayFirst ? Day(year: year, month: field[1], day: field[0]) : Day(year: year, month: field[0], day: field[1])) == nil
        } ?? 0
        return (index, "\"\(labels[index])\" is not a day (read \(dayFirst ? "day" : "month") first)")
    }

    /// Labels of a year and a month, quarter or week, as the first day of each.
    private static func yearAndPeriod(_ labels: [String]) -> [Day]? {
        var days: [Day] = []
        for label in labels {
            let parts = label.split(whereSeparator: { " /.-,".contains($0) }).map(String.init)
            guard parts.count == 2 else { return nil }
            let yearIndex = parts[0].count == 4 && Int(parts[0]) != nil ? 0 : 1
            guard parts[yearIndex].count == 4, let year = Int(parts[yearIndex]), year >= 1000 else { return nil }
            let other = parts[1 - yearIndex]
            let day: Day?
            if let month = Int(other) {
                // A numeric month must come first (`03/2026`); `2026-03` already sorts as text.
                guard yearIndex == 1 else { return nil }
                day = Day(year: year, month: month, day: 1)
            } else if let month = monthNumber(other) {
                day = Day(year: year, month: month, day: 1)
            } else if let quarter = numbered(other, prefix: "q"), (1...4).contains(quarter) {
                day = Day(year: year, month: 3 * quarter - 2, day: 1)
            } else if let week = numbered(other, prefix: "w"), (1...53).contains(week) {
                day = isoWeekMonday(year: year, week: week)
            } else {
                day = nil
            }
            guard let day else { return nil }
            days.append(day)
        }
        return days
    }

    /// The number after a one-letter prefix (`Q3`, `w05`), any case.
    private static func numbered(_ text: String, prefix: Character) -> Int? {
        guard let first = text.lowercased().first, first == prefix else { return nil }
        return Int(text.dropFirst())
    }

    /// The Monday of ISO week `week` of `year`: week 1 holds January 4.
    private static func isoWeekMonday(year: Int, week: Int) -> Day? {
        guard let january4 = Day(year: year, month: 1, day: 4) else { return nil }
        // 1970-01-01 was a Thursday: weekday 0 is Monday.
        let weekday = ((january4.daysSinceEpoch + 3) % 7 + 7) % 7
        return Day(daysSinceEpoch: january4.daysSinceEpoch - weekday + 7 * (week - 1))
    }

    /// 1–12 for an English month name or its first three letters, any case.
    private static func monthNumber(_ text: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let lower = text.lowercased()
        guard lower.count >= 3, let index = names.firstIndex(of: String(lower.prefix(3))) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"][index]
        return lower.count == 3 || full.hasPrefix(lower) || (index == 8 && lower == "sept") ? index + 1 : nil
    }

    /// The label's three numbers, when it is nothing but one or two digits, one or two digits and
    /// two or four digits with single separators between them.
    private static func numbers(_ label: String) -> [Int] {
        let parts = label.split(omittingEmptySubsequences: false, whereSeparator: { "/.-".contains($0) })
        guard parts.count == 3, parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[2].count == 2 || parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return [] }
        return parts.compactMap { Int($0) }
    }
}
