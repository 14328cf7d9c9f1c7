import Foundation
internal import CLapack

/// Linear least squares `min ‖X·β − y‖₂` with numerical rank detection, inverse Gram matrix
/// `(XᵀX)⁻¹` for inference, and automatic extra precision for ill-conditioned designs.
///
/// The method:
/// 1. Columns are scaled by powers of two (exact) to comparable norms.
/// 2. `[X y]` is reduced to a triangle. Long data (many rows per column) goes through
///    CholeskyQR2 (`CholeskyQR2`: two Cholesky factorizations of Gram matrices, as accurate as
///    Householder QR where its condition-number guarantee holds, which is checked); other data,
///    and long data outside that guarantee, by Householder QR: LAPACK's `dgeqr` (tall-skinny QR)
///    or `dgeqrf`, or the same reflections written out in Swift for small problems
///    (`SmallHouseholderQR`).
/// 3. The small `p × p` factor is re-factored with column pivoting (`dgeqp3`); its diagonal
///    reveals the rank exactly as a pivoted QR of `X` itself would. A rank-deficient design is
///    reported (``LinearAlgebraError/rankDeficient(_:)``) with the combination that makes each
///    dependent column, never solved. Small problems skip the pivoting when the triangle's
///    exact condition number proves that no pivot could fall below the rank tolerance.
/// 4. The first-order perturbation bound of least squares,
///    `ε·(2κ/cos θ + κ²·tan θ)` with `κ` the triangle's 2-norm condition number (for small
///    problems an upper bound from the 1- and ∞-norms of `R` and `R⁻¹`, for larger ones
///    `dtrcon`'s 1-norm estimate; when that misses the target, the exact value from the
///    triangle's singular values) and `θ` the angle between `y` and
///    the fitted values, estimates the relative error of the double-precision result. Where it
///    exceeds the target, the problem is solved again by Householder QR in double-double
///    arithmetic, using the exact design `X + lowOrderPart` when the caller supplies the
///    low-order part of computed columns (powers, products). The target is strict
///    (``Options/targetRelativeError``) while the extra work is small, `n·p² ≤`
///    ``Options/smallProblemWork``, and looser (``Options/largeProblemTargetRelativeError``)
///    beyond, where the bound — pessimistic for well-conditioned data — would otherwise
///    double the cost of ordinary fits.
public enum LeastSquares {
    /// How much precision to spend.
    public enum Precision: Sendable {
        /// Double precision, switching to double-double when the design is ill-conditioned.
        case automatic
        /// Double precision only (LAPACK).
        case double
        /// Always double-double.
        case extended
    }

    /// Solver settings.
    public struct Options: Sendable {
        /// Precision policy; `.automatic` by default.
        public var precision: Precision
        /// A pivot `|Rₖₖ|` at or below `rankTolerance · |R₀₀|` (of the column-scaled design)
        /// makes column `k` dependent. `nil` uses `10 · √max(n, p) · ε`.
        public var rankTolerance: Double?
        /// With `.automatic`, a double-precision result of a small problem whose estimated
        /// relative error exceeds this is recomputed in double-double.
        public var targetRelativeError: Double
        /// The same for problems larger than ``smallProblemWork``.
        public var largeProblemTargetRelativeError: Double
        /// `n·p²` up to which a problem counts as small.
        public var smallProblemWork: Double

        /// Settings; the defaults suit statistical work.
        public init(precision: Precision = .automatic, rankTolerance: Double? = nil,
                    targetRelativeError: Double = 1e-14, largeProblemTargetRelativeError: Double = 1e-12,
                    smallProblemWork: Double = 1e6) {
            self.precision = precision
            self.rankTolerance = rankTolerance
            self.targetRelativeError = targetRelativeError
            self.largeProblemTargetRelativeError = largeProblemTargetRelativeError
            self.smallProblemWork = smallProblemWork
        }
    }

