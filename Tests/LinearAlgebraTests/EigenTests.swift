import Foundation
import Testing
@testable import LinearAlgebra

@Suite("Symmetric eigendecomposition")
struct EigenTests {
    /// [[2,1],[1,2]] has eigenvalues 1 and 3 with eigenvectors (1,−1)/√2 and (1,1)/√2
    /// (each determined up to sign).
    @Test func twoByTwo() throws {
        let eigen = try SymmetricEigen(Matrix(rowMajor: [[2, 1], [1, 2]]))
        #expect(maxAbsDifference(eigen.eigenvalues, [1, 3]) < 1e-14)
        let r = 0.5.squareRoot()
        let v0 = eigen.eigenvectors.column(0), v1 = eigen.eigenvectors.column(1)
        // v0 = ±(r, −r), v1 = ±(r, r).
        #expect(abs(abs(v0[0]) - r) < 1e-14 && abs(v0[0] + v0[1]) < 1e-14)
        #expect(abs(abs(v1[0]) - r) < 1e-14 && abs(v1[0] - v1[1]) < 1e-14)
    }

    /// The tridiagonal [[2,−1,0],[−1,2,−1],[0,−1,2]] has eigenvalues 2 − 2cos(kπ/4), k = 1…3,
    /// i.e. 2 − √2, 2, 2 + √2, in increasing order.
    @Test func tridiagonalClosedForm() throws {
        let eigen = try SymmetricEigen(Matrix(rowMajor: [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]))
        let s = 2.0.squareRoot()
        #expect(maxAbsDifference(eigen.eigenvalues, [2 - s, 2, 2 + s]) < 1e-14)
    }

    /// For a random symmetric 5×5 matrix, V·diag(λ)·Vᵀ = A, VᵀV = I, and the eigenvalues
    /// increase and sum to the trace.
    @Test func randomReconstructionAndOrthonormality() throws {
        let g = randomMatrix(rows: 5, columns: 5, seed: 41)
        var a = g
        for i in 0..<5 {
            for j in 0..<5 { a[i, j] = g[i, j] + g[j, i] }
        }
        let eigen = try SymmetricEigen(a)
        let v = eigen.eigenvectors
        var vl = v
        for j in 0..<5 {
            for i in 0..<5 { vl[i, j] *= eigen.eigenvalues[j] }
        }
        #expect(maxAbsDifference(naiveProduct(vl, naiveTranspose(v)), a) < 1e-13)
        #expect(maxAbsDifference(naiveProduct(naiveTranspose(v), v), .identity(5)) < 1e-14)
        #expect(zip(eigen.eigenvalues, eigen.eigenvalues.dropFirst()).allSatisfy { $0 <= $1 })
        let trace = (0..<5).reduce(0.0) { $0 + a[$1, $1] }
        #expect(abs(eigen.eigenvalues.reduce(0, +) - trace) < 1e-13)
    }

    /// Only the upper triangle is read, as documented: junk below the diagonal is ignored.
    @Test func readsOnlyUpperTriangle() throws {
        let eigen = try SymmetricEigen(Matrix(rowMajor: [[2, 1], [-50, 2]]))
        #expect(maxAbsDifference(eigen.eigenvalues, [1, 3]) < 1e-14)
    }

    @Test func invalidInputThrows() {
        #expect(linearAlgebraError { _ = try SymmetricEigen(Matrix(rows: 2, columns: 3)) }?
            .isDimensionMismatch == true)
        #expect(linearAlgebraError { _ = try SymmetricEigen(Matrix.diagonal([1, .nan])) }?.isNonFinite == true)
    }
}
