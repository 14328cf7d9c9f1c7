import Foundation

/// Special functions behind the probability distributions of this module.
///
/// All functions take and return `Double`. Arguments outside a function's
/// domain produce `.nan` rather than trapping, in the manner of the C math
/// library; the documentation of each function states its domain.
///
/// The incomplete beta and gamma functions return each tail with full
/// *relative* accuracy: the complement is evaluated by its own expansion, not
/// as `1 − value`, so tail probabilities as small as the smallest normal
/// `Double` keep all of their significant digits.
public enum SpecialFunctions {
    /// The natural logarithm of the gamma function, `ln Γ(x)`, for `x > 0`.
    ///
    /// - Parameter x: A positive argument.
    /// - Returns: `ln Γ(x)`; `.nan` when `x` is NaN or not positive, `+∞` for `x = +∞`.
    public static func logGamma(_ x: Double) -> Double {
        guard x > 0 else { return .nan }
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// The natural logarithm of the beta function,
    /// `ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)`, for `a, b > 0`.
    ///
    /// The three log-gamma values are never subtracted from one another, which
    /// would cancel catastrophically for large arguments. With `a ≥ b` and
    /// `s = a + b`, Stirling's formula with the remainder `μ` (see
    /// `stirlingRemainder`) gives
    ///
    ///     ln B(a, b) = ½ ln 2π − ½ ln b + b ln(b/s) − (a − ½) ln(1 + b/a)
    ///                  + μ(a) + μ(b) − μ(s),
    ///
    /// whose terms are all of the size of the result or smaller.
    ///
    /// - Returns: `ln B(a, b)`; `.nan` if either argument is NaN or not positive.
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0 else { return .nan }
        let large = max(a, b), small = min(a, b)
        if large.isInfinite { return -.infinity }
        let sum = large + small
        let halfLogTwoPi = 0.918_938_533_204_672_741_78
        return halfLogTwoPi - 0.5 * log(small) + small * log(small / sum)
            - (large - 0.5) * log1p(small / large)
            + stirlingRemainder(large) + stirlingRemainder(small) - stirlingRemainder(sum)
    }
}