    /// A least-squares solution with what inference needs.
    public struct Solution: Sendable {
        /// `β`, one per column of `X`.
        public let coefficients: [Double]
        /// `y − X·β`.
        public let residuals: [Double]
        /// `‖y − X·β‖²`.
        public let residualSumOfSquares: Double
        /// `(XᵀX)⁻¹`, `p × p`; times `σ²` it is the covariance of `β`.
        public let unscaledCovariance: Matrix
        /// 1-norm condition number of the column-scaled design: LAPACK's estimate, or exact
        /// for small problems.
        public let scaledConditionEstimate: Double
        /// Estimated relative error of a double-precision solution (the perturbation bound).
        public let doublePrecisionErrorEstimate: Double
        /// The triangular factor `R` of `X = Q·R` (unpivoted, unscaled): `RᵀR = XᵀX`, so its
        /// singular values are those of `X`.
        public let triangularFactor: Matrix
        /// Whether the double-double solver produced the result.
        public let usedExtendedPrecision: Bool
    }

    /// Solves `min ‖X·β − y‖₂`.
    /// - Parameters:
    ///   - x: the design, `n × p` with `n > p`.
    ///   - lowOrderPart: optionally, what rounding left out of `x`'s entries (the `lo` of
    ///     double-double columns), so that `x + lowOrderPart` is the exact design. Only the
    ///     double-double solver reads it.
    ///   - y: the response, length `n`.
    ///   - options: precision and rank settings.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(_:)`` unless `X` has more rows than
    ///   columns and `y` one entry per row; ``LinearAlgebraError/nonFinite(_:)`` for NaN or
    ///   infinity; ``LinearAlgebraError/rankDeficient(_:)`` for a rank-deficient `X`.
    public static func solve(_ x: Matrix, lowOrderPart: Matrix? = nil, _ y: [Double],
                             options: Options = Options()) throws -> Solution {
        let n = x.rows, p = x.columns
        guard y.count == n else {
            throw LinearAlgebraError.dimensionMismatch("\(n) rows in X but \(y.count) in y")
        }
        guard p > 0, n > p else {
            throw LinearAlgebraError.dimensionMismatch("least squares needs more rows than columns (\(n) rows, \(p) columns)")
        }
        if let low = lowOrderPart, low.rows != n || low.columns != p {
            throw LinearAlgebraError.dimensionMismatch("low-order part is \(low.rows)×\(low.columns), design \(n)×\(p)")
        }

        let scales: [Double]
        let triangle: (r: Matrix, qty: [Double], residualNorm: Double)
        if CholeskyQR2.applies(rows: n, columns: p), let reduced = try CholeskyQR2.reduce(x, y) {
            (scales, triangle) = reduced
        } else {
            scales = try columnScales(x)
            guard var augmented = scaledAugmented(x, scales: scales, y) else {
                throw LinearAlgebraError.nonFinite(x.isFinite ? "the response" : "the design matrix")
            }
            triangle = SmallHouseholderQR.applies(rows: n, columns: p)
                ? SmallHouseholderQR.reduce(&augmented, order: p) : try upperTriangleOfQR(&augmented, order: p)
        }

        let tolerance = options.rankTolerance ?? 10 * Double(max(n, p)).squareRoot() * Double.ulpOfOne
        let reduced = try SmallHouseholderQR.applies(rows: n, columns: p)
            ? ReducedTriangle.clearlyFullRank(triangle, tolerance: tolerance)
                ?? ReducedTriangle.pivoted(triangle, tolerance: tolerance, scales: scales)
            : ReducedTriangle.pivoted(triangle, tolerance: tolerance, scales: scales)
        let (order, condition, z) = (reduced.order, reduced.condition, reduced.qty)
        let fittedNorm = z.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let residualNorm = abs(triangle.residualNorm)
        let tangent = fittedNorm > 0 ? residualNorm / fittedNorm : .infinity
        let cosine = fittedNorm > 0 ? fittedNorm / (fittedNorm * fittedNorm + residualNorm * residualNorm).squareRoot() : 0
        // The bound in a condition number κ: the 2-norm one of the theory where it is known or
        // bounded, otherwise the 1-norm estimate.
        func bound(_ kappa: Double) -> Double {
            Double.ulpOfOne * (2 * kappa / max(cosine, .leastNormalMagnitude) + kappa * kappa * tangent)
        }
        var errorEstimate = bound(reduced.inverse?.twoNormConditionBound ?? condition)

        let extended: Bool
        switch options.precision {
        case .double: extended = false
        case .extended: extended = true
        case .automatic:
            let small = Double(n) * Double(p) * Double(p) <= options.smallProblemWork
            let target = small ? options.targetRelativeError : options.largeProblemTargetRelativeError
            // The bound's κ (an upper bound of κ₂, or the 1-norm estimate) can be a few times κ₂
            // itself; when the bound misses the target, the exact κ₂ from the triangle's singular
            // values (O(p³), far less than a double-double solve) decides.
            if errorEstimate > target, let exact = try? reduced.r.conditionNumber() {
                errorEstimate = min(errorEstimate, bound(exact))
            }
            extended = !(errorEstimate <= target)
        }
        var coefficients = [Double](repeating: 0, count: p)
        var covariance = Matrix(rows: p, columns: p)
        var residuals: [Double]
        var rss: Double

        if extended {
            // Solve the scaled, pivoted problem afresh in double-double.
            let result = try ExtendedPrecisionQR.solve(
                x.selectingColumns(order), lowOrderPart: lowOrderPart?.selectingColumns(order),
                scales: order.map { scales[$0] }, y)
            for (k, j) in order.enumerated() {
                coefficients[j] = result.coefficients[k]
                for (l, m) in order.enumerated() { covariance[j, m] = result.unscaledCovariance[k, l] }
            }
            residuals = result.residuals
            rss = result.residualSumOfSquares
        } else {
            let solved = try reduced.inverse?.times(z) ?? solveUpper(reduced.r, z)
            let rInverse = try reduced.inverse?.gramOfRows() ?? invertUpper(reduced.r)
            for (k, j) in order.enumerated() {
                coefficients[j] = solved[k] * scales[j]
                for (l, m) in order.enumerated() {
                    covariance[j, m] = rInverse[k, l] * scales[j] * scales[m]
                }
            }
            residuals = try x.residuals(y, coefficients)
            rss = residuals.reduce(0) { $0 + $1 * $1 }
        }
        return Solution(coefficients: coefficients, residuals: residuals, residualSumOfSquares: rss,
                        unscaledCovariance: covariance, scaledConditionEstimate: condition,
                        doublePrecisionErrorEstimate: errorEstimate,
                        triangularFactor: unscaled(triangle.r, scales), usedExtendedPrecision: extended)
    }

