import Foundation

/// The regularized incomplete beta function `I_x(a, b)` and its complement.
public enum IncompleteBeta {
    /// `I_x(a, b) = B(x; a, b) / B(a, b)` for `a, b > 0`, `0 ≤ x ≤ 1`.
    public static func regularized(_ x: Double, _ a: Double, _ b: Double) -> Double {
        lowerAndUpper(x, a, b).lower
    }

    /// `1 − I_x(a, b)`, computed directly so that small upper tails keep their relative accuracy.
    public static func complement(_ x: Double, _ a: Double, _ b: Double) -> Double {
        lowerAndUpper(x, a, b).upper
    }

    /// Both tails. The continued fraction converges fast for `x < (a + 1)/(a + b + 2)`; on the
    /// other side the symmetry `I_x(a, b) = 1 − I_{1−x}(b, a)` is used, so that each tail is
    /// produced by the fraction itself rather than by a subtraction.
    static func lowerAndUpper(_ x: Double, _ a: Double, _ b: Double) -> (lower: Double, upper: Double) {
        guard a > 0, b > 0, x >= 0, x <= 1, !x.isNaN else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if x == 1 { return (1, 0) }
        if x < (a + 1) / (a + b + 2) {
            let value = prefactor(x, a, b) * continuedFraction(x, a, b) / a
            return (value, 1 - value)
        }
        let value = prefactor(1 - x, b, a) * continuedFraction(1 - x, b, a) / b
        return (1 - value, value)
    }

    /// `x^a (1 − x)^b / B(a, b)`, in logarithms.
    static func prefactor(_ x: Double, _ a: Double, _ b: Double) -> Double {
        exp(a * log(x) + b * log1p(-x) - LogGamma.beta(a, b))
    }

    /// The continued fraction of `I_x(a, b)` (modified Lentz evaluation).
    static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300, epsilon = 1e-16
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        for m in 1...100_000 {
            let m = Double(m), m2 = 2 * m
            var coefficient = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + coefficient * d; if abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            coefficient = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + coefficient * d; if abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            result *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return result
    }
}

/// Logarithms of the gamma and beta functions.
public enum LogGamma {
    /// `log Γ(x)` for `x > 0`.
    public static func gamma(_ x: Double) -> Double { lgamma(x) }

    /// `log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b)`.
    public static func beta(_ a: Double, _ b: Double) -> Double { lgamma(a) + lgamma(b) - lgamma(a + b) }
}
