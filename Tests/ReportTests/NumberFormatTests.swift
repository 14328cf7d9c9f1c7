import Foundation
@testable import Report
import Testing

/// Numbers in machine-readable output are exactly what C's `%.17g` prints, whichever way
/// they are computed.
struct NumberFormatTests {
    @Test func ratiosBelowATenthKeepTwoDigits() {
        #expect(AmountFormat.ratio(2.345) == "2.35" && AmountFormat.ratio(0.1) == "0.10" && AmountFormat.ratio(0) == "0.00")
        #expect(AmountFormat.ratio(0.0027) == "0.0027" && AmountFormat.ratio(0.000012) == "0.000012")
        #expect(AmountFormat.ratio(-0.05) == "-0.050" && AmountFormat.ratio(.nan) == "—")
    }

    @Test func fullPrecisionMatchesPrintf() {
        let values: [Double] = [0, -0.0, 1, -1, 100, 60, 1e14, 999_999_999_999_999, 1e15, 1e16, 123_456_789_012_345_678,
                                0.1, -2.5, 1.0 / 3, 96.25, 5e-324, .greatestFiniteMagnitude, -1e-300, 4_503_599_627_370_496.5]
        for value in values {
            #expect(NumberFormat.full(value) == String(format: "%.17g", value), "\(value)")
        }
        #expect(NumberFormat.full(.nan) == "NaN" && NumberFormat.full(-.infinity) == "-Inf")
    }
}
