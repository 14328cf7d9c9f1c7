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
    /// The singular values in decreasing order, without singular vectors (LAPACK `dgesdd`
    /// with `jobz = N`, much cheaper than ``SVD``).
    /// - Throws: ``LinearAlgebraError/nonFinite(_:)`` or ``LinearAlgebraError/noConvergence(routine:info:)``.
    public func singularValues() throws -> [Double] {
        guard isFinite else { throw LinearAlgebraError.nonFinite("SVD input") }
        let k = Swift.min(rows, columns)
        guard k > 0 else { return [] }
        var a = self
        var s = [Double](repeating: 0, count: k)
        var unused = [Double](repeating: 0, count: 1)
        let (m32, n32) = (try LAPACK.int(rows), try LAPACK.int(columns))
        let info = a.storage.withUnsafeMutableBufferPointer { ap in
            s.withUnsafeMutableBufferPointer { sp in
                unused.withUnsafeMutableBufferPointer { up in
                    LAPACKE_dgesdd(LAPACK.columnMajor, LAPACK.flag("N"), m32, n32, ap.baseAddress, m32,
                                   sp.baseAddress, up.baseAddress, 1, up.baseAddress, 1)
                }
            }
        }
        try LAPACK.check(info, "dgesdd") { .noConvergence(routine: "dgesdd", info: $0) }
        return s
    }

    /// The 2-norm condition number of this matrix, `σ_max / σ_min` (infinite when singular).
    public func conditionNumber() throws -> Double {
        let values = try singularValues()
        guard let largest = values.first, let smallest = values.last else { return 0 }
        return smallest == 0 ? .infinity : largest / smallest
    }
}
