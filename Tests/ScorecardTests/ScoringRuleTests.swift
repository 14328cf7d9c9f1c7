@testable import Scorecard
import Testing

/// Each rule against hand-computed points, including the reverse forms for lower-is-better
/// KPIs.
struct ScoringRuleTests {
    func points(_ rule: ScoringRule, _ value: Double, _ direction: KPIDirection = .higherIsBetter) -> Double {
        rule.score(value, direction: direction).points
    }

    @Test func deductBelow() {
        let rule = ScoringRule.deductBelow(level: 100, pointsPerUnit: 1)
        #expect(points(rule, 100) == 100)
        #expect(points(rule, 120) == 100)
        #expect(points(rule, 96) == 96)
        #expect(rule.score(120, direction: .higherIsBetter).reason == nil)
        let steep = ScoringRule.deductBelow(level: 95, pointsPerUnit: 2.5)
        #expect(points(steep, 91) == 90)  // 4 below × 2.5 = 10
        #expect(points(steep, 40) == 0)   // 55 × 2.5 = 137.5, floored at 0
        #expect(steep.score(40, direction: .higherIsBetter).reason?.hasSuffix("(floor 0)") == true)
    }

    @Test func deductAboveIsTheReverseForm() {
        let rule = ScoringRule.deductAbove(level: 10, pointsPerUnit: 2)
        #expect(points(rule, 10, .lowerIsBetter) == 100)
        #expect(points(rule, 4, .lowerIsBetter) == 100)
        #expect(points(rule, 14, .lowerIsBetter) == 92)  // 4 above × 2
        #expect(rule.score(14, direction: .lowerIsBetter).reason == "14 is 4 above 10 at 2 points each: −8")
        #expect(points(rule, 200, .lowerIsBetter) == 0)
    }

    @Test func linearAndItsCap() {
        let rule = ScoringRule.linear(target: 10, cap: 100)
        #expect(points(rule, 6) == 60)
        #expect(points(rule, 15) == 100)
        #expect(points(rule, -3) == 0)
        #expect(rule.score(6, direction: .higherIsBetter).reason == "6 ÷ target 10 × 100 = 60")
        let capped = ScoringRule.linear(target: 10, cap: 90)
        #expect(points(capped, 9.5) == 90)
        #expect(capped.score(9.5, direction: .higherIsBetter).reason == "9.5 ÷ target 10 × 100 = 95, capped at 90")
    }

    @Test func linearReversesForLowerIsBetter() {
        // CAC target 400: a CAC of 500 earns 400 ÷ 500 × 100 = 80; 200 earns 200, capped.
        let rule = ScoringRule.linear(target: 400, cap: 100)
        #expect(points(rule, 500, .lowerIsBetter) == 80)
        #expect(points(rule, 200, .lowerIsBetter) == 100)
        #expect(points(rule, 0, .lowerIsBetter) == 100)
        #expect(rule.score(500, direction: .lowerIsBetter).reason == "target 400 ÷ 500 × 100 = 80")
    }

    @Test func thresholdPassOrFail() {
        let atLeast = ScoringRule.threshold(min: 80, max: nil)  // satisfaction ≥ 80
        #expect(points(atLeast, 80) == 100)
        #expect(points(atLeast, 79.9) == 0)
        #expect(atLeast.score(79.9, direction: .higherIsBetter).reason == "79.9 is below the minimum 80: 0")
        let atMost = ScoringRule.threshold(min: nil, max: 10)  // staff turnover ≤ 10 %
        #expect(points(atMost, 10, .lowerIsBetter) == 100)
        #expect(points(atMost, 12.5, .lowerIsBetter) == 0)
        let range = ScoringRule.threshold(min: 90, max: 100)  // budget execution 90–100 %
        #expect(points(range, 95) == 100)
        #expect(points(range, 101) == 0)
        #expect(points(range, 89) == 0)
    }

