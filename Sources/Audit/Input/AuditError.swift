/// Why reports cannot be audited.
public enum AuditError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer than two measures, or a measure named twice.
    case invalidMeasures(String)
    /// A report's number of values differs from the number of measures.
    case wrongValueCount(row: Int, expected: Int, found: Int)
    /// A value is negative, infinite or not a number.
    case invalidValue(row: Int, measure: String, value: Double)
    /// The same entity filed two reports for one period.
    case duplicateReport(entity: String, period: String, firstRow: Int, row: Int)
    /// A setting is out of range.
    case invalidSetting(String)

    public var description: String {
        switch self {
        case .invalidMeasures(let text): return text
        case .wrongValueCount(let row, let expected, let found):
            return "report \(row + 1): \(found) values for \(expected) measures"
        case .invalidValue(let row, let measure, let value):
            return "report \(row + 1), \(measure): \(value) is not a count or amount (must be finite and not negative)"
        case .duplicateReport(let entity, let period, let firstRow, let row):
            return "report \(row + 1): a second report of \(entity) for \(period) (the first is report \(firstRow + 1))"
        case .invalidSetting(let text): return text
        }
    }
}
