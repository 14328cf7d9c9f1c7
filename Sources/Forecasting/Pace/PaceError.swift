/// Why a fundraising pace could not be computed. Each case names the argument or the raise
/// at fault, in one line.
public enum PaceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The target is not a positive finite amount.
    case invalidTarget(Double)
    /// The deadline is not after the start.
    case deadlineNotAfterStart(start: Int, deadline: Int)
    /// The as-of day comes before the start.
    case asOfBeforeStart(start: Int, asOf: Int)
    /// An amount that is NaN or infinite, at this 0-based position of the raises.
    case nonFiniteAmount(index: Int)
    /// A plan milestone that does not move forward in time, or a plan without milestones.
    case invalidPlan(reason: String)
    /// An interval level outside `(0, 1)`.
    case invalidLevel(Double)

    /// One line naming what is wrong.
    public var description: String {
        switch self {
        case .invalidTarget(let target): return "the target must be a positive amount, not \(target)"
        case .deadlineNotAfterStart(let start, let deadline):
            return "the deadline (day \(deadline)) must come after the start (day \(start))"
        case .asOfBeforeStart(let start, let asOf):
            return "the as-of day (day \(asOf)) comes before the start (day \(start))"
        case .nonFiniteAmount(let index): return "raise \(index + 1) has an amount that is not a finite number"
        case .invalidPlan(let reason): return "the plan is invalid: \(reason)"
        case .invalidLevel(let level): return "interval level \(level) is not between 0 and 1"
        }
    }
}
