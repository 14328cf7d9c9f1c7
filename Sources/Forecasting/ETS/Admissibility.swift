/// Parameter restrictions of exponential smoothing models, as in `forecast::ets` with
/// `bounds = "both"`.
///
/// The *usual* region keeps the model an exponentially weighted average:
/// `0 < β < α < 1`, `0 < γ < 1 − α`, `0.8 ≤ φ ≤ 0.98` (with the strict inequalities
/// tightened to a margin of 10⁻⁴). The *admissible* region (Hyndman et al. 2008, ch. 10)
/// keeps forecasts from depending on the distant past: every root of the characteristic
/// polynomial of the discount matrix `D = F − g·w′` lies inside the unit circle.
/// For non-seasonal models the usual region lies inside the admissible one, so only seasonal
/// models need the polynomial test.
enum Admissibility {
    /// Lower bound of α, β and γ.
    static let smoothingLower = 1e-4
    /// Upper bound of α, β and γ.
    static let smoothingUpper = 0.9999
    /// Bounds of φ.
    static let dampingRange = 0.8...0.98

    /// Whether seasonal parameters give a stable discount matrix. The characteristic
    /// polynomial (coefficients of `z⁰ … z^(m+1)`) is
    /// `φ(1−α−γ) + (α+β−αφ+γ−1)z + Σₖ₌₂^{m−1} (α+β−αφ)zᵏ + (α+β−φ)z^m + z^(m+1)`.
    static func isAdmissibleSeasonal(_ p: ETSParameters, period m: Int) -> Bool {
        let a = p.alpha, b = p.beta, g = p.gamma, phi = p.phi
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * (m + 2)) { buffer in
            let c = UnsafeMutableBufferPointer(rebasing: buffer[0..<(m + 2)])
            let work = UnsafeMutableBufferPointer(rebasing: buffer[(m + 2)...])
            c[0] = phi * (1 - a - g)
            c[1] = a + b - a * phi + g - 1
            for k in stride(from: 2, to: m, by: 1) { c[k] = a + b - a * phi }
            c[m] = a + b - phi
            c[m + 1] = 1
            var degree = m + 1
            // Without trend (β = 0) and damping (φ = 1) the polynomial is zero at z = 1: the
            // unit root of the level, which forecasts may keep (`forecast::ets` accepts roots
            // up to modulus 1 + 10⁻¹⁰). The test then applies to the quotient by (z − 1),
            // found by synthetic division from the leading coefficient down.
            if b == 0, phi == 1 {
                var carry = c[degree]
                for k in stride(from: degree - 1, through: 0, by: -1) {
                    let next = c[k] + carry
                    c[k] = carry
                    carry = next
                }
                degree -= 1
            }
            return schurCohn(c, work, degree: degree)
        }
    }

    /// The Schur–Cohn test: whether every root of `Σ cᵢ zⁱ` (coefficients in increasing
    /// powers, leading one non-zero) lies in the open unit disc. It reduces the degree by one
    /// per step with `p ← (cₙ·p − c₀·p*)/z`, where `p*` reverses the coefficients; the roots stay
    /// inside exactly when `|c₀| < |cₙ|` at every step (Jury 1964).
    static func rootsInsideUnitCircle(_ coefficients: [Double]) -> Bool {
        var c = coefficients
        var work = coefficients
        return c.withUnsafeMutableBufferPointer { cp in
            work.withUnsafeMutableBufferPointer { schurCohn(cp, $0, degree: coefficients.count - 1) }
        }
    }

    /// Schur–Cohn on `c[0...degree]`, using `work` (as long) as scratch; both are overwritten.
    private static func schurCohn(_ c: UnsafeMutableBufferPointer<Double>, _ work: UnsafeMutableBufferPointer<Double>,
                                  degree: Int) -> Bool {
        var (current, next) = (c, work)
        var n = degree
        while n > 0 {
            let lead = current[n], constant = current[0]
            guard abs(constant) < abs(lead) else { return false }
            for i in 0..<n { next[i] = lead * current[i + 1] - constant * current[n - 1 - i] }
            // The new leading coefficient is cₙ² − c₀² > 0: magnitudes square at every step.
            // The test compares ratios only, so the coefficients are rescaled just when they
            // drift towards under- or overflow (this test runs at every evaluation of a
            // seasonal likelihood).
            let newLead = next[n - 1]
            if !(1e-100...1e100).contains(newLead) {
                let reciprocal = 1 / newLead
                for i in 0..<n { next[i] *= reciprocal }
            }
            swap(&current, &next)
            n -= 1
        }
        return true
    }
}