    /// Powers of two that bring each column's 2-norm near 1 (exact scaling); 1 for a zero column.
    static func columnScales(_ x: Matrix) throws -> [Double] {
        let n32 = try LAPACK.int(x.rows)
        return (0..<x.columns).map { j in
            let norm = x.storage.withUnsafeBufferPointer { cblas_dnrm2(n32, $0.baseAddress! + j * x.rows, 1) }
            guard norm > 0, norm.isFinite else { return 1 }
            // Clamped so that the scale itself stays a finite normal number.
            return Double(sign: .plus, exponent: min(1023, max(-1022, -norm.exponent)), significand: 1)
        }
    }

    /// `[X·S y]` (`S` the diagonal of `scales`) in one pass over fresh storage, or `nil` when
    /// `X` or `y` holds a NaN or an infinity.
    static func scaledAugmented(_ x: Matrix, scales: [Double], _ y: [Double]) -> Matrix? {
        let n = x.rows, p = x.columns
        // A value is NaN or infinite when all its exponent bits are set; or-ing the test's
        // result as an integer keeps the loop branch-free, so that it vectorizes.
        let exponentBits: UInt64 = 0x7FF0_0000_0000_0000
        var nonFinite: UInt64 = 0
        let storage = [Double](unsafeUninitializedCapacity: n * (p + 1)) { buffer, count in
            x.storage.withUnsafeBufferPointer { source in
                for j in 0..<p {
                    let scale = scales[j], offset = j * n
                    for i in offset..<(offset + n) {
                        let value = source[i]
                        nonFinite |= (value.bitPattern & exponentBits) == exponentBits ? 1 : 0
                        buffer[i] = value * scale
                    }
                }
            }
            for i in 0..<n {
                nonFinite |= (y[i].bitPattern & exponentBits) == exponentBits ? 1 : 0
                buffer[p * n + i] = y[i]
            }
            count = n * (p + 1)
        }
        guard nonFinite == 0 else { return nil }
        return try? Matrix(rows: n, columns: p + 1, columnMajor: storage)
    }

