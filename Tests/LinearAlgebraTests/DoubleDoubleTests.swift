import Foundation
import Testing
@testable import LinearAlgebra

@Suite("DoubleDouble")
struct DoubleDoubleTests {
    /// The exact integer value of a double-double whose parts are integers.
    static func exactInteger(_ x: DoubleDouble) -> Int128? {
        guard let hi = Int128(exactly: x.hi), let lo = Int128(exactly: x.lo) else { return nil }
        return hi + lo
    }

    /// `|lo| ≤ ulp(hi)/2` means adding lo to hi rounds back to hi.
    static func isNormalized(_ x: DoubleDouble) -> Bool { x.hi + x.lo == x.hi }

    /// 1 + 2⁻⁶⁰ rounds to 1 in double; two-sum keeps the 2⁻⁶⁰ as the error term.
    /// 10¹⁶ + 1 is a tie between 10¹⁶ and 10¹⁶ + 2 (ulp 2) and rounds to the even 10¹⁶, error 1.
    /// The operand order must not matter.
    @Test func twoSumIsExact() {
        let tiny = 0x1p-60
        #expect(DoubleDouble.twoSum(1, tiny) == (1, tiny))
        #expect(DoubleDouble.twoSum(tiny, 1) == (1, tiny))
        #expect(DoubleDouble.twoSum(1e16, 1) == (1e16, 1))
        #expect(DoubleDouble.twoSum(1, 1e16) == (1e16, 1))
        #expect(DoubleDouble.quickTwoSum(1, -tiny) == (1, -tiny))
    }

    /// (1 + 2⁻³⁰)² = 1 + 2⁻²⁹ + 2⁻⁶⁰: the product rounds to 1 + 2⁻²⁹ and the error term is
    /// 2⁻⁶⁰. (2²⁷ + 1)² = 2⁵⁴ + 2²⁸ + 1 needs 55 bits: it rounds to 2⁵⁴ + 2²⁸ with error 1.
    @Test func twoProductIsExact() {
        #expect(DoubleDouble.twoProduct(1 + 0x1p-30, 1 + 0x1p-30) == (1 + 0x1p-29, 0x1p-60))
        let a = 0x1p27 + 1
        #expect(DoubleDouble.twoProduct(a, a) == (0x1p54 + 0x1p28, 1))
        #expect(DoubleDouble.twoProduct(-a, a) == (-(0x1p54 + 0x1p28), -1))
    }

    /// (1 + 2⁻⁶⁰) − 1 = 2⁻⁶⁰ exactly in double-double, where double gives 0.
    @Test func additionKeepsLowOrderBits() {
        let sum = DoubleDouble(1) + DoubleDouble(0x1p-60)
        #expect(sum == DoubleDouble(hi: 1, lo: 0x1p-60))
        #expect(sum - DoubleDouble(1) == DoubleDouble(0x1p-60))
        var accumulator = DoubleDouble(1)
        accumulator += DoubleDouble(0x1p-60)
        accumulator -= DoubleDouble(1)
        #expect(accumulator == DoubleDouble(0x1p-60))
        #expect((1.0 + 0x1p-60) - 1.0 == 0)
    }

    /// Products of values with non-zero low parts.
    /// (3 + 2⁻⁵⁵)·(5 + 2⁻⁵⁶) = 15 + 13·2⁻⁵⁶ + 2⁻¹¹¹; the last term lies below the 106-bit
    /// precision, so the nearest double-double is (15, 13·2⁻⁵⁶).
    /// (1 + 2⁻⁶⁰)·(1 − 2⁻⁶⁰) = 1 − 2⁻¹²⁰ must come out within double-double accuracy
    /// (relative 2⁻¹⁰⁴); the lo·lo term may be dropped.
    @Test func multiplication() {
        let product = DoubleDouble(hi: 3, lo: 0x1p-55) * DoubleDouble(hi: 5, lo: 0x1p-56)
        #expect(product == DoubleDouble(hi: 15, lo: 13 * 0x1p-56))
        let a = DoubleDouble(hi: 1, lo: 0x1p-60), b = DoubleDouble(hi: 1, lo: -0x1p-60)
        let nearOne = a * b
        #expect(nearOne.hi == 1)
        #expect(abs(nearOne.lo + 0x1p-120) <= 0x1p-104)
        // Multiplying by a double: (1 + 2⁻⁶⁰)·3 = 3 + 3·2⁻⁶⁰.
        #expect(a * 3 == DoubleDouble(hi: 3, lo: 3 * 0x1p-60))
        #expect(Self.isNormalized(a * 3))
    }

