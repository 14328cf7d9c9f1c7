import Foundation

/// How numbers appear in explanations and formulas: up to six significant digits, no
/// trailing zeros (`96`, `2.4`, `0.125`).
enum Format {
    static func number(_ value: Double) -> String {
        String(format: "%.6g", value == 0 ? 0 : value)
    }
}
