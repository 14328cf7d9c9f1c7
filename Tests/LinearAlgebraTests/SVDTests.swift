import Foundation
import Testing
@testable import LinearAlgebra

@Suite("SVD")
struct SVDTests {
    /// A signed permutation of diag(3, 5, 1): singular values are the absolute values of the
    /// non-zero entries, sorted decreasingly.
    @Test func permutedDiagonal() throws {
        let a = try Matrix(rowMajor: [[0, 0, 3], [-5, 0, 0], [0, 1, 0]])
        let svd = try SVD(a)
        #expect(maxAbsDifference(svd.singularValues, [5, 3, 1]) < 1e-14)
        #expect(abs(svd.conditionNumber - 5) < 1e-13)
    }

    /// A = [[3,0],[4,5]]: AᵀA = [[25, 20], [20, 25]] has eigenvalues 25 ± 20 = 45 and 5, so
    /// σ = (√45, √5) = (3√5, √5) and κ₂ = 3 (check: σ₁σ₂ = 15 = |det A|).
    @Test func twoByTwoClosedForm() throws {
        let a = try Matrix(rowMajor: [[3, 0], [4, 5]])
        let svd = try SVD(a)
        #expect(abs(svd.singularValues[0] - 45.0.squareRoot()) < 1e-14)
        #expect(abs(svd.singularValues[1] - 5.0.squareRoot()) < 1e-14)
        #expect(abs(svd.conditionNumber - 3) < 1e-14)
        #expect(abs(try a.conditionNumber() - 3) < 1e-14)
    }

    /// U·diag(σ)·Vᵀ reproduces A; U has orthonormal columns, V orthonormal rows; σ is
    /// non-negative and decreasing; the thin shapes are m×k and k×n.
    @Test(arguments: [(7, 4), (3, 5)])
    func reconstruction(rows: Int, columns: Int) throws {
        let a = randomMatrix(rows: rows, columns: columns, seed: UInt64(31 + rows))
        let svd = try SVD(a)
        let k = min(rows, columns)
        #expect(svd.u.rows == rows && svd.u.columns == k)
        #expect(svd.vt.rows == k && svd.vt.columns == columns)
        #expect(svd.singularValues.count == k)
        #expect(svd.singularValues.allSatisfy { $0 >= 0 })
        #expect(zip(svd.singularValues, svd.singularValues.dropFirst()).allSatisfy { $0 >= $1 })

        var us = svd.u
        for j in 0..<k {
            for i in 0..<rows { us[i, j] *= svd.singularValues[j] }
        }
        #expect(maxAbsDifference(naiveProduct(us, svd.vt), a) < 1e-13)
        #expect(maxAbsDifference(naiveProduct(naiveTranspose(svd.u), svd.u), .identity(k)) < 1e-13)
        #expect(maxAbsDifference(naiveProduct(svd.vt, naiveTranspose(svd.vt)), .identity(k)) < 1e-13)
    }

    /// [[1,2,3],[4,5,6],[7,8,9]] has rank 2 (row 3 = 2·row 2 − row 1); its smallest singular
    /// value is at rounding level, far below the default tolerance 3ε·σ₁.
    @Test func rankOfRankTwoMatrix() throws {
        let svd = try SVD(Matrix(rowMajor: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
        #expect(svd.rank() == 2)
        #expect(svd.conditionNumber > 1e14)
    }

    /// diag(1, 1e−3, 1e−10): rank 3 at the default tolerance, 2 at relative tolerance 1e−6,
    /// 1 at 1e−2.
    @Test func rankWithTolerance() throws {
        let svd = try SVD(Matrix.diagonal([1e-3, 1, 1e-10]))
        #expect(svd.rank() == 3)
        #expect(svd.rank(relativeTolerance: 1e-6) == 2)
        #expect(svd.rank(relativeTolerance: 1e-2) == 1)
        #expect(try SVD(Matrix(rows: 3, columns: 2)).rank() == 0)
    }

    /// An exactly singular diagonal matrix has σ_min = 0 and an infinite condition number.
    @Test func singularConditionIsInfinite() throws {
        let svd = try SVD(Matrix.diagonal([2, 0]))
        #expect(svd.singularValues == [2, 0])
        #expect(svd.conditionNumber == .infinity)
    }

    @Test func nonFiniteThrows() {
        #expect(linearAlgebraError { _ = try SVD(Matrix(rowMajor: [[1, .nan], [0, 1]])) }?.isNonFinite == true)
    }
}
