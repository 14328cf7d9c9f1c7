import Foundation

/// How numbers appear in explanations and formulas: up to six significant digits, no
/// trailing zeros (`96`, `2.4`, `0.125`).
enum Format {
    static func number(_ value: Double) -> String {
        // Whole numbers below a million print as their digits, as `%.6g` prints them, without
        // the cost of formatting (scoring thousands of people explains every KPI).
        if value == value.rounded(), abs(value) < 1e6 { return String(Int(value)) }
        return String(format: "%.6g", value)
    }
}
