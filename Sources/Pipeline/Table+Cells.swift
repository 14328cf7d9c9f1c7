import Store
import Tabular

extension Table {
    /// Where a cell is, as messages name it: `file, line 7, column "date"`.
    public func place(row: Int, column: String) -> String { "\(source), line \(lineNumbers[row]), column \"\(column)\"" }

    /// A column of labels that may not be empty.
    /// - Throws: ``InputError`` naming the first empty cell.
    public func requiredText(_ column: String) throws -> [String] {
        try textColumn(column).enumerated().map { row, cell in
            guard let cell else { throw InputError("\(place(row: row, column: column)): empty") }
            return cell
        }
    }

    /// A column of numbers that may not be empty.
    /// - Throws: ``InputError`` naming the first empty cell, or the table's error for text.
    public func requiredNumbers(_ column: String) throws -> [Double] {
        try numericColumn(column).enumerated().map { row, cell in
            guard let cell else { throw InputError("\(place(row: row, column: column)): empty") }
            return cell
        }
    }

    /// A column of ISO dates.
    /// - Throws: ``InputError`` naming the first cell that is not a date.
    public func days(_ column: String) throws -> [Day] {
        try requiredText(column).enumerated().map { row, cell in
            guard let day = Day(cell) else { throw InputError("\(place(row: row, column: column)): \"\(cell)\" is not a date (YYYY-MM-DD)") }
            return day
        }
    }
}
