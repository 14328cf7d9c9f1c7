import Foundation
import Tabular

/// Reads the columns of one file as the values a dataset stores, checking every cell and
/// naming file, line and column for the first one that is wrong.
struct ColumnReader {
    let table: Tabular.Table
    let dataset: Dataset

    var file: String { table.source }
    var lines: [Int] { table.lineNumbers }

    /// Checks the header, and returns the columns the dataset does not use (every column
    /// besides the key columns is used in reports).
    func checkHeader() throws -> [String] {
        for column in dataset.requiredColumns where !table.hasColumn(column) {
            throw IngestError.missingColumn(file: file, dataset: dataset, column: column, available: table.columnNames)
        }
        if dataset == .reports { return [] }
        let known = Set(dataset.requiredColumns + dataset.optionalColumns)
        return table.columnNames.filter { !known.contains($0) }
    }

    /// A required text column.
    func text(_ column: String) throws -> [String] {
        let cells = try table.textColumn(column)
        var values: [String] = []
        values.reserveCapacity(cells.count)
        for (row, cell) in cells.enumerated() {
            guard let cell else { throw IngestError.missingValue(file: file, line: lines[row], column: column) }
            values.append(cell)
        }
        return values
    }

    /// An optional text column; an absent column or an empty cell gives `fallback`.
    func text(_ column: String, default fallback: String) throws -> [String] {
        guard table.hasColumn(column) else { return Array(repeating: fallback, count: table.rowCount) }
        return try table.textColumn(column).map { $0 ?? fallback }
    }

    /// A required column of days, kept as their `YYYY-MM-DD` text.
    func dates(_ column: String) throws -> [String] {
        let values = try text(column)
        var previous: String?
        for (row, value) in values.enumerated() where value != previous {
            // Files list many rows per day, so most values repeat the row before.
            guard Day(value) != nil else {
                throw IngestError.badDate(file: file, line: lines[row], column: column, value: value)
            }
            previous = value
        }
        return values
    }

    /// A required column of period labels; adds every period met to `catalog`.
    func periods(_ column: String, into catalog: inout [String: Period]) throws -> [String] {
        try periods(in: text(column), column: column, into: &catalog)
    }

    /// An optional column of period labels; an absent column or an empty cell gives `""`,
    /// meaning "no particular period".
    func optionalPeriods(_ column: String, into catalog: inout [String: Period]) throws -> [String] {
        try periods(in: text(column, default: ""), column: column, into: &catalog)
    }

    /// A required numeric column; `nonNegative` rejects values below zero.
    func numbers(_ column: String, nonNegative: Bool) throws -> [Double] {
        let cells = try table.numericColumn(column)
        var values: [Double] = []
        values.reserveCapacity(cells.count)
        for (row, cell) in cells.enumerated() {
            guard let cell else { throw IngestError.missingValue(file: file, line: lines[row], column: column) }
            if nonNegative, cell < 0 { throw try negative(row: row, column: column) }
            values.append(cell)
        }
        return values
    }

    /// An optional column of counts (whole numbers ≥ 0); absent column or empty cell gives `nil`.
    func counts(_ column: String) throws -> [Int64?] {
        guard table.hasColumn(column) else { return Array(repeating: nil, count: table.rowCount) }
        let cells = try table.numericColumn(column)
        return try cells.enumerated().map { row, cell in
            guard let cell else { return nil }
            if cell < 0 { throw try negative(row: row, column: column) }
            guard let count = Int64(exactly: cell) else {
                throw IngestError.notWholeNumber(file: file, line: lines[row], column: column,
                                                 value: try raw(row, column))
            }
            return count
        }
    }

    /// Rejects the file when two rows share a key, naming both lines; `keys[column][row]`.
    /// - Returns: the order of the rows by key.
    @discardableResult
    func checkUnique(_ keys: [[String]], columns: [String]) throws -> KeyOrder {
        let keyOrder = KeyOrder(keys, count: table.rowCount)
        if let (first, repeated) = keyOrder.firstRepeat {
            // Key columns the file leaves out (a default kpi) are not named as its columns.
            let shown = columns.indices.filter { table.hasColumn(columns[$0]) }
            throw IngestError.duplicateKey(
                file: file, line: lines[repeated], firstLine: lines[first], columns: shown.map { columns[$0] },
                key: KeyText.describe(columns: shown.map { columns[$0] }, values: shown.map { keys[$0][repeated] }))
        }
        return keyOrder
    }

    private func periods(in labels: [String], column: String, into catalog: inout [String: Period]) throws -> [String] {
        for (row, label) in labels.enumerated() where !label.isEmpty && catalog[label] == nil {
            guard let period = Period(label) else {
                throw IngestError.badPeriod(file: file, line: lines[row], column: column, value: label)
            }
            catalog[label] = period
        }
        return labels
    }

    private func negative(row: Int, column: String) throws -> IngestError {
        .negative(file: file, line: lines[row], column: column, value: try raw(row, column))
    }

    private func raw(_ row: Int, _ column: String) throws -> String {
        try table.rawColumn(column)[row].trimmingCharacters(in: .whitespaces)
    }
}

/// How keys appear in messages: `entity "a1", date "2026-01-02"`.
enum KeyText {
    static func describe(columns: [String], values: [String]) -> String {
        zip(columns, values).map { "\($0) \"\($1)\"" }.joined(separator: ", ")
    }
}
