import Pipeline
import Store
import Tabular

/// The time points of long-format series as positions on a regular axis: days, months (each
/// series' dates on one day of the month, 28th or earlier, or on the last days of their
/// months, at least 28 days apart; one series may be dated the 1st and another the 15th) or
/// integers, and the step between consecutive observations (the smallest difference between
/// consecutive times of any one series).
struct TimeAxis {
    enum Unit: Equatable {
        case days
        /// Monthly, each series (in the order given) on one day of the month; `nil` for the
        /// month's last day (31 January, 28 or 29 February, …), as month-end exports date their
        /// rows.
        case months(daysOfMonth: [Int?])
        case integers
    }

    let unit: Unit
    let step: Int
    /// Each row's position: days since 1970-01-01, months since year 0, or the integer.
    let positions: [Int]

    /// Reads the time column: every cell a date, or every cell an integer. `series` holds the
    /// rows of each series.
    init(table: Table, column: String, series: [[Int]]) throws {
        let cells = try table.requiredText(column)
        if let dates = try Self.dates(cells, table: table, column: column) {
            let numbers = dates.map(\.daysSinceEpoch)
            let days = series.map { rows in Self.dayOfMonth(rows.map { dates[$0] }) }
            if Self.smallestStep(numbers, series) >= 28, days.allSatisfy({ $0 != nil }) {
                unit = .months(daysOfMonth: days.map { $0 ?? nil })
                positions = dates.map { $0.year * 12 + $0.month - 1 }
            } else {
                unit = .days
                positions = numbers
            }
        } else {
            unit = .integers
            positions = try cells.enumerated().map { row, cell in
                guard let value = Int(cell) else {
                    throw InputError("\(table.place(row: row, column: column)): \"\(cell)\" is neither a date (YYYY-MM-DD) nor an integer")
                }
                return value
            }
        }
        step = Self.smallestStep(positions, series)
    }

    /// The label of a position of the series at `series` (in the order given): a date or an
    /// integer.
    func label(_ position: Int, series: Int) -> String {
        switch unit {
        case .days: return Day(daysSinceEpoch: position).description
        case .months(let days):
            let year = position >= 0 ? position / 12 : (position - 11) / 12
            let month = position - year * 12 + 1
            let day = days[series] ?? Day.length(ofMonth: month, year: year)
            return Day(year: year, month: month, day: day)?.description ?? String(position)
        case .integers: return String(position)
        }
    }

    /// The day of the month a series' dates are all on, if it is the 28th or earlier (`.some(d)`);
    /// `.some(nil)` when they are all the last days of their months (31 December and 30 June
    /// every year are month ends too); `nil` when they are neither, and not monthly.
    private static func dayOfMonth(_ dates: [Day]) -> Int?? {
        let first = dates.first?.day ?? 1
        if first <= 28, dates.allSatisfy({ $0.day == first }) { return .some(first) }
        if dates.allSatisfy({ $0.day == Day.length(ofMonth: $0.month, year: $0.year) }) { return .some(nil) }
        return nil
    }

    /// The step in words: `7 days`, `1 month`, `1`.
    var stepDescription: String {
        switch unit {
        case .days: return step == 1 ? "1 day" : "\(step) days"
        case .months: return step == 1 ? "1 month" : "\(step) months"
        case .integers: return String(step)
        }
    }

    /// The usual seasonal period of the axis: 7 for daily, 12 for monthly and 4 for quarterly
    /// dates; 1 otherwise (weekly data's 52 is longer than seasonal models support).
    var defaultSeasonalPeriod: Int {
        switch (unit, step) {
        case (.days, 1): return 7
        case (.months, 1): return 12
        case (.months, 3): return 4
        default: return 1
        }
    }

    /// The cells as days when the column holds dates (its first cell is written as one), nil
    /// when it holds something else.
    /// - Throws: ``InputError`` naming the first cell of a date column that is not a date.
    private static func dates(_ cells: [String], table: Table, column: String) throws -> [Day]? {
        guard let first = cells.first, looksLikeDate(first) else { return nil }
        return try cells.enumerated().map { row, cell in
            guard let day = Day(cell) else {
                throw InputError("\(table.place(row: row, column: column)): \"\(cell)\" is not a date (YYYY-MM-DD, like the rows before it)")
            }
            return day
        }
    }

    /// Whether a cell is written like a date, `dddd-dd-dd`, whether or not that day exists.
    private static func looksLikeDate(_ cell: String) -> Bool {
        let characters = Array(cell.trimmingCharacters(in: .whitespaces))
        return characters.count == 10 && characters.enumerated().allSatisfy { index, character in
            index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
        }
    }

    /// The smallest positive difference between times of one series (1 when there is none).
    private static func smallestStep(_ positions: [Int], _ series: [[Int]]) -> Int {
        series.compactMap { rows in
            let sorted = Array(Set(rows.map { positions[$0] })).sorted()
            return zip(sorted, sorted.dropFirst()).map { $1 - $0 }.min()
        }.min() ?? 1
    }
}
