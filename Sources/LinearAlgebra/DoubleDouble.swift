import Foundation

/// A number held as the unevaluated sum `hi + lo` of two doubles, with `|lo| ≤ ulp(hi)/2`:
/// about 32 significant decimal digits.
///
/// Used where double precision alone would lose the digits a badly conditioned least-squares
/// problem needs, and to build design columns such as `x¹⁰` without rounding each entry.
/// The operations are the error-free transformations of Dekker and Knuth (two-sum, and
/// two-product through a fused multiply-add).
public struct DoubleDouble: Sendable, Equatable {
    /// The leading double.
    public var hi: Double
    /// The remainder below `hi`'s last bit.
    public var lo: Double

    /// The exact value of a double.
    @inlinable
    public init(_ value: Double) { hi = value; lo = 0 }
    /// The sum `hi + lo`; `|lo|` must not exceed half an ulp of `hi`.
    @inlinable
    public init(hi: Double, lo: Double) { self.hi = hi; self.lo = lo }

    /// Zero.
    public static let zero = DoubleDouble(0)

    /// The nearest double.
    @inlinable
    public var value: Double { hi + lo }

    /// `base` raised to a non-negative integer power, by repeated squaring in double-double.
    public static func power(_ base: Double, _ exponent: Int) -> DoubleDouble {
        precondition(exponent >= 0, "negative exponent")
        var result = DoubleDouble(1), square = DoubleDouble(base), k = exponent
        while k > 0 {
            if k & 1 == 1 { result = result * square }
            k >>= 1
            if k > 0 { square = square * square }
        }
        return result
    }

    /// `a + b` exactly as `s + e` (any magnitudes).
    @inlinable @inline(__always)
    public static func twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        let bb = s - a
        return (s, (a - (s - bb)) + (b - bb))
    }

    /// `a + b` exactly as `s + e`, valid when `|a| ≥ |b|`.
    @inlinable @inline(__always)
    static func quickTwoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        return (s, b - (s - a))
    }

    /// `a · b` exactly as `p + e`, through a fused multiply-add.
    @inlinable @inline(__always)
    public static func twoProduct(_ a: Double, _ b: Double) -> (Double, Double) {
        let p = a * b
        return (p, (-p).addingProduct(a, b))
    }

    /// Sum.
    @inlinable @inline(__always)
    public static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        var (s, e) = twoSum(a.hi, b.hi)
        let (t, f) = twoSum(a.lo, b.lo)
        e += t
        (s, e) = quickTwoSum(s, e)
        e += f
        let (h, l) = quickTwoSum(s, e)
        return DoubleDouble(hi: h, lo: l)
    }

    /// Negation.
    @inlinable @inline(__always)
    public static prefix func - (a: DoubleDouble) -> DoubleDouble { DoubleDouble(hi: -a.hi, lo: -a.lo) }

    /// Difference.
    @inlinable @inline(__always)
    public static func - (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble { a + (-b) }

    /// Product.
    @inlinable @inline(__always)
    public static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        var (p, e) = twoProduct(a.hi, b.hi)
        e += a.hi * b.lo + a.lo * b.hi
        (p, e) = quickTwoSum(p, e)
        return DoubleDouble(hi: p, lo: e)
    }

    /// Product with a double.
    @inlinable @inline(__always)
    public static func * (a: DoubleDouble, b: Double) -> DoubleDouble {
        var (p, e) = twoProduct(a.hi, b)
        e += a.lo * b
        (p, e) = quickTwoSum(p, e)
        return DoubleDouble(hi: p, lo: e)
    }

    /// Quotient, to about 32 digits.
    @inlinable
    public static func / (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let q1 = a.hi / b.hi
        var r = a - b * q1
        let q2 = r.hi / b.hi
        r = r - b * q2
        let q3 = r.hi / b.hi
        let (h, l) = quickTwoSum(q1, q2)
        return DoubleDouble(hi: h, lo: l) + DoubleDouble(q3)
    }

    /// Adds in place.
    @inlinable
    public static func += (a: inout DoubleDouble, b: DoubleDouble) { a = a + b }
    /// Subtracts in place.
    @inlinable
    public static func -= (a: inout DoubleDouble, b: DoubleDouble) { a = a - b }

    /// Square root by one Newton step from the double square root.
    public func squareRoot() -> DoubleDouble {
        guard hi > 0 else { return .zero }
        let x = hi.squareRoot()
        let estimate = DoubleDouble(x)
        return estimate + (self - estimate * estimate) * (0.5 / x)
    }

    /// Whether the value is below zero.
    public var isNegative: Bool { hi < 0 || (hi == 0 && lo < 0) }
    /// The absolute value.
    public var magnitude: DoubleDouble { isNegative ? -self : self }
}
