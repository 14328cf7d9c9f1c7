internal import CLapack

/// The triangle of a long `[X y]` from two Cholesky factorizations of Gram matrices
/// (CholeskyQR2), for data with many rows per column, where Householder QR sweeps the whole
/// matrix once per column and is bound by memory traffic.
///
/// With `A = [X·S  y·s]` (`S`, `s` powers of two that bring every column's norm near 1):
/// 1. `G = AᵀA` by `dsyrk`, `dgemv` and `ddot` straight from the caller's storage (the powers
///    of two are applied to `G` afterwards, which is exact), and `R₁ = chol(G)`.
/// 2. `G₂ = (A·R₁⁻¹)ᵀ(A·R₁⁻¹)`, accumulated over row blocks that fit in cache, so the matrix
///    `A·R₁⁻¹` is never stored; `R₂ = chol(G₂)`.
/// 3. `R = R₂·R₁`.
///
/// Yamamoto, Nakatsukasa, Yanagisawa and Fukaya (*Roundoff error analysis of the CholeskyQR2
/// algorithm*, ETNA 44, 2015) prove that when `8·κ₂(A)·√(m·q·u + q(q+1)·u) ≤ 1` (`m` rows,
/// `q` columns, `u` the unit roundoff) the result has Householder QR's quality: `A = Q·R` with
/// `‖A − Q·R‖ = O(u)‖A‖` and `‖QᵀQ − I‖ = O(u)`. ``reduce(_:_:)`` bounds `κ₂(A)` from `R₁`
/// and returns `nil` when the condition cannot be shown; the caller then takes Householder QR.
enum CholeskyQR2 {
    /// Whether a problem is long enough for this path to pay: beyond the small-problem path of
    /// ``SmallHouseholderQR`` and with at least 100 rows per column of `[X y]`. Squarer data is
    /// left to blocked Householder QR, which is compute-bound there and does less arithmetic
    /// (at 10,000 × 501 this path took 0.40 s of CPU against 0.31 s for `dgeqrf`).
    static func applies(rows n: Int, columns p: Int) -> Bool {
        n * (p + 1) > 65_536 && n >= 100 * (p + 1)
    }

