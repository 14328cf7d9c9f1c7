@testable import Tabular
import Testing
import TestSupport

/// Cells read as numbers give exactly the doubles `Double(_:)` gives, through the fast path
/// for plain decimals or through `Double(_:)` itself.
struct NumberTextTests {
    func same(_ text: String) -> Bool {
        switch (NumberText.double(text), Double(text)) {
        case (nil, nil): return true
        case let (fast?, reference?): return fast.bitPattern == reference.bitPattern || (fast.isNaN && reference.isNaN)
        default: return false
        }
    }

    @Test func edgeCasesMatchDouble() {
        let texts = [
            "0", "-0", "+0", "0.0", "-0.0", "1", "+1", "-1", "1.", ".5", "-.5", "+.5", ".", "-", "+", "", "-.", "1..2",
            "1.2.3", "12a", "a12", " 1", "1 ", "1e5", "1E-3", "-2.5e+10", "inf", "-Infinity", "nan", "NaN", "0x1p3",
            "9007199254740992", "9007199254740993", "9007199254740991.5", "1234567890123456789", "12345678901234567890",
            "0.1", "0.2", "0.3", "1.7976931348623157", "123456.789012", "0.0000000000000000000001",
            "0.00000000000000000000001", "00000000000000000001", "3.1415926535897932384626", "1234.56", "-98765.4321",
            "1_000", "١٢", "1,5", "--1", "+-1",
        ]
        for text in texts { #expect(same(text), "\(text)") }
    }

    @Test func randomDecimalsMatchDouble() {
        var generator = SplitMix64(seed: 20_261_231)
        for _ in 0..<50_000 {
            let integerDigits = Int(generator.next() % 12), fractionDigits = Int(generator.next() % 10)
            var text = generator.next() % 4 == 0 ? "-" : ""
            for _ in 0..<integerDigits { text += String(generator.next() % 10) }
            if fractionDigits > 0 || generator.next() % 2 == 0 { text += "." }
            for _ in 0..<fractionDigits { text += String(generator.next() % 10) }
            #expect(same(text), "\(text)")
        }
    }
}

