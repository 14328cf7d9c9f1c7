/// Numbers read from cell text exactly as `Double(_:)` reads them, without its cost for the
/// plain decimals that fill most files.
///
/// `Double(_:)` hands the text to the C library's `strtod`. A decimal such as `-1234.56`,
/// whose digits fit 2⁵³ and which has at most 22 digits after the point, is instead computed
/// as one exact integer divided by one exact power of ten: a single correctly rounded
/// division, so the result is the same double `strtod` gives. Anything else (exponents, more
/// digits, `inf`, hexadecimal, text that is no number) goes to `Double(_:)`.
enum NumberText {
    /// The number `text` holds, or `nil` when `Double(text)` is `nil`.
    static func double(_ text: String) -> Double? {
        var text = text
        if let value = text.withUTF8({ plainDecimal($0) }) { return value }
        return Double(text)
    }

    /// `[+-]digits[.digits]` (either side of the point may be empty, not both) within the
    /// exact range; `nil` for anything else.
    static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let first = bytes.first else { return nil }
        let negative = first == UInt8(ascii: "-")
        var index = negative || first == UInt8(ascii: "+") ? 1 : 0
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                // 19 decimal digits always fit 64 bits.
                guard digits < 19 else { return nil }
                mantissa = mantissa * 10 + UInt64(digit)
                digits += 1
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
        }
        guard digits > 0, mantissa <= 1 << 53, fractionDigits < exactPowersOfTen.count else { return nil }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// 10⁰ … 10²², every power of ten a double holds exactly.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}