    /// Householder QR of `[X y]` in place; returns the `p × p` triangle of `X`, `(Qᵀy)[0..<p]`
    /// and `±‖y − X·β‖` (the last diagonal entry).
    ///
    /// For long data (at least 100 rows per column) LAPACK's `dgeqr` takes the tall-skinny QR
    /// (`dlatsqr`), which reads the matrix in cache-sized row blocks instead of once per
    /// column; squarer data goes to the blocked `dgeqrf`, which `dgeqr` would replace by a
    /// slower `dgeqrt`. `y` rides along as the last column, so `Q` itself is never needed. The
    /// `_work` interfaces skip LAPACKE's NaN scan: the input has been checked already.
    static func upperTriangleOfQR(_ a: inout Matrix, order p: Int) throws
        -> (r: Matrix, qty: [Double], residualNorm: Double) {
        let n = a.rows
        let (m32, n32) = (try LAPACK.int(n), try LAPACK.int(p + 1))
        if n < 100 * (p + 1) {
            var tau = [Double](repeating: 0, count: p + 1), workQuery = [0.0]
            var info = a.storage.withUnsafeMutableBufferPointer { ap in
                LAPACKE_dgeqrf_work(LAPACK.columnMajor, m32, n32, ap.baseAddress, m32, &tau, &workQuery, -1)
            }
            try LAPACK.check(info, "dgeqrf") { .noConvergence(routine: "dgeqrf", info: $0) }
            var work = [Double](repeating: 0, count: max(1, Int(workQuery[0])))
            let workSize = try LAPACK.int(work.count)
            info = a.storage.withUnsafeMutableBufferPointer { ap in
                LAPACKE_dgeqrf_work(LAPACK.columnMajor, m32, n32, ap.baseAddress, m32, &tau, &work, workSize)
            }
            try LAPACK.check(info, "dgeqrf") { .noConvergence(routine: "dgeqrf", info: $0) }
            return triangle(of: a, order: p)
        }
        var tQuery = [Double](repeating: 0, count: 5), workQuery = [0.0]
        var info = a.storage.withUnsafeMutableBufferPointer { ap in
            LAPACKE_dgeqr_work(LAPACK.columnMajor, m32, n32, ap.baseAddress, m32, &tQuery, -1, &workQuery, -1)
        }
        try LAPACK.check(info, "dgeqr") { .noConvergence(routine: "dgeqr", info: $0) }
        var t = [Double](repeating: 0, count: max(5, Int(tQuery[0])))
        var work = [Double](repeating: 0, count: max(1, Int(workQuery[0])))
        let (tSize, workSize) = (try LAPACK.int(t.count), try LAPACK.int(work.count))
        info = a.storage.withUnsafeMutableBufferPointer { ap in
            LAPACKE_dgeqr_work(LAPACK.columnMajor, m32, n32, ap.baseAddress, m32, &t, tSize, &work, workSize)
        }
        try LAPACK.check(info, "dgeqr") { .noConvergence(routine: "dgeqr", info: $0) }
        return triangle(of: a, order: p)
    }

