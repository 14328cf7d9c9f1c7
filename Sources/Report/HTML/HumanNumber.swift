import Foundation

/// Numbers as people read them in the report: thousands separators, percentages, and short
/// forms (`1.2M`) where space is tight, as on axis ticks.
enum HumanNumber {
    /// Rounded to `decimals` places with thousands separators: `2,329,130`, `-1,200.5`.
    static func grouped(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "—" }
        guard decimals > 0 else { return AmountFormat.grouped(value) }
        let scale = pow(10, Double(decimals))
        let rounded = (value * scale).rounded() / scale
        let whole = rounded < 0 ? (-rounded).rounded(.down) : rounded.rounded(.down)
        let fraction = String(format: "%.\(decimals)f", abs(rounded) - whole).dropFirst(1)
        return (rounded < 0 ? "-" : "") + AmountFormat.grouped(whole) + fraction
    }

    /// A percentage: `96.4%`.
    static func percent(_ value: Double, decimals: Int = 1) -> String {
        value.isFinite ? grouped(value, decimals: decimals) + "%" : "—"
    }

    /// A ratio such as ROAS: `2.35×`.
    static func ratio(_ value: Double) -> String {
        value.isFinite ? AmountFormat.ratio(value) + "×" : "—"
    }

    /// Short form with k, M or bn for thousands, millions and billions, keeping up to three
    /// significant digits: `850`, `12.5k`, `1.2M`.
    static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let magnitude = abs(value)
        let (divisor, suffix): (Double, String) = magnitude >= 1e9 ? (1e9, "bn") : magnitude >= 1e6 ? (1e6, "M")
            : magnitude >= 1e3 ? (1e3, "k") : (1, "")
        let scaled = value / divisor
        let decimals = abs(scaled) >= 100 || scaled == scaled.rounded() ? 0 : abs(scaled) >= 10 ? 1 : 2
        var text = String(format: "%.\(decimals)f", scaled)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return (text == "-0" ? "0" : text) + suffix
    }
}
