import Foundation
internal import CLapack

/// QR factorization with column pivoting, `A·P = Q·R` (LAPACK `dgeqp3`).
///
/// Pivoting moves the column with the largest remaining norm forward at each step, so the
/// diagonal of `R` decreases in magnitude and reveals the numerical rank.
public struct PivotedQR: Sendable {
    /// Compact factor as LAPACK returns it: `R` on and above the diagonal, Householder
    /// vectors below.
    let factor: Matrix
    /// Householder scalars.
    let tau: [Double]
    /// `permutation[k]` is the (zero-based) column of `A` that became column `k` of `A·P`.
    public let permutation: [Int]

    /// Factors `matrix` (any shape).
    /// - Throws: ``LinearAlgebraError/nonFinite(_:)`` for NaN or infinity.
    public init(_ matrix: Matrix) throws {
        guard matrix.isFinite else { throw LinearAlgebraError.nonFinite("QR input") }
        var a = matrix
        let m = matrix.rows, n = matrix.columns
        var tau = [Double](repeating: 0, count: Swift.min(m, n))
        var pivots = [Int32](repeating: 0, count: n)
        if m > 0, n > 0 {
            let (m32, n32) = (try LAPACK.int(m), try LAPACK.int(n))
            let info = a.storage.withUnsafeMutableBufferPointer { ap in
                pivots.withUnsafeMutableBufferPointer { jp in
                    tau.withUnsafeMutableBufferPointer { tp in
                        LAPACKE_dgeqp3(LAPACK.columnMajor, m32, n32, ap.baseAddress, m32,
                                       jp.baseAddress, tp.baseAddress)
                    }
                }
            }
            try LAPACK.check(info, "dgeqp3") { .noConvergence(routine: "dgeqp3", info: $0) }
        }
        factor = a
        self.tau = tau
        permutation = n > 0 && m > 0 ? pivots.map { Int($0) - 1 } : Array(0..<n)
    }

    /// The upper-trapezoidal factor `R`, `min(m, n) × n`.
    public var r: Matrix {
        let k = Swift.min(factor.rows, factor.columns)
        var result = Matrix(rows: k, columns: factor.columns)
        guard k > 0 else { return result }
        for j in 0..<factor.columns {
            for i in 0...Swift.min(j, k - 1) { result[i, j] = factor[i, j] }
        }
        return result
    }

    /// The numerical rank: the number of diagonal entries of `R` with
    /// `|Rₖₖ| > relativeTolerance · |R₀₀|`.
    public func rank(relativeTolerance: Double) -> Int {
        let diagonal = factor.diagonal.map(abs)
        guard let largest = diagonal.first, largest > 0 else { return 0 }
        return diagonal.prefix { $0 > relativeTolerance * largest }.count
    }

    /// `Qᵀ·b` for a vector of length `m` (LAPACK `dormqr`).
    public func qTransposeTimes(_ b: [Double]) throws -> [Double] {
        guard b.count == factor.rows else {
            throw LinearAlgebraError.dimensionMismatch("Qᵀ·b with b of \(b.count), Q of \(factor.rows) rows")
        }
        var c = b
        guard !tau.isEmpty else { return c }
        let m32 = try LAPACK.int(factor.rows), k32 = try LAPACK.int(tau.count)
        let info = factor.storage.withUnsafeBufferPointer { ap in
            tau.withUnsafeBufferPointer { tp in
                c.withUnsafeMutableBufferPointer { cp in
                    LAPACKE_dormqr(LAPACK.columnMajor, LAPACK.flag("L"), LAPACK.flag("T"), m32, 1, k32,
                                   ap.baseAddress, m32, tp.baseAddress, cp.baseAddress, m32)
                }
            }
        }
        try LAPACK.check(info, "dormqr") { .noConvergence(routine: "dormqr", info: $0) }
        return c
    }

    /// The reciprocal of the 1-norm condition number of the leading `order × order` block of
    /// `R`, estimated by LAPACK `dtrcon` (0 for a singular block).
    public func reciprocalCondition(order: Int) throws -> Double {
        guard order > 0 else { return 0 }
        guard order <= Swift.min(factor.rows, factor.columns) else {
            throw LinearAlgebraError.dimensionMismatch("block of order \(order) in a \(factor.rows)×\(factor.columns) factor")
        }
        let block = leadingR(order)
        var rcond = 0.0
        let n32 = try LAPACK.int(order)
        let info = block.storage.withUnsafeBufferPointer {
            LAPACKE_dtrcon(LAPACK.columnMajor, LAPACK.flag("1"), LAPACK.flag("U"), LAPACK.flag("N"),
                           n32, $0.baseAddress, n32, &rcond)
        }
        try LAPACK.check(info, "dtrcon") { .noConvergence(routine: "dtrcon", info: $0) }
        return rcond
    }

    /// The leading `order × order` upper-triangular block of `R`.
    func leadingR(_ order: Int) -> Matrix {
        var block = Matrix(rows: order, columns: order)
        for j in 0..<order {
            for i in 0...j { block[i, j] = factor[i, j] }
        }
        return block
    }
}