    /// The column scales of `X` and the triangle of the scaled `[X y]`: the `p × p` factor of
    /// `X·S`, `(Qᵀy)[0..<p]` and `‖y − X·β‖`, as ``LeastSquares`` reads them from Householder
    /// QR. `nil` when the data is not finite, a column's squares leave the safe range, a
    /// Cholesky factorization fails, or `[X y]` is too ill-conditioned for the guarantee.
    static func reduce(_ x: Matrix, _ y: [Double]) throws
        -> (scales: [Double], triangle: (r: Matrix, qty: [Double], residualNorm: Double))? {
        let n = x.rows, p = x.columns, q = p + 1
        let (n32, p32, q32) = (try LAPACK.int(n), try LAPACK.int(p), try LAPACK.int(q))

        var gram = [Double](repeating: 0, count: q * q)
        x.storage.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                gram.withUnsafeMutableBufferPointer { g in
                    cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, p32, n32, 1, xs.baseAddress, n32,
                                0, g.baseAddress, q32)
                    cblas_dgemv(CblasColMajor, CblasTrans, n32, p32, 1, xs.baseAddress, n32, ys.baseAddress, 1,
                                0, g.baseAddress! + p * q, 1)
                    g[p * q + p] = cblas_ddot(n32, ys.baseAddress, 1, ys.baseAddress, 1)
                }
            }
        }
        // A NaN or an infinity in a column makes its sum of squares NaN or infinite; sums of
        // squares far from 1 could have lost entries to underflow. Either way: Householder.
        var scales = [Double](repeating: 1, count: q)
        for j in 0..<q {
            let squares = gram[j * q + j]
            guard squares > 0x1p-960, squares < 0x1p960 else { return nil }
            scales[j] = Double(sign: .plus, exponent: -squares.squareRoot().exponent, significand: 1)
        }
        for j in 0..<q {
            for i in 0...j { gram[j * q + i] *= scales[i] * scales[j] }
        }
        guard try factor(&gram, order: q32),
              let conditionBound = conditionBound(of: gram, order: q, rows: n),
              8 * conditionBound * (Double(n) * Double(q) * unitRoundoff + Double(q * (q + 1)) * unitRoundoff).squareRoot() <= 1
        else { return nil }
        let first = gram

        var second = try secondGram(x, y, scales: scales, first: first)
        guard try factor(&second, order: q32) else { return nil }
        var r = first
        second.withUnsafeBufferPointer { r2 in
            r.withUnsafeMutableBufferPointer { r1 in
                cblas_dtrmm(CblasColMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, q32, q32, 1,
                            r2.baseAddress, q32, r1.baseAddress, q32)
            }
        }
        var triangle = Matrix(rows: p, columns: p)
        for j in 0..<p {
            for i in 0...j { triangle[i, j] = r[j * q + i] }
        }
        let qty = (0..<p).map { r[p * q + $0] / scales[p] }
        return (Array(scales.prefix(p)), (triangle, qty, r[p * q + p] / scales[p]))
    }

    /// `u = 2⁻⁵³`.
    static let unitRoundoff = Double.ulpOfOne / 2

    /// Upper Cholesky factor in place (the strict lower triangle stays as it was); `false` when
    /// the matrix is not numerically positive definite.
    static func factor(_ matrix: inout [Double], order q: Int32) throws -> Bool {
        let info = matrix.withUnsafeMutableBufferPointer {
            LAPACKE_dpotrf_work(LAPACK.columnMajor, LAPACK.flag("U"), q, $0.baseAddress, q)
        }
        if info < 0 { throw LinearAlgebraError.invalidArgument(routine: "dpotrf", position: Int(-info)) }
        return info == 0
    }

    /// An upper bound of `κ₂(A)` from `R₁`, `nil` when none can be given.
    ///
    /// `K = ‖R₁‖_F·‖R₁⁻¹‖_F ≥ κ₂(R₁)`. `R₁ᵀR₁` differs from `AᵀA` by the rounding of the Gram
    /// matrix and of the factorization, at most `c·‖A‖²` with `c = q·γ₍ₘ₊q₊₁₎`, so
    /// `κ₂(A)² ≤ K² / (1 − c·(1 + K²))`.
    static func conditionBound(of r: [Double], order q: Int, rows m: Int) -> Double? {
        var inverse = r
        let q32 = Int32(q)
        let info = inverse.withUnsafeMutableBufferPointer {
            LAPACKE_dtrtri_work(LAPACK.columnMajor, LAPACK.flag("U"), LAPACK.flag("N"), q32, $0.baseAddress, q32)
        }
        guard info == 0 else { return nil }
        var normSquares = 0.0, inverseSquares = 0.0
        for j in 0..<q {
            for i in 0...j {
                normSquares += r[j * q + i] * r[j * q + i]
                inverseSquares += inverse[j * q + i] * inverse[j * q + i]
            }
        }
        let k = (normSquares * inverseSquares).squareRoot()
        let steps = Double(m + q + 1) * unitRoundoff
        let c = Double(q) * steps / (1 - steps)
        let denominator = 1 - c * (1 + k * k)
        guard k.isFinite, denominator > 0 else { return nil }
        return k / denominator.squareRoot()
    }

    /// `(A·R₁⁻¹)ᵀ(A·R₁⁻¹)`, upper triangle, over row blocks of about 4 MB: each block of
    /// `A = [X·S  y·s]` is copied scaled, solved against `R₁` (`dtrsm`) and added by `dsyrk`.
    static func secondGram(_ x: Matrix, _ y: [Double], scales: [Double], first: [Double]) throws -> [Double] {
        let n = x.rows, p = x.columns, q = p + 1
        let q32 = try LAPACK.int(q)
        let blockRows = min(n, max(256, (1 << 19) / q))
        var gram = [Double](repeating: 0, count: q * q)
        var block = [Double](repeating: 0, count: blockRows * q)
        x.storage.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                first.withUnsafeBufferPointer { r1 in
                    gram.withUnsafeMutableBufferPointer { g in
                        block.withUnsafeMutableBufferPointer { b in
                            for start in stride(from: 0, to: n, by: blockRows) {
                                let m = min(blockRows, n - start), m32 = Int32(m)
                                for j in 0..<p {
                                    let scale = scales[j], source = xs.baseAddress! + j * n + start
                                    let target = b.baseAddress! + j * m
                                    for i in 0..<m { target[i] = source[i] * scale }
                                }
                                let yScale = scales[p], target = b.baseAddress! + p * m
                                for i in 0..<m { target[i] = ys[start + i] * yScale }
                                cblas_dtrsm(CblasColMajor, CblasRight, CblasUpper, CblasNoTrans, CblasNonUnit,
                                            m32, q32, 1, r1.baseAddress, q32, b.baseAddress, m32)
                                cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, q32, m32, 1, b.baseAddress, m32,
                                            1, g.baseAddress, q32)
                            }
                        }
                    }
                }
            }
        }
        return gram
    }
}
