import Foundation

/// How a KPI's value becomes a KPI score from 0 to 100.
///
/// - ``deductBelow(level:pointsPerUnit:)``: full marks at or above the level, minus
///   `pointsPerUnit` for each unit (percentage point, for percent KPIs) below it, never below 0.
///   The domain's example: attainment ≥ 100 % earns full marks, each 1 % below loses 1 point.
/// - ``deductAbove(level:pointsPerUnit:)``: the reverse for lower-is-better KPIs: full marks at
///   or below the level, minus `pointsPerUnit` for each unit above it.
/// - ``linear(target:cap:)``: value ÷ target × 100, capped at `cap`. For a lower-is-better KPI
///   the ratio reverses to target ÷ value × 100, so a cost half the target earns double.
/// - ``threshold(min:max:)``: 100 when the value is at least `min` and at most `max` (either
///   may be absent), else 0 — the domain's pass lines such as staff turnover ≤ 10 %.
/// - ``bands(_:)``: the first band that holds the value gives the points; bands with `max`
///   bounds score lower-is-better KPIs.
public enum ScoringRule: Sendable, Equatable {
    /// Full marks at or above `level`, minus `pointsPerUnit` per unit below (YAML: `deduct_below`,
    /// `points_per_pct`).
    case deductBelow(level: Double, pointsPerUnit: Double)
    /// Full marks at or below `level`, minus `pointsPerUnit` per unit above (YAML: `deduct_above`).
    case deductAbove(level: Double, pointsPerUnit: Double)
    /// Value ÷ target × 100 (reversed for lower-is-better KPIs), at most `cap`.
    case linear(target: Double, cap: Double)
    /// 100 within the bounds, 0 outside.
    case threshold(min: Double?, max: Double?)
    /// The points of the first band holding the value; 0 when none does.
    case bands([ScoreBand])

    /// A KPI score and, when points were lost, why.
    public struct Outcome: Sendable, Equatable {
        /// The KPI score, 0–100.
        public let points: Double
        /// How the points were lost, e.g. `96 is 4 below 100 at 1 point each: −4`; `nil` for
        /// full marks.
        public let reason: String?
    }

    /// The rule's name in scorecard files: `deduct_below`, `deduct_above`, `linear`,
    /// `threshold` or `bands`.
    public var name: String {
        switch self {
        case .deductBelow: return "deduct_below"
        case .deductAbove: return "deduct_above"
        case .linear: return "linear"
        case .threshold: return "threshold"
        case .bands: return "bands"
        }
    }

    /// The rule with its parameters, e.g. `deduct_below 100, 1 point per unit below`.
    public var summary: String {
        let parameters: String
        switch self {
        case .deductBelow(let level, let rate): parameters = "\(Format.number(level)), \(points(rate)) per unit below"
        case .deductAbove(let level, let rate): parameters = "\(Format.number(level)), \(points(rate)) per unit above"
        case .linear(let target, let cap): parameters = "to target \(Format.number(target)), cap \(Format.number(cap))"
        case .threshold(let low, let high): parameters = ScoreBand(min: low, max: high, points: 100).range
        case .bands(let bands): parameters = bands.map { "\($0.range): \(Format.number($0.points))" }.joined(separator: ", ")
        }
        return "\(name) \(parameters)"
    }

    /// What is wrong with the parameters, or `nil` when the rule can score.
    public var problem: String? {
        switch self {
        case .deductBelow(_, let rate), .deductAbove(_, let rate):
            return rate > 0 ? nil : "points_per_pct must be positive"
        case .linear(let target, let cap):
            if !(target > 0) { return "the target must be positive" }
            return cap > 0 && cap <= 100 ? nil : "cap must be above 0 and at most 100 (KPI scores run from 0 to 100)"
        case .threshold(let low, let high):
            if low == nil && high == nil { return "a threshold needs min, max or both" }
            if let low, let high, low > high { return "min \(Format.number(low)) is above max \(Format.number(high))" }
            return nil
        case .bands(let bands):
            if bands.isEmpty { return "bands needs at least one band" }
            for (number, band) in bands.enumerated() {
                if !(0...100).contains(band.points) { return "band \(number + 1): points must be between 0 and 100" }
                if let low = band.min, let high = band.max, low > high { return "band \(number + 1): min is above max" }
                if band.min == nil, band.max == nil, number < bands.count - 1 {
                    return "band \(number + 1) matches every value, so the bands after it never apply"
                }
                // The first band holding a value wins: a band inside an earlier one never does.
                if let earlier = bands[..<number].firstIndex(where: { $0.covers(band) }) {
                    return "band \(number + 1) (\(band.range)) lies within band \(earlier + 1) (\(bands[earlier].range)), "
                        + "so it never applies (the first band that holds a value gives the points: list the highest min first)"
                }
            }
            return nil
        }
    }

