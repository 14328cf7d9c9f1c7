/// How fast money is being raised toward a target: velocity and its trend, pace against the
/// plan, the expected date to reach the target and a speed rating.
///
/// Raises from the start through the as-of day count; earlier and later ones are left out
/// (and counted in ``raisesLeftOut``). Weeks run from the start in blocks of seven days; the
/// trend and the date interval use the complete weeks only, while the velocity uses every day
/// elapsed: `raised ÷ (elapsed days ÷ 7)`.
public struct FundraisingPace: Sendable, Equatable {
    /// The amount to raise.
    public let target: Double
    /// The first day of the fundraising.
    public let start: Int
    /// The last day whose raises are known.
    public let asOf: Int
    /// The plan, if one was given.
    public let plan: FundraisingPlan?
    /// Raised from the start through the as-of day.
    public let raisedToDate: Double
    /// Raises before the start or after the as-of day, not counted.
    public let raisesLeftOut: Int
    /// Days from the start through the as-of day.
    public let elapsedDays: Int
    /// Amount per week so far.
    public let velocity: Double
    /// Amount per week over the last four complete weeks; `nil` with fewer than four.
    public let recentVelocity: Double?
    /// The complete weeks, oldest first.
    public let weeks: [WeeklyAmount]
    /// The trend of the weekly amounts; `nil` with fewer than two complete weeks.
    public let trend: VelocityTrend?
    /// The amount the plan expects by the as-of day.
    public let plannedToDate: Double?
    /// The plan's velocity, `target ÷ (planned days ÷ 7)`.
    public let plannedVelocity: Double?
    /// The amount per week needed from the as-of day to reach the target by the deadline;
    /// `nil` without a plan or once the deadline has passed.
    public let requiredVelocity: Double?
    /// When the target is expected to be reached.
    public let targetDate: TargetDateProjection
    /// The speed rating; `nil` without a plan.
    public let speed: SpeedRating?

    /// Measures the pace of `raises` toward `target`.
    /// - Parameters:
    ///   - plan: a straight line to a deadline, or milestones; `nil` for no plan (no pace
    ///     against plan and no rating).
    ///   - level: the level of the interval around the expected date.
    /// - Throws: ``PaceError``: a target that is not positive, an as-of day before the start,
    ///   a plan that does not move forward in time, a non-finite amount or a bad level.
    public init(raises: [RaisedAmount], target: Double, start: Int, plan: FundraisingPlan? = nil, asOf: Int,
                level: Double = 0.8) throws {
        guard target > 0, target.isFinite else { throw PaceError.invalidTarget(target) }
        guard asOf >= start else { throw PaceError.asOfBeforeStart(start: start, asOf: asOf) }
        guard level > 0, level < 1 else { throw PaceError.invalidLevel(level) }
        if let index = raises.firstIndex(where: { !$0.amount.isFinite }) { throw PaceError.nonFiniteAmount(index: index) }
        try plan?.validate(start: start)
        let counted = raises.filter { $0.day >= start && $0.day <= asOf }.sorted { $0.day < $1.day }
        self.target = target
        self.start = start
        self.asOf = asOf
        self.plan = plan
        raisesLeftOut = raises.count - counted.count
        raisedToDate = counted.reduce(0) { $0 + $1.amount }
        elapsedDays = asOf - start + 1
        velocity = raisedToDate / (Double(elapsedDays) / 7)

        let completeWeeks = elapsedDays / 7
        var amounts = [Double](repeating: 0, count: completeWeeks)
        for raise in counted where (raise.day - start) / 7 < completeWeeks { amounts[(raise.day - start) / 7] += raise.amount }
        weeks = amounts.enumerated().map { WeeklyAmount(start: start + 7 * $0.offset, amount: $0.element) }
        recentVelocity = completeWeeks >= 4 ? amounts.suffix(4).reduce(0, +) / 4 : nil
        trend = VelocityTrend(amounts)

        if let plan {
            plannedToDate = plan.planned(by: asOf, start: start, target: target)
            let plannedVelocity = target / (Double(plan.deadline - start + 1) / 7)
            self.plannedVelocity = plannedVelocity
            let weeksLeft = Double(plan.deadline - asOf) / 7
            requiredVelocity = weeksLeft > 0 ? max(target - raisedToDate, 0) / weeksLeft : nil
            speed = SpeedRating(velocityRatio: velocity / plannedVelocity)
        } else {
            (plannedToDate, plannedVelocity, requiredVelocity, speed) = (nil, nil, nil, nil)
        }

        var cumulative = 0.0
        let reached = counted.first { raise in
            cumulative += raise.amount
            return cumulative >= target
        }
        if let reached {
            targetDate = TargetDateProjection(reachedOn: reached.day, level: level)
        } else {
            targetDate = try TargetDateProjection(remaining: target - raisedToDate, asOf: asOf, velocity: velocity,
                                                  weeklyAmounts: amounts, level: level)
        }
    }

    /// Remaining to raise, never below 0.
    public var remaining: Double { max(target - raisedToDate, 0) }

    /// `raised ÷ target × 100`.
    public var percentOfTarget: Double { raisedToDate / target * 100 }

    /// Raised over planned by the as-of day (1.07 is 7% ahead); `nil` without a plan or
    /// when nothing was planned yet.
    public var paceAgainstPlan: Double? {
        plannedToDate.flatMap { $0 > 0 ? raisedToDate / $0 : nil }
    }

    /// Raised minus planned by the as-of day (negative when behind).
    public var aheadOfPlan: Double? { plannedToDate.map { raisedToDate - $0 } }

    /// Velocity over the plan's velocity, the basis of ``speed``.
    public var velocityRatio: Double? { plannedVelocity.map { velocity / $0 } }
}
