import Foundation
import LinearAlgebra

/// Turns a rank deficiency into sentences over term names, e.g. `x2 = 2·x1`.
enum CollinearityReport {
    static func relations(_ deficiency: RankDeficiency, names: [String]) -> [String] {
        deficiency.dependencies.map { dependency in
            let parts = dependency.combination.map { item -> String in
                let weight = item.weight
                let rounded = (weight * 1e6).rounded() / 1e6
                let shown = abs(rounded - 1) < 1e-12 ? "" : "\(format(rounded))·"
                return shown + names[item.column]
            }
            let right = parts.isEmpty ? "0 (a constant zero column)" : parts.joined(separator: " + ")
            return "\(names[dependency.column]) = \(right)"
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.6g", value)
    }
}