    /// The `p × p` triangle, `(Qᵀy)[0..<p]` and `±‖y − X·β‖` from a factored `[X y]`.
    static func triangle(of a: Matrix, order p: Int) -> (r: Matrix, qty: [Double], residualNorm: Double) {
        let n = a.rows
        var r = Matrix(rows: p, columns: p)
        for j in 0..<p {
            for i in 0...j { r[i, j] = a.storage[j * n + i] }
        }
        let qty = (0..<p).map { a.storage[p * n + $0] }
        return (r, qty, a.storage[p * n + p])
    }

    /// `R·S⁻¹`: the triangle of the unscaled design from that of the scaled one.
    static func unscaled(_ r: Matrix, _ scales: [Double]) -> Matrix {
        var result = r
        for j in 0..<r.columns {
            for i in 0..<r.rows { result[i, j] /= scales[j] }
        }
        return result
    }

    /// Solves `R·z = b` for upper-triangular `R` (LAPACK `dtrtrs`).
    static func solveUpper(_ r: Matrix, _ b: [Double]) throws -> [Double] {
        var z = b
        let n32 = try LAPACK.int(r.rows)
        let info = r.storage.withUnsafeBufferPointer { rp in
            z.withUnsafeMutableBufferPointer {
                LAPACKE_dtrtrs(LAPACK.columnMajor, LAPACK.flag("U"), LAPACK.flag("N"), LAPACK.flag("N"),
                               n32, 1, rp.baseAddress, n32, $0.baseAddress, n32)
            }
        }
        try LAPACK.check(info, "dtrtrs") { .singular(position: $0) }
        return z
    }

    /// `R⁻¹R⁻ᵀ` for upper-triangular `R` (LAPACK `dtrtri` then `dlauum`), symmetric.
    static func invertUpper(_ r: Matrix) throws -> Matrix {
        var inverse = r
        let n32 = try LAPACK.int(r.rows)
        var info = inverse.storage.withUnsafeMutableBufferPointer {
            LAPACKE_dtrtri(LAPACK.columnMajor, LAPACK.flag("U"), LAPACK.flag("N"), n32, $0.baseAddress, n32)
        }
        try LAPACK.check(info, "dtrtri") { .singular(position: $0) }
        info = inverse.storage.withUnsafeMutableBufferPointer {
            LAPACKE_dlauum(LAPACK.columnMajor, LAPACK.flag("U"), n32, $0.baseAddress, n32)
        }
        try LAPACK.check(info, "dlauum") { .singular(position: $0) }
        inverse.mirrorUpperTriangle()
        return inverse
    }

    /// For each column past the rank, the combination of basis columns that reproduces it:
    /// `R₁₁·c = R₁₂[:, k]`, expressed in the original (unscaled) columns.
    static func dependencies(of qr: PivotedQR, rank: Int, scales: [Double]) -> RankDeficiency {
        let order = qr.permutation, p = order.count
        let r11 = qr.leadingR(rank)
        let items = (rank..<p).map { k -> RankDeficiency.Dependency in
            let dependent = order[k]
            let rhs = (0..<rank).map { qr.factor[$0, k] }
            let weights = rank > 0 ? ((try? solveUpper(r11, rhs)) ?? []) : []
            let largest = weights.map(abs).max() ?? 0
            let combination = weights.enumerated().compactMap { i, w -> (column: Int, weight: Double)? in
                guard abs(w) > 1e-9 * largest else { return nil }
                return (order[i], w * scales[order[i]] / scales[dependent])
            }.sorted { $0.column < $1.column }
            return RankDeficiency.Dependency(column: dependent, combination: combination)
        }
        return RankDeficiency(rank: rank, columnCount: p, dependencies: items.sorted { $0.column < $1.column })
    }
}