    /// Scores a value; `direction` matters only to ``linear(target:cap:)``. The value and the
    /// limits it is compared with are first rounded to 12 significant digits, so that a KPI
    /// computed as exactly 5 but held as 4.999999999999996 meets a limit of 5.
    public func score(_ value: Double, direction: KPIDirection) -> Outcome {
        let value = Self.settled(value)
        let v = Format.number(value)
        switch self {
        case .deductBelow(let level, let rate):
            let level = Self.settled(level)
            return deduct(gap: level - value, rate: rate, explanation: "\(v) is \(Format.number(level - value)) below \(Format.number(level))")
        case .deductAbove(let level, let rate):
            let level = Self.settled(level)
            return deduct(gap: value - level, rate: rate, explanation: "\(v) is \(Format.number(value - level)) above \(Format.number(level))")
        case .linear(let target, let cap):
            let t = Format.number(target)
            switch direction {
            case .higherIsBetter:
                return linear(ratio: value / target * 100, cap: cap, explanation: "\(v) ÷ target \(t) × 100")
            case .lowerIsBetter:
                // At or below zero a lower-is-better KPI cannot improve further: the cap.
                return linear(ratio: value > 0 ? target / value * 100 : .infinity, cap: cap, explanation: "target \(t) ÷ \(v) × 100")
            }
        case .threshold(let low, let high):
            if let low, value < Self.settled(low) { return Outcome(points: 0, reason: "\(v) is below the minimum \(Format.number(low)): 0") }
            if let high, value > Self.settled(high) { return Outcome(points: 0, reason: "\(v) is above the maximum \(Format.number(high)): 0") }
            return Outcome(points: 100, reason: nil)
        case .bands(let bands):
            guard let band = bands.first(where: { $0.contains(value) }) else {
                return Outcome(points: 0, reason: "\(v) is in no band: 0")
            }
            let place = band.min == nil && band.max == nil ? "in none of the bands before \"otherwise\"" : "in band \(band.range)"
            let reason = band.points < 100 ? "\(v) is \(place): \(Format.number(band.points))" : nil
            return Outcome(points: band.points, reason: reason)
        }
    }

    /// `value` to 12 significant digits, as the double nearest that decimal: far more digits
    /// than any KPI carries, far fewer than the 15–17 at which floating-point arithmetic leaves
    /// its error. A value written with at most 12 digits (a limit of 1, 0.03) comes back as the
    /// very same double.
    static func settled(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        return Double(String(format: "%.12g", value)) ?? value
    }

    private func deduct(gap: Double, rate: Double, explanation: String) -> Outcome {
        guard gap > 0 else { return Outcome(points: 100, reason: nil) }
        let lost = min(100, gap * rate)
        let floor = gap * rate > 100 ? " (floor 0)" : ""
        return Outcome(points: 100 - lost, reason: "\(explanation) at \(points(rate)) each: −\(Format.number(lost))\(floor)")
    }

    private func linear(ratio: Double, cap: Double, explanation: String) -> Outcome {
        let points = min(cap, max(0, ratio))
        guard points < 100 else { return Outcome(points: points, reason: nil) }
        var reason = ratio.isFinite ? "\(explanation) = \(Format.number(ratio))" : explanation
        if ratio > cap { reason += ", capped at \(Format.number(cap))" }
        if ratio < 0 { reason += ", floored at 0" }
        return Outcome(points: points, reason: reason)
    }

    private func points(_ count: Double) -> String {
        count == 1 ? "1 point" : "\(Format.number(count)) points"
    }
}
