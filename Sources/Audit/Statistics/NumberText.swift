import Foundation

/// Numbers as reasons print them.
enum NumberText {
    /// A count or amount: integers without decimals, others with two.
    static func value(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(format: "%.2f", x)
    }

    /// A p-value: `3.1e-05` when small, `0.012` otherwise.
    static func p(_ p: Double) -> String {
        p < 0.001 ? String(format: "%.1e", p) : String(format: "%.3f", p)
    }

    /// A ratio such as `2.4×`.
    static func ratio(_ x: Double) -> String { String(format: "%.1f×", x) }

    /// A statistic with one decimal.
    static func one(_ x: Double) -> String { String(format: "%.1f", x) }
}
