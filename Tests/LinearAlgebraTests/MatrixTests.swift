import Testing
@testable import LinearAlgebra

@Suite("Matrix")
struct MatrixTests {
    /// Column-major storage: element (i, j) sits at i + j·rows, so for a 2×3 matrix the
    /// storage [1, 2, 3, 4, 5, 6] holds the columns (1,2), (3,4), (5,6).
    @Test func columnMajorLayout() throws {
        let m = try Matrix(rows: 2, columns: 3, columnMajor: [1, 2, 3, 4, 5, 6])
        #expect(m.rows == 2 && m.columns == 3)
        #expect(m[0, 0] == 1 && m[1, 0] == 2)
        #expect(m[0, 1] == 3 && m[1, 1] == 4)
        #expect(m[0, 2] == 5 && m[1, 2] == 6)
        #expect(m.column(1) == [3, 4])
        #expect(m.row(1) == [2, 4, 6])
        #expect(m.diagonal == [1, 4])
    }

    /// Row-major literals are transposed into column-major storage.
    @Test func rowMajorConstructor() throws {
        let m = try Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
        #expect(m.rows == 2 && m.columns == 3)
        #expect(m.storage == [1, 4, 2, 5, 3, 6])
        #expect(m[1, 2] == 6)
        #expect(m.row(0) == [1, 2, 3])
    }

    /// Columns given as arrays are stored one after another.
    @Test func columnsConstructor() throws {
        let m = try Matrix(columns: [[1, 4], [2, 5], [3, 6]])
        #expect(m == (try Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])))
        #expect(m.storage == [1, 4, 2, 5, 3, 6])
    }

    @Test func repeatingConstructor() {
        let m = Matrix(rows: 3, columns: 2, repeating: 7)
        #expect(m.storage == [7, 7, 7, 7, 7, 7])
        #expect(Matrix(rows: 0, columns: 4).storage.isEmpty)
    }

    /// Ragged or mis-sized input is rejected with `dimensionMismatch`, not trapped.
    @Test func raggedInputThrows() {
        #expect(linearAlgebraError { _ = try Matrix(rowMajor: [[1, 2], [3]]) }?.isDimensionMismatch == true)
        #expect(linearAlgebraError { _ = try Matrix(columns: [[1, 2], [3, 4, 5]]) }?.isDimensionMismatch == true)
        #expect(linearAlgebraError { _ = try Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3]) }?
            .isDimensionMismatch == true)
        #expect(linearAlgebraError { _ = try Matrix(rows: -1, columns: -1, columnMajor: [1]) }?
            .isDimensionMismatch == true)
    }

    /// Empty inputs give empty matrices of the implied shape.
    @Test func emptyConstructors() throws {
        let noRows = try Matrix(rowMajor: [])
        #expect(noRows.rows == 0 && noRows.columns == 0)
        let emptyColumns = try Matrix(columns: [[], []])
        #expect(emptyColumns.rows == 0 && emptyColumns.columns == 2)
    }

    /// The transpose swaps indices: Aᵀ(j, i) = A(i, j); transposing twice is the identity.
    @Test func transpose() throws {
        let a = try Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
        let t = a.transposed
        #expect(t == (try Matrix(rowMajor: [[1, 4], [2, 5], [3, 6]])))
        #expect(t.transposed == a)
        let tall = randomMatrix(rows: 5, columns: 3, seed: 1)
        #expect(tall.transposed == naiveTranspose(tall))
    }

    @Test func identityAndDiagonal() throws {
        #expect(Matrix.identity(3) == (try Matrix(rowMajor: [[1, 0, 0], [0, 1, 0], [0, 0, 1]])))
        #expect(Matrix.diagonal([2, -1, 5]) == (try Matrix(rowMajor: [[2, 0, 0], [0, -1, 0], [0, 0, 5]])))
        #expect(Matrix.identity(0).storage.isEmpty)
    }

    /// Selecting columns copies them in the requested order, repeats included.
    @Test func selectingColumns() throws {
        let a = try Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
        #expect(a.selectingColumns([2, 0]) == (try Matrix(rowMajor: [[3, 1], [6, 4]])))
        #expect(a.selectingColumns([1, 1]) == (try Matrix(rowMajor: [[2, 2], [5, 5]])))
        let none = a.selectingColumns([])
        #expect(none.rows == 2 && none.columns == 0)
    }

    @Test func finiteness() throws {
        #expect(try Matrix(rowMajor: [[1, 2]]).isFinite)
        #expect(!(try Matrix(rowMajor: [[1, .nan]]).isFinite))
        #expect(!(try Matrix(rowMajor: [[-.infinity, 2]]).isFinite))
    }

    /// Matrices are values: mutating a copy leaves the original alone.
    @Test func valueSemantics() throws {
        let a = try Matrix(rowMajor: [[1, 2], [3, 4]])
        var b = a
        b[0, 0] = 99
        #expect(a[0, 0] == 1)
        #expect(b[0, 0] == 99)
    }
}
