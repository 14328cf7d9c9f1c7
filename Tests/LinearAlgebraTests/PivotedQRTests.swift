import Foundation
import Testing
@testable import LinearAlgebra

@Suite("Pivoted QR")
struct PivotedQRTests {
    /// A 6×4 random matrix whose last column repeats column 1: exact rank 3.
    static func duplicatedColumnMatrix() -> Matrix {
        var a = randomMatrix(rows: 6, columns: 4, seed: 51)
        for i in 0..<6 { a[i, 3] = a[i, 1] }
        return a
    }

    /// A duplicated column leaves rank n − 1: the last pivot of R is at rounding level.
    @Test func rankWithDuplicatedColumn() throws {
        let qr = try PivotedQR(Self.duplicatedColumnMatrix())
        #expect(qr.rank(relativeTolerance: 1e-10) == 3)
        let full = try PivotedQR(randomMatrix(rows: 6, columns: 4, seed: 52))
        #expect(full.rank(relativeTolerance: 1e-10) == 4)
    }

    /// The permutation holds every column index exactly once.
    @Test func permutationIsAPermutation() throws {
        let qr = try PivotedQR(randomMatrix(rows: 8, columns: 6, seed: 53))
        #expect(qr.permutation.sorted() == Array(0..<6))
    }

    /// Pivoting on the largest remaining column norm makes |R₀₀| ≥ |R₁₁| ≥ … .
    @Test func diagonalMagnitudesNonIncreasing() throws {
        var a = randomMatrix(rows: 10, columns: 6, seed: 54)
        // Spread the column norms so that pivoting has real work to do.
        for j in 0..<6 {
            for i in 0..<10 { a[i, j] *= [1, 100, 0.01, 10, 1e3, 0.1][j] }
        }
        let qr = try PivotedQR(a)
        let d = qr.r.diagonal.map(abs)
        #expect(zip(d, d.dropFirst()).allSatisfy { $0 >= $1 })
        // The column of largest norm (scaled by 1e3) is chosen first.
        #expect(qr.permutation.first == 4)
    }

    /// A·P = Q·R: Qᵀ applied to column permutation[k] of A gives column k of R, padded with
    /// zeros below row min(m, n). This checks R, the permutation and Qᵀ together.
    @Test func qTransposeTimesPermutedColumnsGivesR() throws {
        let a = randomMatrix(rows: 7, columns: 4, seed: 55)
        let qr = try PivotedQR(a)
        let r = qr.r
        #expect(r.rows == 4 && r.columns == 4)
        for k in 0..<4 {
            let transformed = try qr.qTransposeTimes(a.column(qr.permutation[k]))
            let expected = r.column(k) + [0, 0, 0]
            #expect(maxAbsDifference(transformed, expected) < 1e-14)
        }
        for j in 0..<4 {
            for i in (j + 1)..<4 { #expect(r[i, j] == 0) }
        }
    }

    /// Q is orthogonal, so ‖Qᵀb‖ = ‖b‖.
    @Test func qTransposePreservesNorm() throws {
        let qr = try PivotedQR(randomMatrix(rows: 9, columns: 3, seed: 56))
        let b = randomVector(9, seed: 57)
        let qtb = try qr.qTransposeTimes(b)
        #expect(qtb.count == 9)
        #expect(abs(norm(qtb) - norm(b)) < 1e-14)
        #expect(linearAlgebraError { _ = try qr.qTransposeTimes([1, 2]) }?.isDimensionMismatch == true)
    }

    /// R of a wide matrix is min(m, n) × n and upper trapezoidal.
    @Test func wideMatrixR() throws {
        let a = randomMatrix(rows: 2, columns: 4, seed: 58)
        let r = try PivotedQR(a).r
        #expect(r.rows == 2 && r.columns == 4)
        #expect(r[1, 0] == 0)
        #expect(r[1, 1] != 0 && r[0, 3] != 0 && r[1, 3] != 0)
    }

    /// R of the identity is ±I, so the 1-norm condition number is exactly 1. For diag(1, 1e−4)
    /// the 1-norm condition is ‖R‖₁‖R⁻¹‖₁ = 1·10⁴, and dtrcon's estimate is exact for a diagonal.
    @Test func reciprocalCondition() throws {
        #expect(try PivotedQR(.identity(4)).reciprocalCondition(order: 4) == 1)
        let rcond = try PivotedQR(Matrix.diagonal([1e-4, 1])).reciprocalCondition(order: 2)
        #expect(abs(rcond - 1e-4) < 1e-16)
        #expect(try PivotedQR(.identity(3)).reciprocalCondition(order: 0) == 0)
    }

    @Test func nonFiniteThrows() {
        #expect(linearAlgebraError { _ = try PivotedQR(Matrix.diagonal([1, .infinity])) }?.isNonFinite == true)
    }

    /// A matrix with no rows but some columns is a valid input ("any shape"): its R is the
    /// empty 0 × n matrix and the permutation is the identity. Run in a child process because
    /// a failure here is a trap, not a thrown error.
    @Test func emptyRowsR() async {
        await #expect(processExitsWith: .success) {
            let qr = try PivotedQR(Matrix(rows: 0, columns: 3))
            precondition(qr.permutation == [0, 1, 2])
            let r = qr.r
            precondition(r.rows == 0 && r.columns == 3)
        }
    }
}
