import Foundation

extension SpecialFunctions {
    /// `ln( xᵃ yᵇ / B(a, b) )` with `y = 1 − x`, the factor in front of every
    /// expansion of the incomplete beta function and, divided by `x`, the
    /// density of the beta-type distributions.
    ///
    /// Both `x` and `y` are passed so that the smaller of the two, which
    /// carries more absolute information, drives the computation.
    ///
    /// With `s = a + b`, Stirling's formula for the three gamma functions turns
    /// the term into
    ///
    ///     xᵃ yᵇ / B(a, b) = √(ab / (2π s)) · (1 + u)ᵃ (1 + v)ᵇ · e^(μ(s) − μ(a) − μ(b)),
    ///
    /// where `1 + u = x s / a`, `1 + v = y s / b`, and `d = a u = −b v = s x − a`.
    /// Because `a u + b v = 0` exactly, the exponent equals
    /// `a (ln(1+u) − u) + b (ln(1+v) − v)`, a sum of two non-positive terms
    /// that is evaluated without cancellation near the peak `x ≈ a/s`, where
    /// the naive `a ln x + b ln y − ln B(a, b)` loses about `log₁₀(a + b)`
    /// digits. The quantity `d` is formed with a fused multiply-add from the
    /// smaller of `x` and `y`, and the rounding error of `s` is carried along,
    /// so `u` and `v` have full relative accuracy. Far from the peak, where
    /// one of `|u|`, `|v|` is not small, the two logarithms are added directly;
    /// there the positive term is never more than about three times the
    /// magnitude of the sum.
    static func logBetaPowerTerm(a: Double, b: Double, x: Double, y: Double) -> Double {
        let s = a + b
        let d = betaPeakOffset(a: a, b: b, x: x, y: y)
        let u = d / a
        let v = -d / b
        let exponent: Double
        if u >= -0.5, u <= 1, v >= -0.5, v <= 1 {
            exponent = a * log1pMinusX(u) + b * log1pMinusX(v)
        } else {
            let termA = u < -0.5 ? a * log(x * (s / a)) : a * log1p(u)
            let termB = v < -0.5 ? b * log(y * (s / b)) : b * log1p(v)
            exponent = termA + termB
        }
        let halfLogTwoPi = 0.918_938_533_204_672_741_78
        let front = 0.5 * log(a * (b / s)) - halfLogTwoPi
        return front + exponent
            + (stirlingRemainder(s) - stirlingRemainder(a) - stirlingRemainder(b))
    }

    /// `d = (a + b) x − a = b − (a + b) y`, the scaled distance of `x` from
    /// the peak `a/(a + b)` of `tᵃ(1 − t)ᵇ`, computed from the smaller of `x`
    /// and `y` with a fused multiply-add and the rounding error of `a + b`
    /// carried along, so that it has full relative accuracy even when `x`
    /// is close to the peak.
    static func betaPeakOffset(a: Double, b: Double, x: Double, y: Double) -> Double {
        let s = a + b
        let sError = twoSumError(a, b, sum: s)
        return x <= y ? fma(s, x, -a) + sError * x : fma(-s, y, b) - sError * y
    }

    /// The rounding error of `sum = a + b`, so that `a + b = sum + error` exactly.
    static func twoSumError(_ a: Double, _ b: Double, sum: Double) -> Double {
        let bVirtual = sum - a
        let aVirtual = sum - bVirtual
        return (a - aVirtual) + (b - bVirtual)
    }
}
