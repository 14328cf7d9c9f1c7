/// Money raised on one day.
public struct RaisedAmount: Sendable, Equatable {
    /// The day, in days since 1970-01-01.
    public let day: Int
    /// The amount (negative for a refund).
    public let amount: Double

    /// An amount raised on a day.
    public init(day: Int, amount: Double) {
        self.day = day
        self.amount = amount
    }
}

/// A point of a fundraising plan: the cumulative amount planned by the end of a day.
public struct PlanMilestone: Sendable, Equatable {
    /// The day, in days since 1970-01-01.
    public let day: Int
    /// The cumulative amount planned by the end of that day.
    public let cumulative: Double

    /// A milestone.
    public init(day: Int, cumulative: Double) {
        self.day = day
        self.cumulative = cumulative
    }
}

/// How much should have been raised by each day.
public enum FundraisingPlan: Sendable, Equatable {
    /// The target spread evenly from the start to the deadline (inclusive).
    case straightLine(deadline: Int)
    /// Cumulative amounts at given days, linear between them, from 0 the day before the
    /// start; the last milestone's day is the deadline.
    case milestones([PlanMilestone])

    /// The day by which the plan is done.
    public var deadline: Int {
        switch self {
        case .straightLine(let deadline): return deadline
        case .milestones(let points): return points.last?.day ?? Int.min
        }
    }

    /// The cumulative amount planned by the end of `day` for a raise of `target` from `start`.
    public func planned(by day: Int, start: Int, target: Double) -> Double {
        let points: [PlanMilestone]
        switch self {
        case .straightLine(let deadline): points = [PlanMilestone(day: deadline, cumulative: target)]
        case .milestones(let given): points = given
        }
        var previous = PlanMilestone(day: start - 1, cumulative: 0)
        for point in points {
            if day <= point.day {
                guard day > previous.day else { return previous.cumulative }
                let fraction = Double(day - previous.day) / Double(point.day - previous.day)
                return previous.cumulative + fraction * (point.cumulative - previous.cumulative)
            }
            previous = point
        }
        return previous.cumulative
    }

    /// - Throws: ``PaceError/deadlineNotAfterStart(start:deadline:)`` or
    ///   ``PaceError/invalidPlan(reason:)``.
    func validate(start: Int) throws {
        switch self {
        case .straightLine(let deadline):
            guard deadline > start else { throw PaceError.deadlineNotAfterStart(start: start, deadline: deadline) }
        case .milestones(let points):
            guard let last = points.last else { throw PaceError.invalidPlan(reason: "it has no milestones") }
            var previous = start - 1
            for point in points {
                guard point.day > previous else {
                    throw PaceError.invalidPlan(reason: "milestones must follow the start and each other in time")
                }
                guard point.cumulative.isFinite else { throw PaceError.invalidPlan(reason: "a cumulative amount is not finite") }
                previous = point.day
            }
            guard last.day > start else { throw PaceError.deadlineNotAfterStart(start: start, deadline: last.day) }
        }
    }
}
