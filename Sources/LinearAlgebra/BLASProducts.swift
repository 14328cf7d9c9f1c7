internal import CLapack

/// Whether an operand enters a product as itself or transposed.
public enum Transpose: Sendable {
    case none, transposed

    var cblas: CBLAS_TRANSPOSE { self == .none ? CblasNoTrans : CblasTrans }
}

extension Matrix {
    /// `op(self) · op(other)` computed by BLAS `dgemm`.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(_:)`` when the inner dimensions differ.
    public func multiplied(by other: Matrix, transposeSelf: Transpose = .none,
                           transposeOther: Transpose = .none) throws -> Matrix {
        let (m, k) = transposeSelf == .none ? (rows, columns) : (columns, rows)
        let (k2, n) = transposeOther == .none ? (other.rows, other.columns) : (other.columns, other.rows)
        guard k == k2 else {
            throw LinearAlgebraError.dimensionMismatch("product of \(m)×\(k) and \(k2)×\(n)")
        }
        var result = Matrix(rows: m, columns: n)
        guard m > 0, n > 0 else { return result }
        if k == 0 { return result }
        let (m32, n32, k32) = (try LAPACK.int(m), try LAPACK.int(n), try LAPACK.int(k))
        let lda = try LAPACK.int(Swift.max(1, rows)), ldb = try LAPACK.int(Swift.max(1, other.rows))
        storage.withUnsafeBufferPointer { a in
            other.storage.withUnsafeBufferPointer { b in
                result.storage.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(CblasColMajor, transposeSelf.cblas, transposeOther.cblas,
                                m32, n32, k32, 1, a.baseAddress, lda, b.baseAddress, ldb,
                                0, c.baseAddress, m32)
                }
            }
        }
        return result
    }

    /// The Gram matrix `selfᵀ · self` (symmetric, both triangles filled), by BLAS `dsyrk`.
    public func gram() throws -> Matrix {
        var result = Matrix(rows: columns, columns: columns)
        guard columns > 0, rows > 0 else { return result }
        let n32 = try LAPACK.int(columns), k32 = try LAPACK.int(rows)
        storage.withUnsafeBufferPointer { a in
            result.storage.withUnsafeMutableBufferPointer { c in
                cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, n32, k32, 1,
                            a.baseAddress, k32, 0, c.baseAddress, n32)
            }
        }
        result.mirrorUpperTriangle()
        return result
    }

    /// `op(self) · vector` computed by BLAS `dgemv`.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(_:)`` when the vector length is wrong.
    public func multiplied(by vector: [Double], transpose: Transpose = .none) throws -> [Double] {
        let (m, n) = transpose == .none ? (rows, columns) : (columns, rows)
        guard vector.count == n else {
            throw LinearAlgebraError.dimensionMismatch("\(m)×\(n) matrix times vector of \(vector.count)")
        }
        var result = [Double](repeating: 0, count: m)
        guard m > 0, n > 0 else { return result }
        let r32 = try LAPACK.int(rows), c32 = try LAPACK.int(columns)
        storage.withUnsafeBufferPointer { a in
            vector.withUnsafeBufferPointer { x in
                result.withUnsafeMutableBufferPointer { y in
                    cblas_dgemv(CblasColMajor, transpose.cblas, r32, c32, 1, a.baseAddress,
                                Swift.max(1, r32), x.baseAddress, 1, 0, y.baseAddress, 1)
                }
            }
        }
        return result
    }

    /// `y − self · coefficients` in one BLAS `dgemv` on a copy of `y`.
    func residuals(_ y: [Double], _ coefficients: [Double]) throws -> [Double] {
        var result = y
        guard rows > 0, columns > 0 else { return result }
        let r32 = try LAPACK.int(rows), c32 = try LAPACK.int(columns)
        storage.withUnsafeBufferPointer { a in
            coefficients.withUnsafeBufferPointer { b in
                result.withUnsafeMutableBufferPointer { r in
                    cblas_dgemv(CblasColMajor, CblasNoTrans, r32, c32, -1, a.baseAddress, r32, b.baseAddress, 1,
                                1, r.baseAddress, 1)
                }
            }
        }
        return result
    }

    /// Copies the upper triangle onto the lower one (for results of symmetric routines).
    mutating func mirrorUpperTriangle() {
        for j in 0..<columns {
            for i in (j + 1)..<rows { self[i, j] = self[j, i] }
        }
    }
}
