import Foundation
@testable import Scorecard
import Testing

/// Numbers in explanations read as `%.6g` writes them (with no negative zero).
struct FormatTests {
    @Test func explanationsUseSixSignificantDigits() {
        let values: [Double] = [0, -0.0, 96, -4, 100, 999_999, 1e6, 1_234_567, 2.4, 0.125, 1.0 / 3, -12.5, 1e-7]
        for value in values {
            #expect(Format.number(value) == String(format: "%.6g", value == 0 ? 0 : value), "\(value)")
        }
        #expect(Format.number(96) == "96" && Format.number(-0.0) == "0" && Format.number(1e6) == "1e+06")
    }
}
