/// Why an attainment forecast or its backtest could not be made.
///
/// Every case names the period, entity or argument at fault, in one line.
public enum AttainmentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A period whose last day comes before its first.
    case emptyPeriod(label: String, start: Int, end: Int)
    /// Two periods with the same label.
    case duplicatePeriod(label: String)
    /// A target names a period the data do not define.
    case unknownPeriod(label: String)
    /// Two targets for one entity and period.
    case duplicateTarget(entity: String, period: String)
    /// A target or booking amount that is NaN or infinite.
    case nonFiniteAmount(entity: String, what: String)
    /// The period to forecast has no targets.
    case noTargets(period: String)
    /// A target in the period to forecast is zero or negative, so attainment is undefined.
    case nonPositiveTarget(entity: String, period: String, amount: Double)
    /// The number of simulated paths is below 1.
    case invalidPathCount(Int)
    /// An interval level outside `(0, 1)`.
    case invalidLevel(Double)
    /// A backtest found no period with enough earlier periods and complete data.
    case nothingToBacktest(reason: String)

    /// One line naming what is wrong and where.
    public var description: String {
        switch self {
        case .emptyPeriod(let label, let start, let end):
            return "period \(label) ends (day \(end)) before it starts (day \(start))"
        case .duplicatePeriod(let label):
            return "period \(label) is defined twice"
        case .unknownPeriod(let label):
            return "a target names period \(label), which is not among the periods given"
        case .duplicateTarget(let entity, let period):
            return "\(entity) has two targets for \(period)"
        case .nonFiniteAmount(let entity, let what):
            return "\(entity): \(what) is not a finite number"
        case .noTargets(let period):
            return "no entity has a target for \(period)"
        case .nonPositiveTarget(let entity, let period, let amount):
            return "the target of \(entity) for \(period) is \(amount); attainment needs a positive target"
        case .invalidPathCount(let count):
            return "the number of simulated paths must be at least 1, not \(count)"
        case .invalidLevel(let level):
            return "interval level \(level) is not between 0 and 1"
        case .nothingToBacktest(let reason):
            return "nothing to backtest: \(reason)"
        }
    }
}
