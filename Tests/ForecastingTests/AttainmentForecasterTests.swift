import Foundation
import Testing
@testable import Forecasting

/// End-of-period attainment on data small enough to check by hand.
@Suite("Attainment forecaster")
struct AttainmentForecasterTests {
    /// A 91-day period (13 weeks) starting on day 0 and, before it, `history` earlier ones.
    static func periods(history: Int) throws -> [AttainmentPeriod] {
        try (0...history).map { index in
            try AttainmentPeriod(label: "P\(index)", start: (index - history) * 91, end: (index - history) * 91 + 90)
        }
    }

    /// Bookings of `amount(day)` every day of a period.
    static func daily(_ entity: String, _ period: AttainmentPeriod, through last: Int? = nil,
                      _ amount: (Int) -> Double) -> [Booking] {
        (period.start...min(last ?? period.end, period.end)).map { Booking(entity: entity, day: $0, amount: amount($0 - period.start)) }
    }

    /// No history and an even spread: the projection is the straight line, booked ÷ elapsed
    /// share, and the pace needed is what is missing over the days left.
    @Test func straightLineWithoutHistory() throws {
        let period = try Self.periods(history: 0)[0]
        let bookings = Self.daily("ana", period, through: 29) { $0 % 2 == 0 ? 10 : 30 }
        let data = try AttainmentData(periods: [period], targets: [AttainmentTarget(entity: "ana", period: "P0", amount: 2000)],
                                      bookings: bookings)
        let forecast = try AttainmentForecaster(pathCount: 500).forecast(data, period: "P0", asOf: 29)
        let ana = try #require(forecast.projection("ana"))
        #expect(ana.bookedToDate == 600)
        #expect(abs(ana.projected - 1820) < 1e-9)
        #expect(abs(ana.projectedAttainment - 91) < 1e-9)
        #expect(abs(ana.expectedShareToDate - 30.0 / 91) < 1e-12)
        #expect(forecast.elapsedDays == 30 && forecast.remainingDays == 61)
        #expect(ana.neededPerDay == 1400.0 / 61)
        #expect(ana.neededPerWeek == 1400.0 / 61 * 7)
        #expect(abs((ana.expectedPerDay ?? 0) - 20) < 1e-9)
        let interval = try #require(ana.interval(level: 0.8))
        #expect(interval.lower < 1820 && 1820 < interval.upper)
        #expect(ana.probabilityOfTarget > 0 && ana.probabilityOfTarget < 0.5)
    }

