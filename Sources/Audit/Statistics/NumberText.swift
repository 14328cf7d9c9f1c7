import Foundation

/// Numbers as reasons print them.
enum NumberText {
    /// A count or amount: integers without decimals, others with two; from 10¹⁵ on in
    /// scientific notation.
    static func value(_ x: Double) -> String {
        if abs(x) >= 1e15 { return String(format: "%.3g", x) }
        if x == x.rounded() { return String(Int(x)) }
        return String(format: "%.2f", x)
    }

    /// A ratio such as `2.4×`; from 10⁶ on in scientific notation.
    static func ratio(_ x: Double) -> String { abs(x) >= 1e6 ? String(format: "%.2g×", x) : String(format: "%.1f×", x) }

    /// A value above the person's usual one: `6.6× the person's usual 14.5`, the ratio to the usual
    /// value as printed (to one decimal); for a printed usual value below 1, where a ratio says little (3 deals against a usual
    /// 0.2 would be 15×), `above the person's usual 0.2`.
    static func aboveUsual(_ value: Double, usual: Double) -> String {
        let printed = (usual * 10).rounded() / 10
        return printed >= 1 ? "\(ratio(value / printed)) the person's usual \(one(printed))" : "above the person's usual \(one(printed))"
    }

    /// A p-value: `3.1e-05` when small, `0.012` otherwise.
    static func p(_ p: Double) -> String {
        p < 0.001 ? String(format: "%.1e", p) : String(format: "%.3f", p)
    }

    /// A statistic with one decimal.
    static func one(_ x: Double) -> String { String(format: "%.1f", x) }
}
