import Foundation

extension SpecialFunctions {
    /// `I_u(p, q)` for a small second parameter `q ≤ 1`, when `u` is so
    /// close to 1 (`v = 1 − u < (q + 1)/(p + q + 2)`) that the continued
    /// fraction of `I_u(p, q)` is on its slow side and the reflected tail
    /// `I_v(q, p)` is close to 1.
    ///
    /// Integrating `(1 − t)^(p−1) = Σ (1 − p)ⱼ tʲ / j!` term by term gives
    ///
    ///     I_v(q, p) = (v^q / (q B(p, q))) (1 + q S),   S = Σⱼ₌₁ (1 − p)ⱼ vʲ / (j! (q + j)),
    ///
    /// so with `w = ln(v^q / (q B(p, q)))`
    ///
    ///     I_u(p, q) = 1 − I_v(q, p) = −expm1(w) − eʷ q S.
    ///
    /// `expm1` gives the small difference `1 − eʷ` without cancellation, and
    /// for `p ≥ 1` both terms are non-negative. Because `p v < q + 1 ≤ 2`, the
    /// series converges quickly without significant cancellation. The
    /// exponent is assembled from small, accurately computed pieces:
    ///
    ///     w = q ln(v (p + q)) − ln Γ(q + 1) + p (ln(1 + q/p) − q/p) − ½ ln(1 + q/p) + μ(p + q) − μ(p),
    ///
    /// using `ln Γ(p + q) − ln Γ(p)` in Stirling form with remainder `μ`.
    static func betaSmallShapeTail(p: Double, q: Double, u: Double, v: Double) -> Double {
        let ratio = q / p
        let w = q * log(v * (p + q)) - logGamma(q + 1)
            + p * log1pMinusX(ratio) - 0.5 * log1p(ratio)
            + (stirlingRemainder(p + q) - stirlingRemainder(p))
        var coefficient = 1.0   // (1 − p)ⱼ vʲ / j!
        var sum = 0.0
        var j = 0.0
        while j < 10_000 {
            j += 1
            coefficient *= (j - p) * v / j
            let term = coefficient / (q + j)
            sum += term
            if abs(term) <= 0.5 * Double.ulpOfOne * abs(sum) { break }
        }
        return -expm1(w) - exp(w) * q * sum
    }
}
