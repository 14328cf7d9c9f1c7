import Foundation
internal import CLapack

/// The thin singular value decomposition `A = U·diag(σ)·Vᵀ` (LAPACK `dgesdd`).
public struct SVD: Sendable {
    /// Left singular vectors, `m × k` with `k = min(m, n)`.
    public let u: Matrix
    /// Singular values in decreasing order.
    public let singularValues: [Double]
    /// Right singular vectors transposed, `k × n`.
    public let vt: Matrix

    /// Decomposes `matrix`.
    /// - Throws: ``LinearAlgebraError/nonFinite(_:)`` for NaN or infinity,
    ///   ``LinearAlgebraError/noConvergence(routine:info:)`` when LAPACK does not converge.
    public init(_ matrix: Matrix) throws {
        guard matrix.isFinite else { throw LinearAlgebraError.nonFinite("SVD input") }
        let m = matrix.rows, n = matrix.columns, k = Swift.min(m, n)
        var a = matrix
        var s = [Double](repeating: 0, count: k)
        var u = Matrix(rows: m, columns: k), vt = Matrix(rows: k, columns: n)
        if k > 0 {
            let (m32, n32, k32) = (try LAPACK.int(m), try LAPACK.int(n), try LAPACK.int(k))
            let info = a.storage.withUnsafeMutableBufferPointer { ap in
                s.withUnsafeMutableBufferPointer { sp in
                    u.storage.withUnsafeMutableBufferPointer { up in
                        vt.storage.withUnsafeMutableBufferPointer { vp in
                            LAPACKE_dgesdd(LAPACK.columnMajor, LAPACK.flag("S"), m32, n32, ap.baseAddress, m32,
                                           sp.baseAddress, up.baseAddress, m32, vp.baseAddress, k32)
                        }
                    }
                }
            }
            try LAPACK.check(info, "dgesdd") { .noConvergence(routine: "dgesdd", info: $0) }
        }
        self.u = u
        self.singularValues = s
        self.vt = vt
    }

    /// The 2-norm condition number `σ_max / σ_min` (infinite for a singular matrix).
    public var conditionNumber: Double {
        guard let largest = singularValues.first, let smallest = singularValues.last else { return 0 }
        return smallest == 0 ? .infinity : largest / smallest
    }

    /// The numerical rank: singular values above `tolerance · σ_max`; the default tolerance is
    /// `max(m, n) · ε`, the usual LAPACK convention.
    public func rank(relativeTolerance: Double? = nil) -> Int {
        guard let largest = singularValues.first, largest > 0 else { return 0 }
        let tolerance = relativeTolerance ?? Double(Swift.max(u.rows, vt.columns)) * Double.ulpOfOne
        return singularValues.filter { $0 > tolerance * largest }.count
    }
}

extension Matrix {
    /// The 2-norm condition number of this matrix, `σ_max / σ_min`, from its singular values.
    public func conditionNumber() throws -> Double { try SVD(self).conditionNumber }
}
