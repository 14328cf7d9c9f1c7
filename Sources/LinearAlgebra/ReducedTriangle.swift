/// The `p × p` triangle of a least-squares problem, ready to solve: in the column order the
/// solution uses, with `Qᵀy` in the same basis, its condition number, and for small problems
/// its inverse.
struct ReducedTriangle {
    /// Column `k` of ``r`` is column `order[k]` of the design.
    let order: [Int]
    /// Upper-triangular factor of the (scaled) design in that order.
    let r: Matrix
    /// `Qᵀy` in the same basis.
    let qty: [Double]
    /// 1-norm condition number of ``r``: LAPACK's estimate, or exact for small problems.
    let condition: Double
    /// `R⁻¹`, when it was computed on the way.
    let inverse: SmallTriangularInverse?

    /// The unpivoted triangle when it is certainly of full rank: a pivoted QR would find
    /// every `|Rₖₖ| ≥ σ_min = ‖R‖₂/κ₂` and `|R₀₀| ≤ ‖R‖₂`, and `κ₂ ≤ p·κ₁`, so
    /// `p·κ₁ < 1/tolerance` leaves no pivot at or below `tolerance·|R₀₀|`. `nil` otherwise.
    static func clearlyFullRank(_ triangle: (r: Matrix, qty: [Double], residualNorm: Double),
                                tolerance: Double) -> ReducedTriangle? {
        guard let inverse = SmallTriangularInverse(triangle.r) else { return nil }
        let p = triangle.r.rows
        guard Double(p) * inverse.condition * tolerance < 1 else { return nil }
        return ReducedTriangle(order: Array(0..<p), r: triangle.r, qty: triangle.qty,
                               condition: inverse.condition, inverse: inverse)
    }

    /// The triangle re-factored with column pivoting (`dgeqp3`), which reveals the rank.
    /// - Throws: ``LinearAlgebraError/rankDeficient(_:)`` naming the dependent columns.
    static func pivoted(_ triangle: (r: Matrix, qty: [Double], residualNorm: Double), tolerance: Double,
                        scales: [Double]) throws -> ReducedTriangle {
        let p = triangle.r.rows
        let pivoted = try PivotedQR(triangle.r)
        let rank = pivoted.rank(relativeTolerance: tolerance)
        guard rank == p else {
            throw LinearAlgebraError.rankDeficient(LeastSquares.dependencies(of: pivoted, rank: rank, scales: scales))
        }
        let rcond = try pivoted.reciprocalCondition(order: p)
        return ReducedTriangle(order: pivoted.permutation, r: pivoted.leadingR(p),
                               qty: try pivoted.qTransposeTimes(triangle.qty),
                               condition: rcond > 0 ? 1 / rcond : .infinity, inverse: nil)
    }
}
