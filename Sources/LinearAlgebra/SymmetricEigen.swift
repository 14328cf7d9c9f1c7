internal import CLapack

/// The eigendecomposition `A = V·diag(λ)·Vᵀ` of a symmetric matrix (LAPACK `dsyevd`).
public struct SymmetricEigen: Sendable {
    /// Eigenvalues in increasing order.
    public let eigenvalues: [Double]
    /// Orthonormal eigenvectors, one per column, in the order of ``eigenvalues``.
    public let eigenvectors: Matrix

    /// Decomposes a symmetric matrix; only the upper triangle is read.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(_:)`` when not square,
    ///   ``LinearAlgebraError/nonFinite(_:)``, or ``LinearAlgebraError/noConvergence(routine:info:)``.
    public init(_ matrix: Matrix) throws {
        try matrix.requireSquareAndFinite("eigen")
        var vectors = matrix
        var values = [Double](repeating: 0, count: matrix.rows)
        if matrix.rows > 0 {
            let n = try LAPACK.int(matrix.rows)
            let info = vectors.storage.withUnsafeMutableBufferPointer { a in
                values.withUnsafeMutableBufferPointer { w in
                    LAPACKE_dsyevd(LAPACK.columnMajor, LAPACK.flag("V"), LAPACK.flag("U"), n,
                                   a.baseAddress, n, w.baseAddress)
                }
            }
            try LAPACK.check(info, "dsyevd") { .noConvergence(routine: "dsyevd", info: $0) }
        }
        eigenvalues = values
        eigenvectors = vectors
    }
}
