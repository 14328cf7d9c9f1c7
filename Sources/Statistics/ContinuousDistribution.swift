/// A continuous univariate probability distribution.
///
/// Every conforming type evaluates both tails directly: ``survival(_:)`` is not
/// `1 − cdf(x)` but its own computation, accurate to a small multiple of the
/// machine epsilon *relative to its value* even when that value is far below
/// `1e-16`. Likewise ``inverseSurvival(_:)`` solves `survival(x) = q` for tiny
/// `q` without forming `1 − q`.
///
/// Probabilities outside `[0, 1]` and NaN arguments make the functions return
/// `.nan`; they never trap. Invalid *parameters* are rejected earlier, by the
/// throwing initializers of the conforming types.
public protocol ContinuousDistribution: Sendable {
    /// The probability density at `x`.
    func pdf(_ x: Double) -> Double

    /// The cumulative distribution function `P(X ≤ x)`.
    func cdf(_ x: Double) -> Double

    /// The survival function (upper tail) `P(X > x)`, computed directly.
    func survival(_ x: Double) -> Double

    /// The quantile function: the `x` with `cdf(x) = p`.
    ///
    /// `p = 0` and `p = 1` give the ends of the support; `p` outside `[0, 1]`
    /// or NaN gives `.nan`.
    func quantile(_ p: Double) -> Double

    /// The inverse survival function: the `x` with `survival(x) = q`.
    ///
    /// Equivalent to `quantile(1 − q)`, but without rounding `1 − q`, so that
    /// critical values for tiny upper-tail probabilities keep full accuracy.
    func inverseSurvival(_ q: Double) -> Double
}
