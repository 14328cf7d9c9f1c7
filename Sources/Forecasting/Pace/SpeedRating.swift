/// Fundraising speed in the domain's terms, from the velocity over the plan's velocity
/// `r = velocity ÷ (target ÷ planned weeks)`. At a steady velocity the target takes `1/r` of
/// the planned time, so a half-year target finished in three months (`r = 2`) is fast.
///
/// | rating | velocity ratio `r` | time to target, share of the plan |
/// |---|---|---|
/// | fast | `r ≥ 2` | half or less |
/// | ahead of plan | `1.1 ≤ r < 2` | ½ to 0.91 |
/// | on plan | `0.9 ≤ r < 1.1` | 0.91 to 1.11 |
/// | slow | `0.5 ≤ r < 0.9` | 1.11 to 2 |
/// | very slow | `r < 0.5` | more than twice |
public enum SpeedRating: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The target in half the planned time or less.
    case fast = "fast"
    /// Ahead of plan, but not twice as fast.
    case ahead = "ahead of plan"
    /// Within 10% of the plan's velocity.
    case onPlan = "on plan"
    /// Behind plan, within twice the planned time.
    case slow = "slow"
    /// More than twice the planned time.
    case verySlow = "very slow"

    /// The rating of a velocity ratio.
    public init(velocityRatio r: Double) {
        switch r {
        case 2...: self = .fast
        case 1.1..<2: self = .ahead
        case 0.9..<1.1: self = .onPlan
        case 0.5..<0.9: self = .slow
        default: self = .verySlow
        }
    }

    /// The rating's words.
    public var description: String { rawValue }

    /// The band in words, e.g. `velocity ≥ 2× the plan's`.
    public var band: String {
        switch self {
        case .fast: return "velocity ≥ 2× the plan's (target in half the planned time or less)"
        case .ahead: return "velocity 1.1–2× the plan's"
        case .onPlan: return "velocity 0.9–1.1× the plan's"
        case .slow: return "velocity 0.5–0.9× the plan's (up to twice the planned time)"
        case .verySlow: return "velocity below half the plan's (more than twice the planned time)"
        }
    }
}
