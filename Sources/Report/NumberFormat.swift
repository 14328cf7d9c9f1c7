import Foundation

/// Number formatting shared by the renderers.
enum NumberFormat {
    /// Full double precision (17 significant digits), the form machine-readable outputs use.
    static func full(_ value: Double) -> String {
        value.isFinite ? String(format: "%.17g", value) : (value.isNaN ? "NaN" : (value > 0 ? "Inf" : "-Inf"))
    }

    /// `digits` significant digits, switching to exponent form for very large or small values.
    static func significant(_ value: Double, _ digits: Int = 5) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Inf" : "-Inf") }
        return String(format: "%.\(digits)g", value)
    }

    /// A p-value as R prints it: small values as `< 2e-16`.
    static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "NaN" }
        return p < 2e-16 ? "<2e-16" : String(format: "%.3g", p)
    }

    /// R's significance codes.
    static func stars(_ p: Double) -> String {
        switch p {
        case ..<0.001: return "***"
        case ..<0.01: return "**"
        case ..<0.05: return "*"
        case ..<0.1: return "."
        default: return ""
        }
    }
}
