import Foundation
import Testing
@testable import LinearAlgebra

@Suite("Cholesky")
struct CholeskyTests {
    // The textbook example A = UᵀU with U = [[2,6,−8],[0,1,5],[0,0,3]]:
    // UᵀU = [[4, 12, −16], [12, 36+1, −48+5], [−16, −48+5, 64+25+9]] = A below.
    static let a = try! Matrix(rowMajor: [[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
    static let u = try! Matrix(rowMajor: [[2, 6, -8], [0, 1, 5], [0, 0, 3]])

    /// The factor of an integer matrix with an integer factor; LAPACK's few roundings keep it
    /// within a few ulps of the exact values, and the strict lower triangle is exactly zero.
    @Test func knownFactor() throws {
        let cholesky = try Cholesky(Self.a)
        #expect(maxAbsDifference(cholesky.upper, Self.u) < 1e-13)
        for j in 0..<3 {
            for i in (j + 1)..<3 { #expect(cholesky.upper[i, j] == 0) }
        }
    }

    /// Only the upper triangle is read: garbage below the diagonal does not change the factor.
    @Test func readsOnlyUpperTriangle() throws {
        var junk = Self.a
        junk[1, 0] = 1000
        junk[2, 0] = -7
        junk[2, 1] = 0.5
        let cholesky = try Cholesky(junk)
        #expect(maxAbsDifference(cholesky.upper, Self.u) < 1e-13)
    }

    /// A·x = b with x = (1, −2, 3): b = (4−24−48, 12−74−129, −16+86+294) = (−68, −191, 364).
    /// A second right-hand side, A's first column, must give e₁.
    @Test func solve() throws {
        let cholesky = try Cholesky(Self.a)
        let rhs = try Matrix(columns: [[-68, -191, 364], [4, 12, -16]])
        let x = try cholesky.solve(rhs)
        #expect(maxAbsDifference(x, try Matrix(columns: [[1, -2, 3], [1, 0, 0]])) < 1e-12)
    }

    @Test func solveRejectsWrongRowCount() throws {
        let cholesky = try Cholesky(Self.a)
        #expect(linearAlgebraError { _ = try cholesky.solve(Matrix(rows: 2, columns: 1)) }?
            .isDimensionMismatch == true)
    }

    /// A⁻¹ = U⁻¹U⁻ᵀ with U⁻¹ = [[1/2, −3, 19/3], [0, 1, −5/3], [0, 0, 1/3]], which gives
    /// A⁻¹ = [[1777/36, −122/9, 19/9], [−122/9, 34/9, −5/9], [19/9, −5/9, 1/9]] (both triangles).
    @Test func inverse() throws {
        let inverse = try Cholesky(Self.a).inverse()
        let expected = try Matrix(rowMajor: [[1777.0 / 36, -122.0 / 9, 19.0 / 9],
                                             [-122.0 / 9, 34.0 / 9, -5.0 / 9],
                                             [19.0 / 9, -5.0 / 9, 1.0 / 9]])
        #expect(maxAbsDifference(inverse, expected) < 1e-11)
        #expect(inverse == inverse.transposed)
    }

    /// det A = (det U)² = (2·1·3)² = 36.
    @Test func logDeterminant() throws {
        let cholesky = try Cholesky(Self.a)
        #expect(abs(cholesky.logDeterminant - log(36.0)) < 1e-13)
        #expect(abs(try Cholesky(Matrix.diagonal([2, 8, 0.25])).logDeterminant - log(4.0)) < 1e-15)
    }

    /// `info = k` from dpotrf names the first leading minor that is not positive:
    /// [[−1,0],[0,1]] fails at order 1; [[1,2],[2,1]] has det −3 at order 2;
    /// [[1,1,1],[1,2,2],[1,2,2]] has leading minors 1, 1, 0 (U₃₃² = 2 − 1 − 1 = 0 exactly);
    /// a 5×5 identity with −1 at (4,4) fails at order 5.
    @Test func notPositiveDefiniteNamesMinor() throws {
        #expect(throws: LinearAlgebraError.notPositiveDefinite(minor: 1)) {
            try Cholesky(Matrix(rowMajor: [[-1, 0], [0, 1]]))
        }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(minor: 2)) {
            try Cholesky(Matrix(rowMajor: [[1, 2], [2, 1]]))
        }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(minor: 3)) {
            try Cholesky(Matrix(rowMajor: [[1, 1, 1], [1, 2, 2], [1, 2, 2]]))
        }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(minor: 5)) {
            try Cholesky(Matrix.diagonal([1, 1, 1, 1, -1]))
        }
    }

    @Test func nonFiniteAndNonSquareThrow() {
        #expect(linearAlgebraError { _ = try Cholesky(Matrix(rowMajor: [[1, .nan], [.nan, 1]])) }?
            .isNonFinite == true)
        #expect(linearAlgebraError { _ = try Cholesky(Matrix.diagonal([1, .infinity])) }?.isNonFinite == true)
        #expect(linearAlgebraError { _ = try Cholesky(Matrix(rows: 2, columns: 3)) }?.isDimensionMismatch == true)
    }

    /// A random SPD matrix M = GᵀG + I: the factor reproduces M and is upper triangular
    /// with a positive diagonal.
    @Test func randomReconstruction() throws {
        let g = randomMatrix(rows: 8, columns: 6, seed: 21)
        var m = naiveProduct(naiveTranspose(g), g)
        for i in 0..<6 { m[i, i] += 1 }
        let u = try Cholesky(m).upper
        #expect(maxAbsDifference(naiveProduct(naiveTranspose(u), u), m) < 1e-13)
        #expect(u.diagonal.allSatisfy { $0 > 0 })
    }

    /// The empty matrix factors trivially (det 1, log det 0).
    @Test func emptyMatrix() throws {
        let cholesky = try Cholesky(Matrix(rows: 0, columns: 0))
        #expect(cholesky.logDeterminant == 0)
        #expect(try cholesky.inverse().storage.isEmpty)
    }
}