    /// 3⁴⁰ = 12157665459056928801, a 64-bit integer (2⁶³ < 3⁴⁰ < 2⁶⁴): more bits than a
    /// double holds, fewer than double-double's 106, so hi + lo must equal it exactly.
    @Test func powerOfThreeIsExact() throws {
        let p = DoubleDouble.power(3, 40)
        let exact: UInt64 = 12_157_665_459_056_928_801
        // hi is an integer multiple of 2048 (its ulp above 2⁶³); lo carries the remainder.
        let hi = try #require(UInt64(exactly: p.hi))
        let lo = try #require(Int64(exactly: p.lo))
        #expect(hi.addingReportingOverflow(UInt64(bitPattern: lo)).partialValue == exact)
        #expect(Double(exact) == p.hi)
        #expect(Self.isNormalized(p))
    }

    /// Larger exact powers: 3⁶⁰ = 42391158275216203514294433201 (95 bits) and
    /// 10³⁰ = 2³⁰·5³⁰ (100 bits, 70 significant) fit in 106 bits.
    @Test func largerExactPowers() throws {
        #expect(Self.exactInteger(DoubleDouble.power(3, 60)) == Int128("42391158275216203514294433201"))
        #expect(Self.exactInteger(DoubleDouble.power(10, 30)) == Int128("1000000000000000000000000000000"))
    }

    /// 3⁶⁶ = 30903154382632612361920641803529 needs 105 bits: the repeated squaring rounds
    /// low-order partial products, so only ~32 correct digits are promised.
    @Test func powerRelativeAccuracy() throws {
        let p = DoubleDouble.power(3, 66)
        let value = try #require(Self.exactInteger(p))
        let exact = try #require(Int128("30903154382632612361920641803529"))
        let difference = value > exact ? value - exact : exact - value
        #expect(Double(difference) / Double(exact) < 1e-30)
    }

    /// Trivial exponents and exact dyadic powers: x⁰ = 1, x¹ = x, 0.5¹⁰⁰ = 2⁻¹⁰⁰.
    @Test func powerEdgeCases() {
        #expect(DoubleDouble.power(7.25, 0) == DoubleDouble(1))
        #expect(DoubleDouble.power(7.25, 1) == DoubleDouble(7.25))
        #expect(DoubleDouble.power(0.5, 100) == DoubleDouble(0x1p-100))
        #expect(DoubleDouble.power(-2, 3) == DoubleDouble(-8))
    }

    /// 1/3 in double-double: hi is the double nearest 1/3, and since 1/3 − hi = 2⁻⁵⁴/3,
    /// lo is the double nearest 2⁻⁵⁴/3, which is hi·2⁻⁵⁴. Multiplying back by 3 gives 1 to
    /// about 32 digits.
    @Test func divisionOneThird() {
        let third = DoubleDouble(1) / DoubleDouble(3)
        #expect(third.hi == 1.0 / 3.0)
        #expect(abs(third.lo - (1.0 / 3.0) * 0x1p-54) <= 0x1p-106)
        let one = third * DoubleDouble(3)
        let error = one - DoubleDouble(1)
        #expect(abs(error.hi) < 1e-30)
        // 22/7 and back: (22/7)·7 − 22 is below 22·1e−30.
        let ratio = DoubleDouble(22) / DoubleDouble(7)
        #expect(abs((ratio * 7 - DoubleDouble(22)).hi) < 22e-30)
    }

    /// √2 = 1.41421356237309504880168872420969807856967…; the double nearest is
    /// 1.4142135623730951454746…, so lo = √2 − hi = −9.667293313452913037…e−17.
    /// Squaring the result must give 2 to about 32 digits.
    @Test func squareRootOfTwo() {
        let root = DoubleDouble(2).squareRoot()
        #expect(root.hi == 2.0.squareRoot())
        #expect(abs(root.lo - -9.667293313452913037e-17) < 1e-31)
        let square = root * root
        #expect(abs((square - DoubleDouble(2)).hi) < 1e-30)
        #expect(DoubleDouble(0).squareRoot() == .zero)
        #expect(DoubleDouble(16).squareRoot() == DoubleDouble(4))
    }

    @Test func signAndMagnitude() {
        let negativeLow = DoubleDouble(hi: 0, lo: -1e-20)
        #expect(negativeLow.isNegative)
        #expect(negativeLow.magnitude == DoubleDouble(hi: 0, lo: 1e-20))
        #expect(!DoubleDouble(hi: 1, lo: -1e-20).isNegative)
        #expect(DoubleDouble(hi: -1, lo: 1e-20).magnitude == DoubleDouble(hi: 1, lo: -1e-20))
        #expect((-DoubleDouble(hi: 2, lo: 1e-17)) == DoubleDouble(hi: -2, lo: -1e-17))
        #expect(DoubleDouble(hi: 1, lo: 0x1p-60).value == 1)
    }
}
