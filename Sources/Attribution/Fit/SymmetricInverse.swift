import Foundation

/// The inverse of a small symmetric positive semi-definite matrix by a Cholesky
/// factorization that skips dependent columns: a column whose pivot falls below `1e-11` of
/// its diagonal (numerically a combination of the columns before it, or zero on the weeks
/// fitted, like an event outside a fold's training weeks) gets a zero row and column, so
/// its coefficient comes out 0.
enum SymmetricInverse {
    /// `a` is `size × size`, row-major; the result is too.
    static func pseudoInverse(_ a: [Double], size p: Int) -> [Double] {
        var factor = [Double](repeating: 0, count: p * p)  // lower triangle, row-major
        var kept = [Bool](repeating: false, count: p)
        for i in 0..<p {
            for j in 0...i {
                var sum = a[i * p + j]
                for k in 0..<j { sum -= factor[i * p + k] * factor[j * p + k] }
                if i == j {
                    let original = a[i * p + i]
                    if sum > 1e-11 * original, original > 0 {
                        factor[i * p + i] = sqrt(sum)
                        kept[i] = true
                    } else {
                        for k in 0..<i { factor[i * p + k] = 0 }
                    }
                } else {
                    factor[i * p + j] = kept[j] ? sum / factor[j * p + j] : 0
                }
            }
        }
        // Columns of the inverse: solve L Lᵀ x = e_col over the kept columns.
        var inverse = [Double](repeating: 0, count: p * p)
        var w = [Double](repeating: 0, count: p)
        for col in 0..<p where kept[col] {
            for i in 0..<p {
                guard kept[i] else {
                    w[i] = 0
                    continue
                }
                var sum = i == col ? 1.0 : 0.0
                for k in 0..<i { sum -= factor[i * p + k] * w[k] }
                w[i] = sum / factor[i * p + i]
            }
            var i = p - 1
            while i >= 0 {
                if kept[i] {
                    var sum = w[i]
                    for k in (i + 1)..<max(p, i + 1) { sum -= factor[k * p + i] * inverse[k * p + col] }
                    inverse[i * p + col] = sum / factor[i * p + i]
                }
                i -= 1
            }
        }
        return inverse
    }
}
