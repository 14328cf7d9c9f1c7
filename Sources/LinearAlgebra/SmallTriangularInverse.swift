/// The inverse of a small upper-triangular matrix by back substitution in Swift, with its
/// exact 1-norm condition number: for the few-column problems where LAPACK's per-call set-up
/// (`dtrcon`, `dgeqp3`, `dtrtri`) costs more than the arithmetic.
struct SmallTriangularInverse {
    /// `R⁻¹`, upper triangular.
    let inverse: Matrix
    /// `κ₁ = ‖R‖₁·‖R⁻¹‖₁`, which `dtrcon` estimates from below; within a factor `p` of the
    /// 2-norm condition number `κ₂` either way.
    let condition: Double
    /// An upper bound of the 2-norm condition number `κ₂ = ‖R‖₂·‖R⁻¹‖₂`, from
    /// `‖A‖₂² ≤ ‖A‖₁·‖A‖∞` for `R` and for `R⁻¹`.
    let twoNormConditionBound: Double

    /// Inverts `r`; `nil` when a diagonal entry is zero or the inverse is not finite.
    init?(_ r: Matrix) {
        let p = r.rows
        var inverse = Matrix(rows: p, columns: p)
        var finite = true
        r.storage.withUnsafeBufferPointer { a in
            inverse.storage.withUnsafeMutableBufferPointer { b in
                // Column j of R⁻¹ solves R·x = e_j, upper triangular, zero below j.
                for j in 0..<p {
                    b[j * p + j] = 1 / a[j * p + j]
                    var i = j - 1
                    while i >= 0 {
                        var sum = 0.0
                        for k in (i + 1)...j { sum += a[k * p + i] * b[j * p + k] }
                        b[j * p + i] = -sum / a[i * p + i]
                        i -= 1
                    }
                    for i in 0...j { finite = finite && b[j * p + i].isFinite }
                }
            }
        }
        guard finite else { return nil }
        self.inverse = inverse
        condition = Self.oneNorm(r) * Self.oneNorm(inverse)
        twoNormConditionBound = (condition * Self.infinityNorm(r) * Self.infinityNorm(inverse)).squareRoot()
    }

    /// `R⁻¹·z`.
    func times(_ z: [Double]) -> [Double] {
        let p = inverse.rows
        return (0..<p).map { i in (i..<p).reduce(0) { $0 + inverse[i, $1] * z[$1] } }
    }

    /// `R⁻¹·R⁻ᵀ`, symmetric.
    func gramOfRows() -> Matrix {
        let p = inverse.rows
        var product = Matrix(rows: p, columns: p)
        for j in 0..<p {
            for i in 0...j {
                // Rows i and j of R⁻¹ overlap from column max(i, j) = j on.
                let value = (j..<p).reduce(0) { $0 + inverse[i, $1] * inverse[j, $1] }
                product[i, j] = value
                product[j, i] = value
            }
        }
        return product
    }

    /// The largest row sum of absolute values.
    static func infinityNorm(_ m: Matrix) -> Double {
        (0..<m.rows).reduce(0) { largest, i in
            max(largest, (0..<m.columns).reduce(0) { $0 + abs(m[i, $1]) })
        }
    }

    /// The largest column sum of absolute values.
    static func oneNorm(_ m: Matrix) -> Double {
        (0..<m.columns).reduce(0) { largest, j in
            max(largest, (0..<m.rows).reduce(0) { $0 + abs(m[$1, j]) })
        }
    }
}
