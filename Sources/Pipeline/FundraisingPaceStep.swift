import Forecasting
import Store

/// The main job's fundraising step: the pace of the raises stored up to the as-of day toward
/// the project's fundraising target (velocity and its trend, pace against plan, the expected
/// day the target is reached, a speed rating).
enum FundraisingPaceStep {
    /// What the step did.
    enum Outcome {
        /// Nothing to measure, and why.
        case skipped(String)
        /// The pace.
        case pace(FundraisingPace)
    }

    /// Measures the pace toward `goal` from every raise stored between its start and `asOf`.
    static func run(store: KPIStore, goal: FundraisingGoal?, asOf: Day) throws -> Outcome {
        guard let goal else { return .skipped("no fundraising target in the project file") }
        guard asOf >= goal.start else { return .skipped("fundraising starts \(goal.start), after as_of \(asOf)") }
        let raises = try store.raises(from: goal.start, through: asOf)
        return .pace(try FundraisingPace(
            raises: raises.map { RaisedAmount(day: $0.date.daysSinceEpoch, amount: $0.amount) },
            target: goal.target, start: goal.start.daysSinceEpoch,
            plan: goal.deadline.map { .straightLine(deadline: $0.daysSinceEpoch) }, asOf: asOf.daysSinceEpoch))
    }

    /// A day number as an ISO date.
    static func day(_ number: Int) -> String { Day(daysSinceEpoch: number).description }
}
