import Foundation

/// A table of text cells read from a delimited file, with the source position of every row.
///
/// Cells stay text until a caller asks for a column as numbers (``numericColumn(_:)``) or as
/// labels (``textColumn(_:)``); conversion errors then name the file, line and column of the
/// offending cell.
public struct Table: Sendable {
    /// Where the table came from, as users should see it in messages (usually a file path).
    public let source: String
    /// Column names from the header row, in file order.
    public let columnNames: [String]
    /// `cells[column][row]`.
    let cells: [[String]]
    /// The 1-based line in ``source`` on which each data row starts.
    public let lineNumbers: [Int]
    /// Columns already converted to numbers (cells never change, so results stay valid).
    private let converted = ConversionCache()

    /// Builds a table from columns of cells.
    /// - Throws: ``TableError/duplicateColumn(source:name:)`` for repeated header names and
    ///   ``TableError/raggedColumns(source:)`` when columns or line numbers differ in length.
    public init(source: String, columnNames: [String], columns: [[String]], lineNumbers: [Int]) throws {
        var seen = Set<String>()
        for name in columnNames where !seen.insert(name).inserted {
            throw TableError.duplicateColumn(source: source, name: name)
        }
        guard columns.count == columnNames.count,
              columns.allSatisfy({ $0.count == lineNumbers.count }) else {
            throw TableError.raggedColumns(source: source)
        }
        self.source = source
        self.columnNames = columnNames
        self.cells = columns
        self.lineNumbers = lineNumbers
    }

    /// Number of data rows.
    public var rowCount: Int { lineNumbers.count }

    /// Whether the table has a column of that name.
    public func hasColumn(_ name: String) -> Bool { columnNames.contains(name) }

    /// The position of a column.
    /// - Throws: ``TableError/missingColumn(source:name:available:)``.
    public func columnIndex(_ name: String) throws -> Int {
        guard let index = columnNames.firstIndex(of: name) else {
            throw TableError.missingColumn(source: source, name: name, available: columnNames)
        }
        return index
    }

    /// The raw cells of a column.
    public func rawColumn(_ name: String) throws -> [String] { cells[try columnIndex(name)] }

    /// The sizes a non-zero number may have: squares and sums of squares of many such numbers
    /// stay finite and normal (no KPI, count or amount comes near either end; a value beyond
    /// them is a typing or export error).
    public static let magnitudes: ClosedRange<Double> = 1e-100...1e100

    /// A column as numbers; `nil` marks a missing value (an empty cell or `NA`).
    /// - Throws: ``TableError/nonNumeric(source:line:column:value:)`` for text that is not a
    ///   number, ``TableError/nonFinite(source:line:column:value:)`` for NaN or infinity and
    ///   ``TableError/outOfRange(source:line:column:value:)`` for a size outside ``magnitudes``.
    public func numericColumn(_ name: String) throws -> [Double?] {
        if let cached = converted.values(for: name) { return cached }
        let column = try rawColumn(name)
        var values = [Double?](repeating: nil, count: column.count)
        for (row, cell) in column.enumerated() {
            let trimmed = Table.trimmed(cell)
            if Table.isMissing(trimmed) { continue }
            guard let value = NumberText.double(trimmed) else {
                throw TableError.nonNumeric(source: source, line: lineNumbers[row], column: name, value: cell)
            }
            guard value.isFinite else {
                throw TableError.nonFinite(source: source, line: lineNumbers[row], column: name, value: cell)
            }
            guard value == 0 || Self.magnitudes.contains(abs(value)) else {
                throw TableError.outOfRange(source: source, line: lineNumbers[row], column: name, value: trimmed)
            }
            values[row] = value
        }
        converted.store(values, for: name)
        return values
    }

    /// A column as labels; `nil` marks a missing value (an empty cell or `NA`).
    public func textColumn(_ name: String) throws -> [String?] {
        try rawColumn(name).map { cell in
            let trimmed = Table.trimmed(cell)
            return Table.isMissing(trimmed) ? nil : trimmed
        }
    }

    /// Whether the column holds labels: at least one value, and none that reads as a number.
    /// A numeric column with a stray word in it is *not* text: reading it with
    /// ``numericColumn(_:)`` reports the stray cell.
    public func isText(_ name: String) throws -> Bool {
        var sawValue = false
        for cell in try rawColumn(name) {
            let trimmed = Table.trimmed(cell)
            if Table.isMissing(trimmed) { continue }
            if NumberText.double(trimmed) != nil { return false }
            sawValue = true
        }
        return sawValue
    }

    /// The cells that mean "no value": empty, `NA`.
    static func isMissing(_ trimmed: String) -> Bool { trimmed.isEmpty || trimmed == "NA" }

    /// The cell without surrounding blanks; most cells have none, so check before copying.
    static func trimmed(_ cell: String) -> String {
        // Most cells start and end with ASCII that is no blank, which the bytes tell at once.
        let bytes = cell.utf8
        guard let firstByte = bytes.first, let lastByte = bytes.last else { return cell }
        if firstByte > 0x20, firstByte < 0x80, lastByte > 0x20, lastByte < 0x80 { return cell }
        let scalars = cell.unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return cell }
        return cell.trimmingCharacters(in: .whitespaces)
    }
}
