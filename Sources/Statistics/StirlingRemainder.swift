import Foundation

extension SpecialFunctions {
    /// The remainder of Stirling's formula,
    /// `μ(z) = ln Γ(z) − (z − ½) ln z + z − ½ ln 2π`, for `z > 0`.
    ///
    /// Writing `Γ(z) = √(2π) z^(z−½) e^(−z) e^(μ(z))` lets ratios of gamma
    /// functions with large arguments be formed from `μ`, which is small
    /// (`μ(z) ≈ 1/(12z)`), instead of from differences of huge `ln Γ` values.
    ///
    /// For `z ≥ 10` the asymptotic (Binet) series
    /// `Σ B₂ₖ / (2k(2k−1) z^(2k−1))` is summed through `k = 7`; its first
    /// omitted term is below `3·10⁻¹⁷` there. Smaller arguments are shifted up
    /// with the recurrence `μ(z) = μ(z + 1) + (z + ½) ln(1 + 1/z) − 1`, whose
    /// terms are positive and well conditioned. Below `10⁻⁶` the definition is
    /// evaluated directly (`ln Γ(z) ≈ −ln z` there, so nothing cancels).
    static func stirlingRemainder(_ z: Double) -> Double {
        if z >= 10 { return stirlingSeries(z) }
        if z < 1e-6 {
            var sign: Int32 = 0
            return lgamma_r(z, &sign) - (z - 0.5) * log(z) + z - 0.918_938_533_204_672_741_78
        }
        var shift = 0.0
        var w = z
        while w < 10 {
            shift += (w + 0.5) * log1p(1 / w) - 1
            w += 1
        }
        return shift + stirlingSeries(w)
    }

    /// Binet's asymptotic series for `μ(z)`, used for `z ≥ 10`.
    private static func stirlingSeries(_ z: Double) -> Double {
        let r = 1 / z
        let r2 = r * r
        // Coefficients B₂ₖ / (2k(2k−1)) for k = 1...7.
        let c1 = 1.0 / 12, c2 = -1.0 / 360, c3 = 1.0 / 1260, c4 = -1.0 / 1680
        let c5 = 1.0 / 1188, c6 = -691.0 / 360_360, c7 = 1.0 / 156
        let tail = c5 + r2 * (c6 + r2 * c7)
        return r * (c1 + r2 * (c2 + r2 * (c3 + r2 * (c4 + r2 * tail))))
    }

    /// `ln(1 + u) − u` for `u > −1`, accurate to a few ulps even when `|u|` is
    /// small and the two terms nearly cancel.
    ///
    /// With `r = u / (2 + u)` one has `ln(1 + u) = 2 artanh r`, and
    /// `2r − u = −u r`, so
    ///
    ///     ln(1 + u) − u = −u r + 2 r³ (1/3 + r²/5 + r⁴/7 + …).
    ///
    /// For `−0.5 ≤ u ≤ 1` we have `|r| ≤ 1/3` and the series converges quickly;
    /// outside that range the direct difference loses nothing.
    static func log1pMinusX(_ u: Double) -> Double {
        guard u >= -0.5, u <= 1 else { return log1p(u) - u }
        let r = u / (2 + u)
        let r2 = r * r
        var power = 1.0
        var sum = 0.0
        var k = 3.0
        while true {
            let term = power / k
            sum += term
            if term <= 1e-17 * sum { break }
            power *= r2
            k += 2
        }
        return -u * r + 2 * r * r2 * sum
    }
}
