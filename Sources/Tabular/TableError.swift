/// What is wrong with a table or one of its cells, with the place to look.
///
/// Descriptions are single lines meant for end users, e.g.
/// `sales.csv, line 14, column "visits": "twelve" is not a number`.
public enum TableError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case empty(source: String)
    case noDataRows(source: String)
    case duplicateColumn(source: String, name: String)
    case emptyColumnName(source: String, position: Int)
    case raggedRow(source: String, line: Int, expected: Int, found: Int)
    case raggedColumns(source: String)
    case missingColumn(source: String, name: String, available: [String])
    case nonNumeric(source: String, line: Int, column: String, value: String)
    case nonFinite(source: String, line: Int, column: String, value: String)
    /// A number so large or so close to zero that its square over- or underflows (see
    /// ``Table/magnitudes``).
    case outOfRange(source: String, line: Int, column: String, value: String)
    case malformed(source: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path): return "\(path): no such file"
        case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
        case .empty(let source): return "\(source): the file is empty"
        case .noDataRows(let source): return "\(source): the header has no data rows under it"
        case .duplicateColumn(let source, let name): return "\(source): column \"\(name)\" appears twice in the header"
        case .emptyColumnName(let source, let position):
            return "\(source), line 1: column \(position) has no name"
        case .raggedRow(let source, let line, let expected, let found):
            return "\(source), line \(line): \(found) fields where the header has \(expected)"
        case .raggedColumns(let source): return "\(source): columns of different lengths"
        case .missingColumn(let source, let name, let available):
            return "\(source): no column \"\(name)\" (columns: \(available.joined(separator: ", ")))"
        case .nonNumeric(let source, let line, let column, let value):
            return "\(source), line \(line), column \"\(column)\": \"\(value)\" is not a number"
        case .nonFinite(let source, let line, let column, let value):
            return "\(source), line \(line), column \"\(column)\": \"\(value)\" is not a finite number"
        case .outOfRange(let source, let line, let column, let value):
            return "\(source), line \(line), column \"\(column)\": \(value) is out of range (numbers are 0 or between 1e-100 and 1e100 in size)"
        case .malformed(let source, let line, let reason): return "\(source), line \(line): \(reason)"
        }
    }
}
