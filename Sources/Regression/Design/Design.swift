import LinearAlgebra

/// A design matrix with named columns, ready for fitting.
public struct Design: Sendable {
    /// Column names, e.g. `Intercept`, `visits`, `C(region)[T.north]`.
    public let columnNames: [String]
    /// The design, one row per observation (the double-precision value of each entry).
    public let matrix: Matrix
    /// What rounding left out of computed entries (powers, products), or `nil` when every
    /// entry is exact. The extended-precision solver uses `matrix + lowOrderPart`.
    public let lowOrderPart: Matrix?
    /// Whether the first column is the intercept.
    public let hasIntercept: Bool

    /// A design from a matrix you built yourself.
    /// - Throws: ``RegressionError/invalidOption(_:)`` when names and columns disagree.
    public init(columnNames: [String], matrix: Matrix, lowOrderPart: Matrix? = nil, hasIntercept: Bool) throws {
        guard columnNames.count == matrix.columns else {
            throw RegressionError.invalidOption("\(columnNames.count) names for \(matrix.columns) design columns")
        }
        self.columnNames = columnNames
        self.matrix = matrix
        self.lowOrderPart = lowOrderPart
        self.hasIntercept = hasIntercept
    }
}