    /// Targets for two earlier periods but bookings only from this one (an export that starts
    /// later): those periods are not history where everyone booked nothing, but left out, and
    /// the forecast says so, as it says it has nothing to learn from.
    @Test func earlierPeriodsWithoutBookingsAreLeftOut() throws {
        let periods = try Self.periods(history: 2)
        let bookings = Self.daily("ana", periods[2], through: 29) { _ in 10 }
        let targets = periods.map { AttainmentTarget(entity: "ana", period: $0.label, amount: 910) }
        let data = try AttainmentData(periods: periods, targets: targets, bookings: bookings)
        let forecast = try AttainmentForecaster(pathCount: 200).forecast(data, period: "P2", asOf: 29)
        #expect(forecast.history.isEmpty && forecast.periodsWithoutBookings == ["P0", "P1"])
        #expect(forecast.caveats.count == 2)
        #expect(forecast.caveats[0] == "P0, P1 have targets but no booking above 0, and are left out of what is learned: "
                + "were their bookings exported?", "\(forecast.caveats)")
        #expect(forecast.caveats[1].hasPrefix("No earlier period to learn from: each projection is the run rate of the 30 days elapsed"))
        // A period without targets is no period without bookings.
        let untargeted = try AttainmentData(periods: periods, targets: targets.filter { $0.period != "P0" },
                                            bookings: bookings + Self.daily("ana", periods[1]) { _ in 10 })
        let later = try AttainmentForecaster(pathCount: 200).forecast(untargeted, period: "P2", asOf: 29)
        #expect(later.periodsWithoutBookings.isEmpty && later.caveats.isEmpty, "\(later.caveats)")
        // The run rate, 10 a day over 91 days, not a level pulled towards nothing.
        #expect(abs((forecast.projection("ana")?.projected ?? 0) - 910) < 1e-9)
    }

    /// Flat history at a known run rate and the same run rate so far: the projection is the
    /// run rate times the period, with no spread left.
    @Test func knownRunRateGivesTheStraightLine() throws {
        let periods = try Self.periods(history: 2)
        let bookings = Self.daily("ana", periods[0]) { _ in 10 } + Self.daily("ana", periods[1]) { _ in 10 }
            + Self.daily("ana", periods[2], through: 29) { _ in 10 }
        let targets = periods.map { AttainmentTarget(entity: "ana", period: $0.label, amount: 910) }
        let data = try AttainmentData(periods: periods, targets: targets, bookings: bookings)
        let ana = try #require(try AttainmentForecaster(pathCount: 200).forecast(data, period: "P2", asOf: 29).projection("ana"))
        #expect(abs(ana.projected - 910) < 1e-9)
        #expect(ana.simulatedTotals.allSatisfy { abs($0 - 910) < 1e-6 })
        #expect(ana.probabilityOfTarget == 1)
        #expect(ana.neededPerDay == 10)
    }

    /// A late-period surge in the history (twice the daily amount in the last three weeks): at
    /// mid period the projection expects the surge, well above the straight line (910).
    @Test func learnedSurgeLiftsTheProjection() throws {
        let periods = try Self.periods(history: 3)
        let surge = { (day: Int) -> Double in day >= 70 ? 20 : 10 }
        let bookings = periods.dropLast().flatMap { Self.daily("ana", $0, surge) } + Self.daily("ana", periods[3], through: 44, surge)
        let targets = periods.map { AttainmentTarget(entity: "ana", period: $0.label, amount: 1000) }
        let data = try AttainmentData(periods: periods, targets: targets, bookings: bookings)
        let ana = try #require(try AttainmentForecaster(pathCount: 200).forecast(data, period: "P3", asOf: 44).projection("ana"))
        #expect(abs(ana.projected - 1120) < 1e-6)
        #expect(abs(ana.expectedShareToDate - 450.0 / 1120) < 1e-9)
    }

    /// A team's and the company's total in every path are the sums of their people's.
    @Test func teamsAndCompanySumTheirPeoplePathByPath() throws {
        let data = try Self.organisation()
        let forecast = try AttainmentForecaster(pathCount: 300, seed: 5).forecast(data, period: "P4", asOf: 40)
        let people = forecast.projections.filter { $0.level == .person }
        #expect(people.count == 6)
        for group in forecast.projections where group.level != .person {
            let members = people.filter { group.level == .company || $0.team == group.entity }
            #expect(group.members == members.count)
            #expect(abs(group.target - members.reduce(0) { $0 + $1.target }) < 1e-9)
            #expect(abs(group.bookedToDate - members.reduce(0) { $0 + $1.bookedToDate }) < 1e-6)
            #expect(abs(group.projected - members.reduce(0) { $0 + $1.projected }) < 1e-6)
            for path in 0..<forecast.pathCount {
                let sum = members.reduce(0) { $0 + $1.simulatedTotals[path] }
                #expect(abs(group.simulatedTotals[path] - sum) <= 1e-9 * sum)
            }
            // Summing bounds would overstate the spread of independent people.
            let interval = try #require(group.interval(level: 0.8))
            let summedLower = members.reduce(0) { $0 + ($1.interval(level: 0.8)?.lower ?? 0) }
            #expect(interval.lower > summedLower)
        }
    }

    /// Equal seeds give equal results; another seed other paths around the same projection.
    @Test func seededAndDeterministic() throws {
        let data = try Self.organisation()
        let a = try AttainmentForecaster(pathCount: 200, seed: 9).forecast(data, period: "P4", asOf: 40)
        let b = try AttainmentForecaster(pathCount: 200, seed: 9).forecast(data, period: "P4", asOf: 40)
        let c = try AttainmentForecaster(pathCount: 200, seed: 10).forecast(data, period: "P4", asOf: 40)
        #expect(a.projections == b.projections)
        #expect(a.projections.map(\.simulatedTotals) != c.projections.map(\.simulatedTotals))
        #expect(a.projections.map(\.projected) == c.projections.map(\.projected))
    }

    /// Nothing ever booked: projections of zero, no chance of the target, no NaN.
    @Test func zerosGiveZero() throws {
        let periods = try Self.periods(history: 1)
        let bookings = Self.daily("ana", periods[0]) { _ in 0 } + Self.daily("ana", periods[1], through: 10) { _ in 0 }
        let targets = periods.map { AttainmentTarget(entity: "ana", period: $0.label, amount: 100) }
        let data = try AttainmentData(periods: periods, targets: targets, bookings: bookings)
        let ana = try #require(try AttainmentForecaster(pathCount: 50).forecast(data, period: "P1", asOf: 10).projection("ana"))
        #expect(ana.projected == 0)
        #expect(ana.probabilityOfTarget == 0)
        #expect(ana.intervals.allSatisfy { $0.lower == 0 && $0.upper == 0 })
        #expect(ana.expectedShareToDate.isFinite)
    }

    /// Refunds (negative amounts) count in the totals; the forecast stays finite.
    @Test func negativeAmountsStayFinite() throws {
        let periods = try Self.periods(history: 1)
        let bookings = Self.daily("ana", periods[0]) { $0 % 10 == 0 ? -50 : 20 } + Self.daily("ana", periods[1], through: 30) { _ in -5 }
        let targets = periods.map { AttainmentTarget(entity: "ana", period: $0.label, amount: 1000) }
        let data = try AttainmentData(periods: periods, targets: targets, bookings: bookings)
        let ana = try #require(try AttainmentForecaster(pathCount: 50).forecast(data, period: "P1", asOf: 30).projection("ana"))
        #expect(ana.bookedToDate == -155)
        #expect(ana.projected.isFinite && ana.projected > ana.bookedToDate)
        #expect(ana.intervals.allSatisfy { $0.lower.isFinite && $0.upper.isFinite })
    }

    /// After the period's end the outcome is known: no spread and no pace needed.
    @Test func endedPeriodIsKnown() throws {
        let data = try Self.organisation()
        let forecast = try AttainmentForecaster(pathCount: 20).forecast(data, period: "P3", asOf: 40)
        #expect(forecast.remainingDays == 0)
        for row in forecast.projections {
            #expect(row.projected == row.bookedToDate)
            #expect(row.neededPerDay == nil && row.neededPerWeek == nil)
            #expect(row.probabilityOfTarget == (row.bookedToDate >= row.target ? 1 : 0))
        }
    }

    /// Bad requests name what is wrong.
    @Test func errorsNameTheProblem() throws {
        let data = try Self.organisation()
        #expect(throws: AttainmentError.unknownPeriod(label: "P9")) { try AttainmentForecaster().forecast(data, period: "P9", asOf: 0) }
        #expect(throws: AttainmentError.invalidPathCount(0)) {
            try AttainmentForecaster(pathCount: 0).forecast(data, period: "P4", asOf: 0)
        }
        #expect(throws: AttainmentError.invalidLevel(1.5)) {
            try AttainmentForecaster(levels: [1.5]).forecast(data, period: "P4", asOf: 0)
        }
        let period = try AttainmentPeriod(label: "Q", start: 0, end: 9)
        let zero = try AttainmentData(periods: [period], targets: [AttainmentTarget(entity: "ana", period: "Q", amount: 0)], bookings: [])
        #expect(throws: AttainmentError.nonPositiveTarget(entity: "ana", period: "Q", amount: 0)) {
            try AttainmentForecaster().forecast(zero, period: "Q", asOf: 3)
        }
        let none = try AttainmentData(periods: [period], targets: [], bookings: [])
        #expect(throws: AttainmentError.noTargets(period: "Q")) { try AttainmentForecaster().forecast(none, period: "Q", asOf: 3) }
        #expect(throws: AttainmentError.emptyPeriod(label: "R", start: 5, end: 4)) { try AttainmentPeriod(label: "R", start: 5, end: 4) }
        #expect(throws: AttainmentError.duplicateTarget(entity: "ana", period: "Q")) {
            try AttainmentData(periods: [period], targets: Array(repeating: AttainmentTarget(entity: "ana", period: "Q", amount: 1), count: 2),
                               bookings: [])
        }
        #expect(throws: AttainmentError.unknownPeriod(label: "Z")) {
            try AttainmentData(periods: [period], targets: [AttainmentTarget(entity: "ana", period: "Z", amount: 1)], bookings: [])
        }
        #expect(AttainmentError.nonPositiveTarget(entity: "ana", period: "Q", amount: 0).description
                == "the target of ana for Q is 0.0; attainment needs a positive target")
    }

    /// Six people in two teams over five 91-day periods, with lumpy bookings from a fixed
    /// generator, the last period known through day 40.
    static func organisation() throws -> AttainmentData {
        let periods = try Self.periods(history: 4)
        let people = ["a1": "alpha", "a2": "alpha", "a3": "alpha", "b1": "beta", "b2": "beta", "b3": "beta"]
        var generator = SeededGenerator(seed: 42)
        var bookings: [Booking] = [], targets: [AttainmentTarget] = []
        for period in periods {
            for (person, _) in people.sorted(by: { $0.key < $1.key }) {
                targets.append(AttainmentTarget(entity: person, period: period.label, amount: 90_000))
                for day in period.start...min(period.end, 40) where generator.nextUniform() < 0.6 {
                    bookings.append(Booking(entity: person, day: day, amount: 1000 + 1000 * generator.nextGaussian().magnitude))
                }
            }
        }
        return try AttainmentData(periods: periods, targets: targets, bookings: bookings, teams: people)
    }
}
