import LinearAlgebra
import Tabular

/// Evaluates numeric expressions over table columns, checking that results are finite.
enum NumericEvaluation {
    /// The expression's value on every row; `nil` where an input is missing.
    /// - Throws: ``Tabular/TableError`` for non-numeric cells and
    ///   ``RegressionError/nonFiniteValue(expression:source:line:)`` for results such as `log(0)`.
    static func evaluate(_ expression: Expression, name: String, data: Table) throws -> [DoubleDouble?] {
        var columns: [String: [Double?]] = [:]
        for variable in expression.variables { columns[variable] = try data.numericColumn(variable) }
        let values = expression.evaluate(columns, rows: data.rowCount)
        for (row, value) in values.enumerated() {
            if let value, !value.hi.isFinite || !value.lo.isFinite {
                throw RegressionError.nonFiniteValue(expression: name, source: data.source, line: data.lineNumbers[row])
            }
        }
        return values
    }
}
