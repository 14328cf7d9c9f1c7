/// An amount booked by an entity on one day (a deal, a day's bookings, a refund when negative).
public struct Booking: Sendable, Equatable {
    /// The person who booked it.
    public let entity: String
    /// The day, in days since 1970-01-01.
    public let day: Int
    /// The amount; negative amounts (cancellations) reduce the total.
    public let amount: Double

    /// A booking from its parts.
    public init(entity: String, day: Int, amount: Double) {
        self.entity = entity
        self.day = day
        self.amount = amount
    }
}

/// An entity's target for one period.
public struct AttainmentTarget: Sendable, Equatable {
    /// The person the target belongs to.
    public let entity: String
    /// The label of the period.
    public let period: String
    /// The amount to reach.
    public let amount: Double

    /// A target from its parts.
    public init(entity: String, period: String, amount: Double) {
        self.entity = entity
        self.period = period
        self.amount = amount
    }
}

/// Everything an attainment forecast learns from: periods, targets per person and period,
/// bookings by day, and the team of each person.
///
/// A person counts in a period when they have a target in it: earlier periods in which a
/// person has a target are that person's history, and the people with a target in the
/// forecast period are the people forecast. Bookings of people without a target in a period
/// are not counted in it. Periods should be of one kind (all quarters, or all months), so that
/// their within-period patterns compare.
public struct AttainmentData: Sendable {
    /// The periods, in order of their first day.
    public let periods: [AttainmentPeriod]
    /// The targets.
    public let targets: [AttainmentTarget]
    /// The bookings, by entity and day.
    public let bookings: [Booking]
    /// Each person's team; people without one count only towards the company.
    public let teams: [String: String]

    /// Checks the data once for every forecast made from them.
    /// - Throws: ``AttainmentError/duplicatePeriod(label:)``,
    ///   ``AttainmentError/unknownPeriod(label:)``,
    ///   ``AttainmentError/duplicateTarget(entity:period:)`` or
    ///   ``AttainmentError/nonFiniteAmount(entity:what:)``.
    public init(periods: [AttainmentPeriod], targets: [AttainmentTarget], bookings: [Booking],
                teams: [String: String] = [:]) throws {
        var labels = Set<String>()
        for period in periods where !labels.insert(period.label).inserted {
            throw AttainmentError.duplicatePeriod(label: period.label)
        }
        var seen = Set<[String]>()
        for target in targets {
            guard labels.contains(target.period) else { throw AttainmentError.unknownPeriod(label: target.period) }
            guard target.amount.isFinite else {
                throw AttainmentError.nonFiniteAmount(entity: target.entity, what: "the target for \(target.period)")
            }
            guard seen.insert([target.entity, target.period]).inserted else {
                throw AttainmentError.duplicateTarget(entity: target.entity, period: target.period)
            }
        }
        if let bad = bookings.first(where: { !$0.amount.isFinite }) {
            throw AttainmentError.nonFiniteAmount(entity: bad.entity, what: "a booking on day \(bad.day)")
        }
        self.periods = periods.sorted { ($0.start, $0.label) < ($1.start, $1.label) }
        self.targets = targets
        self.bookings = bookings.sorted { ($0.entity, $0.day) < ($1.entity, $1.day) }
        self.teams = teams
    }

    /// The period with this label.
    /// - Throws: ``AttainmentError/unknownPeriod(label:)``.
    public func period(_ label: String) throws -> AttainmentPeriod {
        guard let period = periods.first(where: { $0.label == label }) else {
            throw AttainmentError.unknownPeriod(label: label)
        }
        return period
    }

    /// The periods that ended before `period` started and by `asOf`: the history a forecast
    /// made on `asOf` may learn from.
    func history(before period: AttainmentPeriod, asOf: Int) -> [AttainmentPeriod] {
        periods.filter { $0.end < period.start && $0.end <= asOf }
    }

    /// Targets by period label and entity.
    func targetsByPeriod() -> [String: [String: Double]] {
        var result: [String: [String: Double]] = [:]
        for target in targets { result[target.period, default: [:]][target.entity] = target.amount }
        return result
    }
}
