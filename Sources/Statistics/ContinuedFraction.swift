/// Evaluation of continued fractions by the modified Lentz method.
enum ContinuedFraction {
    /// Magnitude substituted for a vanishing denominator so that the
    /// recurrences never divide by zero.
    private static let tiny = 1e-300

    /// Evaluates `b₀ + a₁/(b₁ + a₂/(b₂ + …))` by the modified Lentz method,
    /// which forms the convergents as running products `fₙ = fₙ₋₁ Cₙ Dₙ` and
    /// stops when the factor `CₙDₙ` equals 1 to working precision.
    ///
    /// - Parameters:
    ///   - b0: The leading term `b₀`.
    ///   - maxTerms: The largest number of partial fractions examined.
    ///   - term: Returns the pair `(aₙ, bₙ)` for `n = 1, 2, …`.
    /// - Returns: The value, or `nil` when the fraction has not converged after
    ///   `maxTerms` partial fractions.
    static func evaluate(
        b0: Double, maxTerms: Int, term: (Int) -> (a: Double, b: Double)
    ) -> Double? {
        var f = b0 == 0 ? tiny : b0
        var c = f
        var d = 0.0
        for n in 1...maxTerms {
            let (an, bn) = term(n)
            d = bn + an * d
            if abs(d) < tiny { d = tiny }
            c = bn + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let factor = c * d
            f *= factor
            if abs(factor - 1) <= Double.ulpOfOne { return f }
        }
        return nil
    }
}
