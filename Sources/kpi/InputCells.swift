import ArgumentParser
import Store
import Tabular

/// A one-line reason a command's input cannot be used, naming the file, line and column or
/// the series at fault.
struct InputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Table {
    /// Where a cell is, as messages name it: `file, line 7, column "date"`.
    func place(row: Int, column: String) -> String { "\(source), line \(lineNumbers[row]), column \"\(column)\"" }

    /// A column of labels that may not be empty.
    func requiredText(_ column: String) throws -> [String] {
        try textColumn(column).enumerated().map { row, cell in
            guard let cell else { throw InputError("\(place(row: row, column: column)): empty") }
            return cell
        }
    }

    /// A column of numbers that may not be empty.
    func requiredNumbers(_ column: String) throws -> [Double] {
        try numericColumn(column).enumerated().map { row, cell in
            guard let cell else { throw InputError("\(place(row: row, column: column)): empty") }
            return cell
        }
    }

    /// A column of ISO dates.
    func days(_ column: String) throws -> [Day] {
        try requiredText(column).enumerated().map { row, cell in
            guard let day = Day(cell) else { throw InputError("\(place(row: row, column: column)): \"\(cell)\" is not a date (YYYY-MM-DD)") }
            return day
        }
    }
}

extension Day: ExpressibleByArgument {}

/// Interval levels from the command line: `80,95` or `0.8,0.95`.
enum LevelList {
    /// - Throws: a `ValidationError` naming the bad item.
    static func parse(_ text: String) throws -> [Double] {
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !items.isEmpty else { throw ValidationError("--level needs levels such as 80,95") }
        return try items.map { item in
            guard let number = Double(item), number > 0 else {
                throw ValidationError("--level: \"\(item)\" is not a level between 0 and 100, e.g. 80,95")
            }
            let level = number >= 1 ? number / 100 : number
            guard level < 1 else { throw ValidationError("--level: \"\(item)\" is not a level between 0 and 100, e.g. 80,95") }
            return level
        }
    }
}
