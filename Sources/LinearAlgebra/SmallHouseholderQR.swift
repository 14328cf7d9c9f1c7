/// Householder QR of a small `[X y]` in Swift, for the many small fits where calling LAPACK
/// costs more than the arithmetic: for `n = 52`, `p = 5`, `dgeqr` executes some twenty times
/// the instructions of the reflections themselves (blocking set-up, `dgemm` and `dtrmm` calls
/// on 6-column blocks).
///
/// The algorithm is LAPACK's unblocked `dgeqr2` with `dlarfg`'s reflector convention:
/// `Hₖ = I − τ·v·vᵀ` with `v₀ = 1`, `Rₖₖ = β = −sign(αₖ)·‖xₖ‖`. Columns of `X` must already be
/// scaled to norms near 1 (``LeastSquares`` scales them by powers of two), so their sums of
/// squares cannot overflow; the response column is only reflected, and its residual norm is
/// taken with scaling.
enum SmallHouseholderQR {
    /// Whether a problem is small enough for this path: few columns, so that the unblocked
    /// reflections (one pass over `[X y]` per column) stay in cache.
    static func applies(rows n: Int, columns p: Int) -> Bool { p <= 16 && n * (p + 1) <= 65_536 }

    /// Reduces `a = [X y]` (`n × (p+1)`, column-major) in place; returns the `p × p` triangle of
    /// `X`, `(Qᵀy)[0..<p]` and `‖y − X·β‖`.
    static func reduce(_ a: inout Matrix, order p: Int) -> (r: Matrix, qty: [Double], residualNorm: Double) {
        let n = a.rows
        a.storage.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for k in 0..<p {
                let v = base + k * n  // Column k: becomes β on the diagonal and v below it.
                var tailSquares = 0.0
                for i in (k + 1)..<n { tailSquares += v[i] * v[i] }
                let alpha = v[k]
                guard tailSquares > 0 else { continue }  // Already upper triangular: H = I.
                let norm = (alpha * alpha + tailSquares).squareRoot()
                let beta = alpha >= 0 ? -norm : norm
                let tau = (beta - alpha) / beta
                let scale = 1 / (alpha - beta)
                for i in (k + 1)..<n { v[i] *= scale }
                v[k] = beta
                for j in (k + 1)...p {
                    let target = base + j * n
                    var w = target[k]
                    for i in (k + 1)..<n { w += v[i] * target[i] }
                    w *= tau
                    target[k] -= w
                    for i in (k + 1)..<n { target[i] -= w * v[i] }
                }
            }
        }
        // The last diagonal entry LAPACK would leave is ±‖residual‖; here its norm is taken with
        // scaling, since the response column was never scaled.
        let factored = LeastSquares.triangle(of: a, order: p)
        return (factored.r, factored.qty, scaledNorm(a.storage[(p * n + p)..<((p + 1) * n)]))
    }

    /// `‖x‖₂` without overflow or underflow in the squares.
    static func scaledNorm(_ x: ArraySlice<Double>) -> Double {
        let largest = x.reduce(0) { max($0, abs($1)) }
        guard largest > 0, largest.isFinite else { return largest }
        let inverse = 1 / largest
        var sum = 0.0
        for value in x { sum += (value * inverse) * (value * inverse) }
        return largest * sum.squareRoot()
    }
}
