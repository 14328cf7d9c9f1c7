/// A two-sided interval for a period-end total.
public struct AttainmentInterval: Sendable, Equatable {
    /// The nominal coverage, e.g. 0.8.
    public let level: Double
    /// The lower bound of the period-end total.
    public let lower: Double
    /// The upper bound of the period-end total.
    public let upper: Double
}

/// The projection of one person, team or the company to the end of the period.
public struct EntityProjection: Sendable, Equatable {
    /// Where in the organisation the entity sits.
    public enum Level: String, Sendable, CaseIterable {
        /// A person with a target.
        case person
        /// The sum of a team's people.
        case team
        /// The sum of everyone.
        case company
    }

    /// A person's id, a team's name, or `company`.
    public let entity: String
    /// Person, team or company.
    public let level: Level
    /// The person's team (`nil` for teams, the company and people without a team).
    public let team: String?
    /// People summed into the row (1 for a person).
    public let members: Int
    /// Booked from the period's start through the as-of day.
    public let bookedToDate: Double
    /// The target for the period (a team's and the company's are their people's sums).
    public let target: Double
    /// The expected total at the period's end.
    public let projected: Double
    /// The share of the period's total that the learned shape expects by the as-of day
    /// (0.6 means 60% is usually in by now); for teams and the company the mean over their
    /// people weighted by each person's expected period total.
    public let expectedShareToDate: Double
    /// Intervals for the period-end total, one per requested level, from the simulated paths.
    public let intervals: [AttainmentInterval]
    /// The probability that the period-end total reaches the target (attainment ≥ 100%).
    public let probabilityOfTarget: Double
    /// Amount per remaining day needed to reach the target (0 once it is reached); `nil`
    /// when no day is left.
    public let neededPerDay: Double?
    /// Amount per remaining week (seven days) needed to reach the target; `nil` when no day
    /// is left.
    public let neededPerWeek: Double?
    /// The amount per remaining day the projection expects; `nil` when no day is left.
    public let expectedPerDay: Double?
    /// The period-end total in every simulated path, in path order. A team's or the
    /// company's are, path by path, the sums of their people's.
    public let simulatedTotals: [Double]
    /// Cumulative bookings to date and the simulated paths' spread over the rest of the
    /// period, for fan charts.
    public let path: AttainmentPath

    /// Projected attainment, `projected ÷ target × 100`.
    public var projectedAttainment: Double { projected / target * 100 }

    /// Attainment to date, `booked ÷ target × 100`.
    public var attainmentToDate: Double { bookedToDate / target * 100 }

    /// An amount as attainment of this entity's target, in percent.
    public func attainment(of amount: Double) -> Double { amount / target * 100 }

    /// The interval at `level`, if it was computed.
    public func interval(level: Double) -> AttainmentInterval? {
        intervals.first { abs($0.level - level) < 1e-12 }
    }
}

/// End-of-period attainment projections for every person with a target, every team and the
/// company, as of one day.
public struct AttainmentForecast: Sendable {
    /// The period forecast.
    public let period: AttainmentPeriod
    /// The last day whose bookings are known.
    public let asOf: Int
    /// Days of the period through the as-of day (0 before it starts, its length after it ends).
    public let elapsedDays: Int
    /// Days of the period after the as-of day.
    public let remainingDays: Int
    /// The earlier periods the forecast learned from.
    public let history: [String]
    /// Earlier periods with targets but no booking above 0, left out of what is learned (their
    /// bookings were most likely not exported, e.g. an export that starts later than the targets).
    public let periodsWithoutBookings: [String]
    /// Simulated paths.
    public let pathCount: Int
    /// The seed of the simulation.
    public let seed: UInt64
    /// The correlation between people's period levels used in the simulation.
    public let correlation: Double
    /// People (by team, then id), then teams (by name), then the company.
    public let projections: [EntityProjection]

    /// What a reader of the forecast should know about what it rests on: earlier periods left
    /// out for want of bookings, and a forecast with no earlier period at all, whose projections
    /// are this period's run rate and whose intervals rest on its bookings alone.
    public var caveats: [String] {
        var caveats: [String] = []
        if !periodsWithoutBookings.isEmpty {
            let many = periodsWithoutBookings.count > 1
            caveats.append("\(periodsWithoutBookings.joined(separator: ", ")) \(many ? "have" : "has") targets but no booking above 0, "
                + "and \(many ? "are" : "is") left out of what is learned: were \(many ? "their" : "its") bookings exported?")
        }
        if history.isEmpty, remainingDays > 0 {
            caveats.append(elapsedDays == 0
                ? "No earlier period to learn from and none of this one elapsed: there is nothing to project from yet"
                : "No earlier period to learn from: each projection is the run rate of the \(elapsedDays) "
                    + "day\(elapsedDays == 1 ? "" : "s") elapsed so far, and its interval rests on this period's bookings alone; "
                    + "read it with care until more of the period has passed")
        }
        return caveats
    }

    /// The projection of an entity at a level.
    public func projection(_ entity: String, level: EntityProjection.Level = .person) -> EntityProjection? {
        projections.first { $0.entity == entity && $0.level == level }
    }
}
