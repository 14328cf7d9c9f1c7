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
        var coefficients = [phi * (1 - a - g), a + b - a * phi + g - 1]
        if m > 2 { coefficients += Array(repeating: a + b - a * phi, count: m - 2) }
        coefficients += [a + b - phi, 1]
        return rootsInsideUnitCircle(coefficients)
    }

    /// The Schur–Cohn test: whether every root of `Σ cᵢ zⁱ` (coefficients in increasing
    /// powers, leading one non-zero) lies in the open unit disc. It reduces the degree by one
    /// per step with `p ← (cₙ·p − c₀·p*)/z`, where `p*` reverses the coefficients; the roots stay
    /// inside exactly when `|c₀| < |cₙ|` at every step (Jury 1964).
    static func rootsInsideUnitCircle(_ coefficients: [Double]) -> Bool {
        var c = coefficients
        while c.count > 1 {
            let n = c.count - 1
            let lead = c[n], constant = c[0]
            guard abs(constant) < abs(lead) else { return false }
            var reduced = [Double](repeating: 0, count: n)
            for i in 0..<n { reduced[i] = lead * c[i + 1] - constant * c[n - 1 - i] }
            // The new leading coefficient is cₙ² − c₀² > 0; dividing by it keeps magnitudes
            // from over- or underflowing over many steps.
            let newLead = reduced[n - 1]
            c = reduced.map { $0 / newLead }
        }
        return true
    }
}
