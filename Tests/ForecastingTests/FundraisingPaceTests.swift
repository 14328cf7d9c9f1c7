import Foundation
import Testing
@testable import Forecasting

@Suite("Fundraising pace")
struct FundraisingPaceTests {
    /// Weekly amounts on an exact line: slope and intercept exactly, no spread left.
    @Test func trendOnAnExactLine() throws {
        let trend = try #require(VelocityTrend([100, 110, 120, 130, 140]))
        #expect(abs(trend.slope - 10) < 1e-12)
        #expect(abs(trend.intercept - 100) < 1e-12)
        #expect(trend.standardError == 0)
        #expect(trend.tStatistic == nil && trend.pValue == nil)
        #expect(VelocityTrend([5]) == nil)
    }

    /// y = 1, 3, 2, 5: slope 5.5/5 = 1.1, intercept 1.1, residual variance 2.7/2, standard
    /// error √(1.35/5), and with 2 degrees of freedom p = 1 − t/√(2 + t²).
    @Test func trendStandardErrorByHand() throws {
        let trend = try #require(VelocityTrend([1, 3, 2, 5]))
        #expect(abs(trend.slope - 1.1) < 1e-12)
        #expect(abs(trend.intercept - 1.1) < 1e-12)
        let error = (1.35 / 5).squareRoot(), t = 1.1 / error
        #expect(abs(try #require(trend.standardError) - error) < 1e-12)
        #expect(abs(try #require(trend.tStatistic) - t) < 1e-12)
        #expect(abs(try #require(trend.pValue) - (1 - t / (2 + t * t).squareRoot())) < 1e-10)
    }

    /// 100 a day toward 10,000 over 100 days, seen on day 50: exactly on the straight-line
    /// plan, 700 a week, and 700 a week needed for the rest.
    @Test func paceArithmetic() throws {
        let raises = (0..<100).map { RaisedAmount(day: $0, amount: 100) }
        let pace = try FundraisingPace(raises: raises, target: 10_000, start: 0, plan: .straightLine(deadline: 99), asOf: 49)
        #expect(pace.raisedToDate == 5000)
        #expect(pace.raisesLeftOut == 50)
        #expect(pace.elapsedDays == 50)
        #expect(abs(pace.velocity - 700) < 1e-9)
        #expect(abs(try #require(pace.plannedToDate) - 5000) < 1e-9)
        #expect(abs(try #require(pace.paceAgainstPlan) - 1) < 1e-12)
        #expect(abs(try #require(pace.plannedVelocity) - 700) < 1e-9)
        #expect(abs(try #require(pace.requiredVelocity) - 700) < 1e-9)
        #expect(pace.speed == .onPlan)
        #expect(pace.weeks.count == 7 && pace.weeks.allSatisfy { $0.amount == 700 })
        #expect(pace.recentVelocity == 700)
        // Equal weeks say nothing of how much later weeks may vary: the expected day, 50 days
        // on, and no interval rather than one of no width.
        #expect(pace.targetDate.expected == 99)
        #expect(pace.targetDate.earliest == nil && pace.targetDate.latest == nil)
    }

    /// A half-year target reached in three months is fast; the day it was reached is kept.
    @Test func halfYearTargetInThreeMonthsIsFast() throws {
        let raises = (0..<91).map { RaisedAmount(day: $0, amount: 100) }
        let pace = try FundraisingPace(raises: raises, target: 9100, start: 0, plan: .straightLine(deadline: 181), asOf: 90)
        #expect(pace.speed == .fast)
        #expect(abs(try #require(pace.velocityRatio) - 2) < 1e-12)
        #expect(pace.targetDate.reachedOn == 90)
        #expect(pace.remaining == 0)
        #expect(SpeedRating(velocityRatio: 1.5) == .ahead)
        #expect(SpeedRating(velocityRatio: 0.7) == .slow)
        #expect(SpeedRating(velocityRatio: 0.2) == .verySlow)
    }

    /// Uneven weeks give an interval around the expected day that widens with the spread.
    @Test func targetDateInterval() throws {
        let weekly: [Double] = [900, 500, 700, 1100, 300, 700, 800, 600]
        let raises = weekly.enumerated().map { RaisedAmount(day: 7 * $0.offset, amount: $0.element) }
        let pace = try FundraisingPace(raises: raises, target: 10_000, start: 0, asOf: 55, level: 0.8)
        #expect(pace.speed == nil && pace.plannedToDate == nil)
        let date = pace.targetDate
        let expected = try #require(date.expected), earliest = try #require(date.earliest), latest = try #require(date.latest)
        #expect(earliest < expected && expected < latest)
        // 4,400 still to raise at 700 a week: 6.29 weeks, 45 days after day 55.
        #expect(expected == 55 + Int((7 * 4400.0 / 700).rounded(.up)))
        let wider = try FundraisingPace(raises: raises, target: 10_000, start: 0, asOf: 55, level: 0.95).targetDate
        #expect(try #require(wider.earliest) <= earliest && latest <= (try #require(wider.latest)))
    }

    /// Nothing raised: no velocity, no date, very slow.
    @Test func nothingRaised() throws {
        let pace = try FundraisingPace(raises: [], target: 1000, start: 0, plan: .straightLine(deadline: 100), asOf: 30)
        #expect(pace.velocity == 0)
        #expect(pace.targetDate.expected == nil && pace.targetDate.latest == nil)
        #expect(pace.speed == .verySlow)
        #expect(pace.trend?.slope == 0)
    }

    /// A plan of milestones is read between its points.
    @Test func milestonePlan() throws {
        let plan = FundraisingPlan.milestones([PlanMilestone(day: 9, cumulative: 100), PlanMilestone(day: 19, cumulative: 1000)])
        #expect(plan.planned(by: 4, start: 0, target: 1000) == 50)
        #expect(plan.planned(by: 14, start: 0, target: 1000) == 550)
        #expect(plan.planned(by: 40, start: 0, target: 1000) == 1000)
        #expect(plan.deadline == 19)
    }

    @Test func errorsNameTheProblem() {
        #expect(throws: PaceError.invalidTarget(0)) { try FundraisingPace(raises: [], target: 0, start: 0, asOf: 1) }
        #expect(throws: PaceError.asOfBeforeStart(start: 5, asOf: 1)) { try FundraisingPace(raises: [], target: 1, start: 5, asOf: 1) }
        #expect(throws: PaceError.deadlineNotAfterStart(start: 5, deadline: 5)) {
            try FundraisingPace(raises: [], target: 1, start: 5, plan: .straightLine(deadline: 5), asOf: 6)
        }
        #expect(throws: PaceError.invalidPlan(reason: "it has no milestones")) {
            try FundraisingPace(raises: [], target: 1, start: 0, plan: .milestones([]), asOf: 6)
        }
        #expect(throws: PaceError.nonFiniteAmount(index: 1)) {
            try FundraisingPace(raises: [RaisedAmount(day: 0, amount: 1), RaisedAmount(day: 1, amount: .nan)], target: 1, start: 0, asOf: 6)
        }
    }
}
