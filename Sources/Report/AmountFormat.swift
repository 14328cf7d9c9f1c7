import Foundation

/// Money amounts and percentages as people read them in terminal tables.
public enum AmountFormat {
    /// Rounded to whole units with thousands separators: `2,329,130`, `-1,200`.
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Inf" : "-Inf") }
        let rounded = value.rounded()
        guard abs(rounded) < 1e18 else { return NumberFormat.significant(value, 6) }
        let digits = String(Int64(abs(rounded)))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return rounded < 0 ? "-" + out : out
    }

    /// A percentage with one decimal: `96.4%`.
    public static func percent(_ value: Double) -> String {
        value.isFinite ? String(format: "%.1f%%", value) : "—"
    }

    /// A ratio such as a ROAS: two decimals, or, below 0.1, the decimals that show its first
    /// two significant digits (0.0027, not 0.00), without exponent.
    public static func ratio(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        guard value != 0, abs(value) < 0.1 else { return String(format: "%.2f", value) }
        let decimals = min(12, Int((-log10(abs(value))).rounded(.up)) + 1)
        return String(format: "%.\(decimals)f", value)
    }

    /// An interval level as a label: 0.8 → `80`, 0.995 → `99.5`.
    public static func levelLabel(_ level: Double) -> String {
        let percent = level * 100
        return percent == percent.rounded() ? String(Int(percent)) : NumberFormat.significant(percent, 4)
    }
}
