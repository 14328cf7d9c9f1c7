/// Why a file was rejected, naming the file, the line and the column to look at.
///
/// A rejected file leaves the store exactly as it was. Problems of the CSV itself (a file
/// that cannot be read, a row with the wrong number of fields, a cell that is not a number)
/// come from Tabular as `TableError`, which names the same places. Descriptions are single
/// lines, e.g. `actuals.csv, line 7, column "date": "2026-02-30" is not a date (YYYY-MM-DD)`.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The header lacks a column the dataset needs.
    case missingColumn(file: String, dataset: Dataset, column: String, available: [String])
    /// A reports file has no measure columns besides `entity` and `period`.
    case noMeasures(file: String)
    /// A required cell is empty or `NA`.
    case missingValue(file: String, line: Int, column: String)
    /// A date that is not an existing day written `YYYY-MM-DD`.
    case badDate(file: String, line: Int, column: String, value: String)
    /// A period label in none of the forms ``Period`` accepts.
    case badPeriod(file: String, line: Int, column: String, value: String)
    /// A negative number where amounts, costs, counts and targets must be zero or more.
    case negative(file: String, line: Int, column: String, value: String)
    /// A count (leads, customers) with a fractional part.
    case notWholeNumber(file: String, line: Int, column: String, value: String)
    /// A campaign whose end comes before its start.
    case endBeforeStart(file: String, line: Int, column: String, start: String, end: String)
    /// A value the caller's rules refuse (``KPIStore/ingest(path:as:kpiValueProblem:)``), for
    /// the reason given.
    case refused(file: String, line: Int, column: String, reason: String)
    /// A KPI values row that gives a person another role or team (`column`) for a period than an
    /// earlier row of the file did.
    case conflictingIdentity(file: String, line: Int, column: String, entity: String, period: String,
                             first: String, firstLine: Int, given: String)
    /// Two rows of one file with the same natural key.
    case duplicateKey(file: String, line: Int, firstLine: Int, columns: [String], key: String)
    /// A row whose natural key is already stored, from another file, with different values.
    case conflictsWithStore(file: String, line: Int, column: String, key: String,
                            stored: String, given: String, storedFrom: String)

    /// One line naming the file, the line and the column.
    public var description: String {
        switch self {
        case .missingColumn(let file, let dataset, let column, let available):
            return "\(file), line 1: no column \"\(column)\", which \(dataset.rawValue) needs"
                + " (columns: \(available.joined(separator: ", ")))"
        case .noMeasures(let file):
            return "\(file), line 1: no measure columns besides \"entity\" and \"period\""
        case .missingValue(let file, let line, let column):
            return "\(file), line \(line), column \"\(column)\": empty, but a value is required"
        case .badDate(let file, let line, let column, let value):
            return "\(file), line \(line), column \"\(column)\": \"\(value)\" is not a date (YYYY-MM-DD)"
        case .badPeriod(let file, let line, let column, let value):
            return "\(file), line \(line), column \"\(column)\": \"\(value)\" is not a period"
                + " (\(Period.acceptedForms))"
        case .negative(let file, let line, let column, let value):
            return "\(file), line \(line), column \"\(column)\": \(value) is negative"
        case .refused(let file, let line, let column, let reason):
            return "\(file), line \(line), column \"\(column)\": \(reason)"
        case .notWholeNumber(let file, let line, let column, let value):
            return "\(file), line \(line), column \"\(column)\": \(value) is not a whole number"
        case .endBeforeStart(let file, let line, let column, let start, let end):
            return "\(file), line \(line), column \"\(column)\": the end \(end) comes before the start \(start)"
        case .conflictingIdentity(let file, let line, let column, let entity, let period, let first, let firstLine, let given):
            let when = period.isEmpty ? "" : " for \(period)"
            return "\(file), line \(line), column \"\(column)\": line \(firstLine) gives \(entity) the \(column) \(first)\(when), "
                + "this line \(given); a person has one \(column)" + (period.isEmpty ? "" : " in a period")
        case .duplicateKey(let file, let line, let firstLine, let columns, let key):
            let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(file), line \(line), column\(columns.count == 1 ? "" : "s") \(names):"
                + " \(key) repeats line \(firstLine)"
        case .conflictsWithStore(let file, let line, let column, let key, let stored, let given, let storedFrom):
            return "\(file), line \(line), column \"\(column)\": \(given) differs from \(stored)"
                + " stored for \(key) from \(storedFrom)"
                + " (a store keeps each row as first ingested; to correct stored rows, start a new store and run again)"
        }
    }
}
