internal import CLapack
import Foundation

/// The Cholesky factorization `A = Uᵀ·U` of a symmetric positive definite matrix,
/// computed by LAPACK `dpotrf`.
public struct Cholesky: Sendable {
    /// The upper-triangular factor `U` (the strict lower triangle is zero).
    public let upper: Matrix

    /// Factors a symmetric positive definite matrix (only its upper triangle is read).
    /// - Throws: ``LinearAlgebraError/notPositiveDefinite(minor:)`` naming the first leading
    ///   minor that is not positive; ``LinearAlgebraError/dimensionMismatch(_:)`` when not square;
    ///   ``LinearAlgebraError/nonFinite(_:)`` for NaN or infinity.
    public init(_ matrix: Matrix) throws {
        try matrix.requireSquareAndFinite("Cholesky")
        var factor = matrix
        let n = try LAPACK.int(matrix.rows)
        if n > 0 {
            let info = factor.storage.withUnsafeMutableBufferPointer {
                LAPACKE_dpotrf(LAPACK.columnMajor, LAPACK.flag("U"), n, $0.baseAddress, n)
            }
            try LAPACK.check(info, "dpotrf") { .notPositiveDefinite(minor: $0) }
        }
        for j in 0..<factor.columns {
            for i in (j + 1)..<factor.rows { factor[i, j] = 0 }
        }
        upper = factor
    }

    /// Solves `A·X = B` for the factored `A` (LAPACK `dpotrs`).
    public func solve(_ rhs: Matrix) throws -> Matrix {
        guard rhs.rows == upper.rows else {
            throw LinearAlgebraError.dimensionMismatch("right-hand side has \(rhs.rows) rows, matrix \(upper.rows)")
        }
        var solution = rhs
        guard upper.rows > 0, rhs.columns > 0 else { return solution }
        let n = try LAPACK.int(upper.rows), nrhs = try LAPACK.int(rhs.columns)
        let info = upper.storage.withUnsafeBufferPointer { a in
            solution.storage.withUnsafeMutableBufferPointer { b in
                LAPACKE_dpotrs(LAPACK.columnMajor, LAPACK.flag("U"), n, nrhs, a.baseAddress, n, b.baseAddress, n)
            }
        }
        try LAPACK.check(info, "dpotrs") { .singular(position: $0) }
        return solution
    }

    /// `A⁻¹` from the factorization (LAPACK `dpotri`), both triangles filled.
    public func inverse() throws -> Matrix {
        var inverse = upper
        guard upper.rows > 0 else { return inverse }
        let n = try LAPACK.int(upper.rows)
        let info = inverse.storage.withUnsafeMutableBufferPointer {
            LAPACKE_dpotri(LAPACK.columnMajor, LAPACK.flag("U"), n, $0.baseAddress, n)
        }
        try LAPACK.check(info, "dpotri") { .singular(position: $0) }
        inverse.mirrorUpperTriangle()
        return inverse
    }

    /// `log det A = 2 Σ log Uᵢᵢ`.
    public var logDeterminant: Double {
        upper.diagonal.reduce(0) { $0 + 2 * log($1) }
    }
}