    @Test func bandsFirstMatchWins() {
        let rule = ScoringRule.bands([ScoreBand(min: 90, points: 100), ScoreBand(min: 75, points: 80), ScoreBand(points: 0)])
        #expect(points(rule, 95) == 100)
        #expect(points(rule, 90) == 100)
        #expect(points(rule, 89.9) == 80)
        #expect(points(rule, 75) == 80)
        #expect(points(rule, 10) == 0)
        #expect(rule.score(80, direction: .higherIsBetter).reason == "80 is in band ≥ 75: 80")
    }

    @Test func aComputedValueMeetsTheLimitItEquals() {
        // (1051.05 − 1001) ÷ 1001 × 100 is 5 to the cent and 4.999999999999996 in floating point.
        let roi = (1051.05 - 1001) / 1001 * 100
        #expect(roi < 5)
        let rule = ScoringRule.bands([ScoreBand(min: 5, points: 60), ScoreBand(points: 0)])
        #expect(points(rule, roi) == 60)
        #expect(points(.threshold(min: 5, max: nil), roi) == 100)
        #expect(points(.deductBelow(level: 5, pointsPerUnit: 10), roi) == 100)
        // Values written as decimals stay exactly themselves, at a limit or next to it.
        for limit in [1.0, 2, 4, 8, 0.1, 0.2, 0.8, 0.03, 1e-5, 123_456.789, 7e12] {
            #expect(ScoringRule.settled(limit) == limit, "\(limit)")
            #expect(points(.threshold(min: limit, max: nil), limit) == 100, "\(limit)")
            #expect(points(.bands([ScoreBand(max: limit, points: 100)]), limit) == 100, "\(limit)")
            #expect(points(.deductBelow(level: limit, pointsPerUnit: 1), limit) == 100, "\(limit)")
        }
        #expect(points(.threshold(min: 1, max: nil), 0.999_999_9) == 0)
        #expect(ScoringRule.settled(1e-320) > 0 && ScoringRule.settled(1e-320) < 1e-319)
        // A limit written with more than 12 digits is settled too: a value at it meets it.
        #expect(points(.threshold(min: 1.000_000_000_000_4, max: nil), 1) == 100)
    }

    @Test func bandsWithMaximaScoreLowerIsBetter() {
        let rule = ScoringRule.bands([ScoreBand(max: 4, points: 100), ScoreBand(max: 12, points: 60)])
        #expect(points(rule, 3, .lowerIsBetter) == 100)
        #expect(points(rule, 6, .lowerIsBetter) == 60)
        #expect(points(rule, 13, .lowerIsBetter) == 0)
        #expect(rule.score(13, direction: .lowerIsBetter).reason == "13 is in no band: 0")
    }

    @Test func invalidParametersAreNamed() {
        #expect(ScoringRule.linear(target: 0, cap: 100).problem != nil)
        #expect(ScoringRule.linear(target: 10, cap: 120).problem != nil)
        #expect(ScoringRule.threshold(min: nil, max: nil).problem != nil)
        #expect(ScoringRule.threshold(min: 5, max: 1).problem != nil)
        #expect(ScoringRule.bands([]).problem != nil)
        #expect(ScoringRule.bands([ScoreBand(points: 0), ScoreBand(min: 1, points: 100)]).problem != nil)
        #expect(ScoringRule.bands([ScoreBand(min: 1, points: 120)]).problem != nil)
        // Listed lowest first, ≥ 10 would never apply: 12 would earn ≥ 5's 50 points.
        let shadowed = ScoringRule.bands([ScoreBand(min: 5, points: 50), ScoreBand(min: 10, points: 100), ScoreBand(points: 0)])
        #expect(shadowed.problem?.contains("band 2 (≥ 10) lies within band 1 (≥ 5)") == true, "\(shadowed.problem ?? "")")
        #expect(ScoringRule.bands([ScoreBand(max: 12, points: 60), ScoreBand(min: 2, max: 4, points: 100)]).problem != nil)
        // Overlapping bands that each hold values of their own stay valid.
        #expect(ScoringRule.bands([ScoreBand(min: 5, max: 20, points: 50), ScoreBand(min: 10, points: 100)]).problem == nil)
        #expect(ScoringRule.deductBelow(level: 100, pointsPerUnit: 0).problem != nil)
        #expect(ScoringRule.deductBelow(level: 100, pointsPerUnit: 1).problem == nil)
    }
}
