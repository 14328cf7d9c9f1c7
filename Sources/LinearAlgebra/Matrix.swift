/// A dense matrix of `Double` stored column by column (the layout LAPACK and BLAS expect).
///
/// Element `(i, j)` lives at `storage[i + j * rows]`. The type is a plain value: copies are
/// independent, and it is `Sendable`, so matrices can cross task boundaries freely.
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements in column-major order; `storage.count == rows * columns`.
    public internal(set) var storage: [Double]

    /// A `rows × columns` matrix with every element equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// A matrix over existing column-major storage.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(_:)`` when the element count is not
    ///   `rows * columns`.
    public init(rows: Int, columns: Int, columnMajor storage: [Double]) throws {
        guard rows >= 0, columns >= 0, storage.count == rows * columns else {
            throw LinearAlgebraError.dimensionMismatch(
                "\(storage.count) values cannot fill a \(rows)×\(columns) matrix")
        }
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix whose columns are the given arrays, which must all have the same length.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(_:)`` for ragged columns.
    public init(columns: [[Double]]) throws {
        let height = columns.first?.count ?? 0
        guard columns.allSatisfy({ $0.count == height }) else {
            throw LinearAlgebraError.dimensionMismatch("columns of different lengths")
        }
        self.rows = height
        self.columns = columns.count
        self.storage = columns.flatMap { $0 }
    }

    /// A matrix from rows given as arrays (convenient for small literals in code and tests).
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(_:)`` for ragged rows.
    public init(rowMajor rowArrays: [[Double]]) throws {
        let width = rowArrays.first?.count ?? 0
        guard rowArrays.allSatisfy({ $0.count == width }) else {
            throw LinearAlgebraError.dimensionMismatch("rows of different lengths")
        }
        self.rows = rowArrays.count
        self.columns = width
        var values = [Double](repeating: 0, count: rowArrays.count * width)
        for (i, row) in rowArrays.enumerated() {
            for (j, value) in row.enumerated() { values[i + j * rowArrays.count] = value }
        }
        self.storage = values
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var matrix = Matrix(rows: n, columns: n)
        for i in 0..<n { matrix[i, i] = 1 }
        return matrix
    }

    /// A diagonal matrix with the given diagonal.
    public static func diagonal(_ values: [Double]) -> Matrix {
        var matrix = Matrix(rows: values.count, columns: values.count)
        for (i, value) in values.enumerated() { matrix[i, i] = value }
        return matrix
    }

    /// Element at row `i`, column `j` (zero-based).
    public subscript(i: Int, j: Int) -> Double {
        get { storage[i + j * rows] }
        set { storage[i + j * rows] = newValue }
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        (0..<columns).map { self[i, $0] }
    }

    /// The main diagonal.
    public var diagonal: [Double] {
        (0..<Swift.min(rows, columns)).map { self[$0, $0] }
    }

    /// The transpose.
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { result.storage[j + i * columns] = storage[i + j * rows] }
        }
        return result
    }

    /// Whether every element is finite (no NaN or infinity).
    public var isFinite: Bool { storage.allSatisfy(\.isFinite) }

    /// Throws unless the matrix is square and finite (`what` names it in the message).
    func requireSquareAndFinite(_ what: String) throws {
        guard rows == columns else { throw LinearAlgebraError.dimensionMismatch("\(what) of a \(rows)×\(columns) matrix") }
        guard isFinite else { throw LinearAlgebraError.nonFinite("\(what) input") }
    }

    /// Every element times `factor`.
    public func scaled(by factor: Double) -> Matrix {
        var copy = self
        for k in copy.storage.indices { copy.storage[k] *= factor }
        return copy
    }

    /// The sub-matrix of the given column indices, in that order.
    public func selectingColumns(_ indices: [Int]) -> Matrix {
        var result = Matrix(rows: rows, columns: indices.count)
        for (k, j) in indices.enumerated() {
            result.storage.replaceSubrange((k * rows)..<((k + 1) * rows),
                                           with: storage[(j * rows)..<((j + 1) * rows)])
        }
        return result
    }
}
