import Foundation

/// Number formatting shared by the renderers.
enum NumberFormat {
    /// Full double precision (17 significant digits), the form machine-readable outputs use.
    static func full(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Inf" : "-Inf") }
        // Whole numbers (weights, points) print as their digits, as `%.17g` prints them; -0
        // keeps its sign through the C library.
        if value == value.rounded(), abs(value) < 1e15, value != 0 || value.sign == .plus {
            return String(Int64(value))
        }
        // C's formatting directly: `String(format:)` costs microseconds a call, which adds up
        // to seconds over the million numbers of a large scorecard.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            let written = withVaList([value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.17g", $0) }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(written)), as: UTF8.self)
        }
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
