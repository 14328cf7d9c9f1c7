@testable import Audit
import Foundation
import TestSupport
import Testing

/// Each detector's reason fires on its own constructed case and stays quiet on honest reports.
struct DetectorTests {
    /// The findings of one detector that concern a row, strongest first.
    func findings(_ detector: some Detector, _ reports: CleanReports, row: Int) throws -> [AuditFinding] {
        try detector.findings(reports.context()).filter { $0.rows.contains(row) }.sorted { $0.pValue < $1.pValue }
    }

    /// On honest reports the audit flags no report for a finding of this detector.
    func expectQuiet(_ detector: AuditDetector) throws {
        for seed: UInt64 in [7, 8, 9] {
            let input = try AuditInput(measures: CleanReports.measures, rows: CleanReports(seed: seed).rows)
            let flagged = try ReportAudit.run(input).filter { $0.flagged && $0.findings.first?.detector == detector }
            #expect(flagged.isEmpty, "seed \(seed): \(flagged.map(\.reasons))")
        }
    }

    @Test func peerHistoryFlagsASpike() throws {
        var reports = CleanReports()
        var values = reports.values(entity: 3, week: 25)
        values[0] = 80
        reports.set(entity: 3, week: 25, values)
        let found = try findings(PeerHistoryDetector(), reports, row: reports.index(entity: 3, week: 25))
        let first = try #require(found.first)
        #expect(first.pValue < 1e-6)
        #expect(first.reason.hasPrefix("visits 80 in 2026-W25 is"), "\(first.reason)")
        #expect(first.reason.contains("robust z ="))
        try expectQuiet(.peerHistory)
    }

    @Test func unfollowedRiseWeighsTheOutcomeThatStayed() throws {
        // Visits written three times as large while leads stay: the history alone is a weak
        // hint, the leads that did not follow make it a strong one.
        var reports = CleanReports()
        let row = reports.index(entity: 3, week: 25)
        let honest = reports.values(entity: 3, week: 25)
        var values = honest
        values[0] = (values[0] * 3).rounded()
        reports.set(entity: 3, week: 25, values)
        let history = try #require(try findings(PeerHistoryDetector(), reports, row: row).first)
        let found = try #require(try findings(UnfollowedRiseDetector(), reports, row: row).first)
        #expect(found.pValue < history.pValue / 100, "\(found.pValue) against \(history.pValue)")
        #expect(found.reason.hasPrefix("visits \(NumberText.value(values[0])) in 2026-W25 is"), "\(found.reason)")
        #expect(found.reason.contains("but leads stayed at \(NumberText.value(values[1]))"), "\(found.reason)")

        // The same rise followed along the funnel is no finding of this detector.
        reports.set(entity: 3, week: 25, honest.map { ($0 * 3).rounded() })
        let followed = try findings(UnfollowedRiseDetector(), reports, row: row)
        #expect(followed.isEmpty, "\(followed.map(\.reason))")
        try expectQuiet(.consistency)
    }

    @Test func unfollowedRiseIsNotHiddenByASecondRaisedWeek() throws {
        // Two weeks of visits written three times as large, leads left alone: each is judged
        // against the line of the person's ordinary weeks, not one flattened by the other.
        var reports = CleanReports()
        let row = reports.index(entity: 3, week: 25)
        var values = reports.values(entity: 3, week: 25)
        values[0] = (values[0] * 3).rounded()
        reports.set(entity: 3, week: 25, values)
        let alone = try #require(try findings(UnfollowedRiseDetector(), reports, row: row).first)
        var other = reports.values(entity: 3, week: 10)
        other[0] = (other[0] * 3).rounded()
        reports.set(entity: 3, week: 10, other)
        let both = try #require(try findings(UnfollowedRiseDetector(), reports, row: row).first)
        #expect(both.pValue < alone.pValue * 3, "\(both.pValue) against \(alone.pValue) alone")
        #expect(try findings(UnfollowedRiseDetector(), reports, row: reports.index(entity: 3, week: 10)).count == 1)
    }

    /// Honest reports of a small team that closes a deal in about one week of four: visits,
    /// deals, revenue.
    static func rareDeals(entities: Int) -> [AuditRow] {
        var random = SplitMix64(seed: 11)
        var rows: [AuditRow] = []
        for entity in 0..<entities {
            for week in 1...52 {
                let visits = Double(CleanReports.poisson(3, &random)) + 1
                let deals = Double(CleanReports.binomial(1, 0.25, &random))
                let revenue = deals * (2000 * exp(0.5 * CleanReports.normal(&random))).rounded()
                rows.append(AuditRow(entity: "E\(entity)", period: "\(week)", group: "g", values: [visits, deals, revenue]))
            }
        }
        return rows
    }

    @Test func peerHistoryHoldsSmallCountsToCountingNoise() throws {
        // Most weeks repeat the neighbours' median (no deal) exactly, so the robust spread of
        // the deviations nearly vanishes, yet a single deal is no news.
        let context = AuditContext(try AuditInput(measures: ["visits", "deals", "revenue"], rows: Self.rareDeals(entities: 12)))
        let strong = PeerHistoryDetector().findings(context).filter { $0.pValue < 1e-3 }
        #expect(strong.isEmpty, "\(strong.map(\.reason))")
    }

    @Test func rareDealsAreNotFlagged() throws {
        // Series of zeros with a one here and there: no outlier (generalized ESD once called a
        // lone deal infinitely far out, p = 0) and no window too smooth (nine weeks without a
        // deal happen one time in thirteen).
        let verdicts = try ReportAudit.run(try AuditInput(measures: ["visits", "deals", "revenue"], rows: Self.rareDeals(entities: 30)))
        let flagged = verdicts.filter(\.flagged)
        #expect(flagged.isEmpty, "\(flagged.map { ($0.entity, $0.period, $0.reasons) })")
    }

    @Test func aSmallGroupKeepsItsLevelWhenFewReport() throws {
        // Twelve field reps and three inside reps who make three times the visits; in week 20
        // one inside rep is away, leaving two: too few for their own median, so everyone's
        // stands in for that week, scaled to the inside reps' usual level.
        let field = CleanReports(entities: 12, seed: 7).rows
        let inside = CleanReports(entities: 3, seed: 8).rows.map { row in
            let values = row.entity == "E00" && row.period == "2026-W20" ? [0, 0, 0, 0] : [row.values[0] * 3] + row.values.dropFirst()
            return AuditRow(entity: "I" + row.entity.dropFirst(), period: row.period, group: "inside", values: values)
        }
        let input = try AuditInput(measures: CleanReports.measures, rows: field + inside)
        let context = AuditContext(input)
        let fieldMedian = context.baseline.median(group: "g", period: "2026-W20", measure: 0)
        let insideMedian = context.baseline.median(group: "inside", period: "2026-W20", measure: 0)
        #expect(insideMedian > 2 * fieldMedian, "inside \(insideMedian), field \(fieldMedian)")
        let strong = PeerHistoryDetector().findings(context).filter {
            $0.pValue < 1e-3 && input.rows[$0.rows[0]].group == "inside" && input.rows[$0.rows[0]].period == "2026-W20"
        }
        #expect(strong.isEmpty, "\(strong.map(\.reason))")
    }

    @Test func aStandInMedianIsNeverBelowZero() throws {
        // Two reps with three deals a year form a group too small for its own median: everyone's
        // stands in, scaled by the group's level, half of everyone's. In week 20 nobody closes a
        // deal; scaling `1 + 0` by a half must not make the median −0.5, which put that week's
        // "deals 0" above the peers and called it an outlier.
        var reports = CleanReports()
        for entity in 0..<12 {
            var values = reports.values(entity: entity, week: 20)
            values[2] = 0
            values[3] = 0
            reports.set(entity: entity, week: 20, values)
        }
        let pair = CleanReports(entities: 2, seed: 8).rows.map { row in
            // A deal now and then, so that the count varies and is tested for outliers.
            let deal = ["2026-W13", "2026-W26", "2026-W39"].contains(row.period) ? 1.0 : 0
            return AuditRow(entity: "K" + row.entity.dropFirst(), period: row.period, group: "k",
                            values: [row.values[0], row.values[1], deal, deal * 2000])
        }
        let input = try AuditInput(measures: CleanReports.measures, rows: reports.rows + pair)
        let context = AuditContext(input)
        #expect(context.baseline.median(group: "k", period: "2026-W20", measure: 2) == 0)
        let deals = ShiftDetector().findings(context).filter {
            input.rows[$0.rows[0]].group == "k" && input.rows[$0.rows[0]].period == "2026-W20" && $0.reason.hasPrefix("deals")
        }
        #expect(deals.isEmpty, "\(deals.map(\.reason))")
    }

    @Test func aCountReportedTheSameEveryPeriodHasNoOutlier() throws {
        // A rep who never closes a deal, among peers who close one most weeks and none in week
        // 20: against the peers that week's 0 stands higher than the others, but nothing of the
        // rep's own varied.
        var reports = CleanReports()
        for entity in 0..<12 {
            for week in 1...40 where entity == 11 || week == 20 {
                var values = reports.values(entity: entity, week: week)
                values[2] = 0
                values[3] = 0
                reports.set(entity: entity, week: week, values)
            }
        }
        let row = reports.index(entity: 11, week: 20)
        let found = try findings(ShiftDetector(), reports, row: row)
        #expect(found.isEmpty, "\(found.map(\.reason))")
    }

    @Test func peerHistoryTakesOutTheCalendar() throws {
        // Everyone doubles in week 30 (a quarter-end push): nobody stands out.
        var reports = CleanReports()
        for entity in 0..<12 {
            var values = reports.values(entity: entity, week: 30)
            values[0] *= 2
            values[1] *= 2
            reports.set(entity: entity, week: 30, values)
        }
        let strong = try PeerHistoryDetector().findings(reports.context()).filter { $0.pValue < 1e-4 }
        #expect(strong.isEmpty, "\(strong.map(\.reason))")
    }

    @Test func dealsThatWaitedForAPersonAwayAreNotABurst() throws {
        // Three weeks away (reported as zeros), then 9 deals from 4 leads: the deals of the weeks
        // away closed on the return, about 1.5 a week for this person.
        let dealFindings = { (reports: CleanReports, week: Int) in
            try self.findings(ConsistencyDetector(), reports, row: reports.index(entity: 3, week: week))
                .filter { $0.reason.hasPrefix("deals per leads") }
        }
        var away = CleanReports()
        for week in 26...28 { away.set(entity: 3, week: week, [0, 0, 0, 0]) }
        away.set(entity: 3, week: 29, [13, 4, 9, 22_500])
        let afterAbsence = try dealFindings(away, 29)
        #expect(afterAbsence.allSatisfy { $0.pValue > 0.01 }, "\(afterAbsence.map(\.reason))")
        // The same week is a funnel broken without the absence before it, after weeks without
        // visits that still brought leads and deals (not an absence), and as the first week of a
        // person who starts late (a start, not a return).
        var ordinary = CleanReports()
        ordinary.set(entity: 3, week: 29, [13, 4, 9, 22_500])
        var withoutVisits = CleanReports()
        for week in 26...28 { withoutVisits.set(entity: 3, week: week, [0, 4, 1, 2500]) }
        withoutVisits.set(entity: 3, week: 29, [13, 4, 9, 22_500])
        var lateStart = CleanReports()
        for week in 1...5 { lateStart.set(entity: 3, week: week, [0, 0, 0, 0]) }
        lateStart.set(entity: 3, week: 6, [13, 4, 9, 22_500])
        for (reports, week) in [(ordinary, 29), (withoutVisits, 29), (lateStart, 6)] {
            let found = try #require(try dealFindings(reports, week).first)
            #expect(found.pValue < 1e-3 && !found.reason.contains("may have waited"), "\(found.reason)")
        }
    }

    @Test func consistencyFlagsDealsWithoutRevenue() throws {
        var reports = CleanReports()
        reports.set(entity: 5, week: 12, [14, 5, 5, 300])
        let found = try findings(ConsistencyDetector(), reports, row: reports.index(entity: 5, week: 12))
        let first = try #require(found.first)
        #expect(first.pValue < 1e-4)
        #expect(first.reason.hasPrefix("revenue per deals 60 in 2026-W12 (300 revenue for 5 deals)"), "\(first.reason)")
        #expect(first.reason.contains("studentized residual") && first.reason.contains("Cook's distance"))
        try expectQuiet(.consistency)
    }

    /// Revenue written in thousands: a small deal rounds to 0, which is not a deal without
    /// revenue (each such week was flagged, p ≈ 1e-15, before the unit was read). Written to
    /// the unit, a 0 still is.
    @Test func aDealRoundedToNoRevenueIsNotMissingRevenue() throws {
        var reports = CleanReports()
        reports.rows = reports.rows.map { row in
            AuditRow(entity: row.entity, period: row.period, group: row.group,
                     values: Array(row.values.prefix(3)) + [1000 * (row.values[3] / 1000).rounded()])
        }
        reports.set(entity: 5, week: 12, [14, 5, 1, 0])
        let found = try findings(ConsistencyDetector(), reports, row: reports.index(entity: 5, week: 12)).filter { $0.pValue < 1e-3 }
        #expect(found.isEmpty, "\(found.map(\.reason))")
        var unrounded = CleanReports()
        unrounded.set(entity: 5, week: 12, [14, 5, 1, 0])
        let flagged = try findings(ConsistencyDetector(), unrounded, row: unrounded.index(entity: 5, week: 12))
        #expect((flagged.first?.pValue ?? 1) < 1e-4)
        // The same in millions to four places (0.0025 for 2,500): the unit is 0.0001, not one
        // larger than every amount, which would read the 0 as far more than any deal; and the
        // log scale is the amounts' own (log(1 + x) of such amounts was nearly x, p = 1).
        var decimals = CleanReports()
        decimals.rows = decimals.rows.map { row in
            AuditRow(entity: row.entity, period: row.period, group: row.group,
                     values: Array(row.values.prefix(3)) + [(row.values[3] / 100).rounded() / 10_000])
        }
        decimals.set(entity: 5, week: 12, [14, 5, 1, 0])
        let inMillions = try findings(ConsistencyDetector(), decimals, row: decimals.index(entity: 5, week: 12))
        #expect((inMillions.first?.pValue ?? 1) < 1e-4)
    }

    /// A person whose every week with deals brings the same 5,000 (a flat weekly fee): the
    /// fit's residuals are rounding error, against which ordinary reports read as outliers
    /// (two at p < 10⁻³, and a 0 among them at p = 1.9e-261). The spread is floored at what
    /// writing amounts to their unit gives.
    @Test func oneExactAmountIsNotReadAsOutliers() throws {
        var reports = CleanReports()
        reports.rows = reports.rows.map { row in
            guard row.entity == "E05" else { return row }
            return AuditRow(entity: row.entity, period: row.period, group: row.group,
                            values: Array(row.values.prefix(3)) + [row.values[2] > 0 ? 5000 : 0])
        }
        let person = Set(reports.rows.indices.filter { reports.rows[$0].entity == "E05" })
        let input = try AuditInput(measures: CleanReports.measures, rows: reports.rows)
        let found = ConsistencyDetector().findings(AuditContext(input)).filter { !person.isDisjoint(with: $0.rows) }
        #expect(found.allSatisfy { $0.pValue > 0.01 }, "\(found.map(\.reason))")
        reports.set(entity: 5, week: 12, [14, 5, 2, 0])
        let zero = try findings(ConsistencyDetector(), reports, row: reports.index(entity: 5, week: 12))
        let first = try #require(zero.first)
        #expect(first.pValue < 1e-6 && first.pValue > 1e-100, "\(first.reason)")
    }

    @Test func consistencyReadsLeadsOutOfVisitsAsTrials() throws {
        // 14 leads out of 20 visits at the person's usual third: as binomial trials a one-in-a-
        // thousand week; a Poisson count with the same mean would put it near 1 in 100.
        var reports = CleanReports()
        reports.set(entity: 4, week: 18, [20, 14, 4, 9000])
        let row = reports.index(entity: 4, week: 18)
        let found = try findings(ConsistencyDetector(), reports, row: row).filter { $0.reason.hasPrefix("leads per visits") }
        let first = try #require(found.first)
        #expect(first.pValue < 0.005, "\(first.reason)")
        // Once another of the person's weeks has more leads than visits, leads are no trials of
        // visits, and the week is held to the Poisson's wider tail.
        reports.set(entity: 4, week: 30, [3, 5, 1, 2400])
        let asCounts = try findings(ConsistencyDetector(), reports, row: row).filter { $0.reason.hasPrefix("leads per visits") }
        #expect(asCounts.allSatisfy { $0.pValue > first.pValue * 3 }, "\(asCounts.map(\.reason))")
        try expectQuiet(.consistency)
    }

    @Test func anAbsurdWeekIsFlaggedAloneNotTheWeeksAroundIt() throws {
        // A billion visits, mistyped or made up: its own week is flagged; the person's other
        // weeks are not held to the conversion it implies (almost none).
        var reports = CleanReports()
        var values = reports.values(entity: 2, week: 20)
        values[0] = 1e9
        reports.set(entity: 2, week: 20, values)
        let input = try AuditInput(measures: CleanReports.measures, rows: reports.rows)
        let person = try ReportAudit.run(input).filter { $0.entity == reports.rows[reports.index(entity: 2, week: 20)].entity }
        #expect(person.filter(\.flagged).map(\.period) == ["2026-W20"], "\(person.filter(\.flagged).map(\.reasons))")
        let absurd = try #require(person.first { $0.period == "2026-W20" })
        #expect(absurd.reasons.contains { $0.hasPrefix("visits 1000000000 in 2026-W20 is") }, "\(absurd.reasons)")
    }

    @Test func consistencyReadsInboundLeadsOnALine() throws {
        // Leads that come from marketing whatever the visits (about six a week): a week of few
        // visits and ten leads is ordinary, not a funnel broken.
        var reports = CleanReports(entities: 12, weeks: 52)
        reports.replaceLeads(seed: 3) { CleanReports.poisson(6, &$0) }
        reports.set(entity: 2, week: 30, [2, 10, 1, 2400])
        let found = try ConsistencyDetector().findings(reports.context())
            .filter { $0.reason.hasPrefix("leads per visits") && $0.pValue < 1e-3 }
        #expect(found.isEmpty, "\(found.map(\.reason))")
    }

    @Test func oneOddWeekOfInboundLeadsDoesNotExcuseAnother() throws {
        // Leads from marketing whatever the visits (about six a week): 22 in one week is a
        // funnel broken, and 40 in another week must not widen the spread it is judged by.
        var reports = CleanReports(entities: 12, weeks: 52)
        reports.replaceLeads(seed: 3) { CleanReports.poisson(6, &$0) }
        for (week, leads) in [(30, 22.0), (10, 40)] {
            var values = reports.values(entity: 2, week: week)
            values[1] = leads
            reports.set(entity: 2, week: week, values)
        }
        let found = try findings(ConsistencyDetector(), reports, row: reports.index(entity: 2, week: 30))
            .filter { $0.reason.hasPrefix("leads per visits") }
        #expect(try #require(found.first).pValue < 1e-4, "\(found.map(\.reason))")
    }

    @Test func consistencyFlagsRevenueWithoutDeals() throws {
        var reports = CleanReports()
        for (week, revenue) in [(10, 3120.0), (12, 4480), (13, 2790), (15, 5230)] {
            reports.set(entity: 2, week: week, [15, 4, 0, revenue])
        }
        let found = try findings(ConsistencyDetector(), reports, row: reports.index(entity: 2, week: 13))
        let first = try #require(found.first)
        #expect(first.pValue < 1e-4)
        #expect(first.reason.hasPrefix("revenue 2790 in 2026-W13 without any deals and not a recurring instalment"), "\(first.reason)")
    }

    @Test func revenueWithoutDealsIsHeldToTheTypicalPeersRate() throws {
        // Three people report revenue without deals in four weeks each; pooled, they would set
        // the group's rate at 12 in 440 reports, and two such weeks of a fourth person within a
        // quarter would be unremarkable (p ≈ 0.05). The typical peer has none.
        var reports = CleanReports()
        for entity in 0..<3 {
            for (offset, week) in [5, 10, 15, 20].enumerated() {
                reports.set(entity: entity, week: week, [15, 4, 0, Double(2000 + 173 * entity + 31 * offset)])
            }
        }
        reports.set(entity: 7, week: 30, [14, 4, 0, 3120])
        reports.set(entity: 7, week: 33, [16, 5, 0, 2790])
        let found = try findings(ConsistencyDetector(), reports, row: reports.index(entity: 7, week: 33))
            .filter { $0.reason.contains("without any deals") }
        let first = try #require(found.first)
        #expect(first.pValue < 1e-3, "\(first.reason)")
        #expect(first.reason.contains("where the peer group has 0.2%"), "\(first.reason)")
    }

    @Test func consistencyLeavesInstalmentsAlone() throws {
        var reports = CleanReports()
        for week in 10...17 { reports.set(entity: 2, week: week, [15, 4, 0, 1500]) }
        let found = try findings(ConsistencyDetector(), reports, row: reports.index(entity: 2, week: 13))
        #expect(found.filter { $0.reason.contains("without any deals") }.isEmpty)
    }

    @Test func revenueWithoutDealsIsHeldToThePersonsOwnHabit() throws {
        // A person paid on account of earlier deals every fourth week, all year: another such
        // week is their habit, whatever the peers do.
        var reports = CleanReports()
        for week in stride(from: 2, through: 38, by: 4) {
            let values = reports.values(entity: 2, week: week)
            reports.set(entity: 2, week: week, [values[0], values[1], 0, Double(1800 + 97 * week)])
        }
        let found = try ConsistencyDetector().findings(reports.context())
            .filter { $0.reason.contains("without any deals") && $0.pValue < 0.01 }
        #expect(found.isEmpty, "\(found.map(\.reason))")
    }

    @Test func revenueWithoutDealsCountsThePersonsInstalmentsInTheirHabit() throws {
        // A person who sells on instalments: two plans paid without deals in weeks 2–12 and
        // 40–50. Payments that overlap, or that change with a new contract, then come in at
        // amounts that do not recur; three such weeks in a quarter are that person's habit,
        // not amounts made up (the peers have none).
        var reports = CleanReports(weeks: 52)
        let plans = (2...12).map { ($0, 1200.0) } + (40...50).map { ($0, 900.0) } + [(27, 2100.0), (30, 1350), (32, 3020)]
        for (week, amount) in plans {
            let values = reports.values(entity: 2, week: week)
            reports.set(entity: 2, week: week, [values[0], values[1], 0, amount])
        }
        let found = try ConsistencyDetector().findings(reports.context())
            .filter { $0.reason.contains("without any deals") && $0.pValue < 0.01 }
        #expect(found.isEmpty, "\(found.map(\.reason))")
    }

    @Test func countsThatComeInBurstsAreWeighedByTheirOwnSpread() throws {
        // Inbound leads that come in bursts (a campaign doubles a week, a quiet week halves it):
        // negative binomial, a Poisson count whose mean is gamma-distributed (shape 2, so the
        // variance is 4 times the mean of 6). A busy week of such a person is not a funnel
        // broken, as it would be for a Poisson count: of 624 reports, about 0.6 may come below
        // 0.001 (allowing for chance, 3).
        var reports = CleanReports(entities: 12, weeks: 52)
        reports.replaceLeads(seed: 4) { random in
            let burst = -(log(Double.random(in: Double.ulpOfOne..<1, using: &random)) + log(Double.random(in: Double.ulpOfOne..<1, using: &random))) / 2
            return CleanReports.poisson(6 * burst, &random)
        }
        let found = try ConsistencyDetector().findings(reports.context())
            .filter { $0.reason.hasPrefix("leads per visits") && $0.pValue < 1e-3 }
        #expect(found.count <= 3, "\(found.map(\.reason))")
    }

    /// Twelve weeks of visits, leads, deals and revenue as a person makes them up by hand:
    /// counts in fives, amounts in hundreds.
    static let madeUpByHand: [[Double]] = [
        [20, 6, 2, 5000], [15, 5, 2, 4500], [20, 6, 1, 3000], [25, 7, 2, 5500], [15, 4, 1, 2500], [20, 5, 2, 4000],
        [20, 6, 2, 5000], [15, 5, 1, 3500], [25, 6, 2, 6000], [20, 5, 2, 4500], [15, 4, 1, 3000], [20, 6, 2, 5000],
    ]

    @Test func digitsFlagRoundNumbers() throws {
        var reports = CleanReports()
        reports.plant(Self.madeUpByHand, entity: 4, from: 22)
        let found = try findings(DigitDetector(), reports, row: reports.index(entity: 4, week: 28))
        let first = try #require(found.first)
        #expect(first.pValue < 1e-6)
        #expect(first.reason.hasPrefix("round numbers: visits 20, revenue 5000 in 2026-W28"), "\(first.reason)")
        try expectQuiet(.digits)
    }

    @Test func roundNumbersOfSomeoneWhoAlwaysRoundsAreTheirHabit() throws {
        // Someone who gives every count of ten or more in fives and revenue in hundreds, all
        // year: no quarter of theirs is rounder than the rest (their whole series differs from
        // the peers' in its last digits, which is the digit profile's finding).
        var reports = CleanReports()
        for week in 1...40 {
            var values = reports.values(entity: 3, week: week)
            if values[0] >= 10 { values[0] = (values[0] / 5).rounded() * 5 }
            values[3] = (values[3] / 100).rounded() * 100
            reports.set(entity: 3, week: week, values)
        }
        let found = try DigitDetector().findings(reports.context())
            .filter { $0.reason.hasPrefix("round numbers:") && reports.rows[$0.rows[0]].entity == "E03" && $0.pValue < 0.01 }
        #expect(found.isEmpty, "\(found.map(\.reason))")
    }

    /// Honest reports of a team selling from a price list: every deal brings 990, 1490, 2490
    /// or 4990.
    static func priceList(seed: UInt64 = 5) -> CleanReports {
        var reports = CleanReports(entities: 12, weeks: 52)
        var random = SplitMix64(seed: seed)
        let prices: [Double] = [990, 1490, 2490, 2490, 4990]
        reports.rows = reports.rows.map { row in
            let deals = Int(row.values[2])
            let revenue = (0..<deals).map { _ in prices[Int.random(in: 0..<prices.count, using: &random)] }.reduce(0, +)
            return AuditRow(entity: row.entity, period: row.period, group: row.group, values: Array(row.values.prefix(3)) + [revenue])
        }
        return reports
    }

    @Test func digitsOfATeamSellingFromAPriceListAreItsOwn() throws {
        // Far from Benford's law and from uniform last digits, but the same for the whole
        // team, so nobody's digits stand out.
        let found = try DigitDetector().findings(Self.priceList().context()).filter { $0.pValue < 0.01 }
        #expect(found.isEmpty, "\(found.prefix(3).map(\.reason))")
    }

    @Test(arguments: [1.0, 0.01])
    func wholeAmountsAmongCentsAreNotRound(scale: Double) throws {
        // Ten of twelve sellers write revenue to the cent, two to the whole unit: the two
        // write their last digit in units, and 418 is no rounder than 418.37. The same with
        // amounts a hundred times smaller (73 among 73.42).
        var reports = CleanReports(entities: 12, weeks: 52)
        var random = SplitMix64(seed: 3)
        reports.rows = reports.rows.map { row in
            var values = row.values
            values[3] = (values[3] * scale).rounded()
            if values[3] > 0, !["E04", "E09"].contains(row.entity) { values[3] += Double(Int.random(in: 1...99, using: &random)) / 100 }
            return AuditRow(entity: row.entity, period: row.period, group: row.group, values: values)
        }
        let context = try reports.context()
        #expect(context.input.amountUnit == 0.01)
        let whole = Set(reports.rows.indices.filter { ["E04", "E09"].contains(reports.rows[$0].entity) })
        let found = (try DigitDetector().findings(context) + RoundStretchDetector().findings(context))
            .filter { $0.pValue < 0.01 && !whole.isDisjoint(with: $0.rows) }
        #expect(found.isEmpty, "\(found.map(\.reason))")
    }

    @Test func oneAmountCopiedWeekAfterWeekIsTooCalm() throws {
        // Twelve weeks of one deal worth exactly 2,500 by a person whose peers' amounts never
        // repeat: made up, however often the person repeats it.
        var reports = CleanReports(entities: 12, weeks: 52)
        for (week, visits) in zip(20...31, [12.0, 14, 13, 12, 14, 13, 13, 12, 14, 13, 12, 14]) {
            reports.set(entity: 3, week: week, [visits, 4, 1, 2500])
        }
        let found = try #require(try CalmStretchDetector().findings(reports.context()).first)
        #expect(found.pValue < 1e-6, "\(found.reason)")
        #expect(found.reason.contains("revenue in each") && found.reason.contains("varying"), "\(found.reason)")
    }

    @Test func madeUpAmountsInAPriceListTeamStillStandOut() throws {
        // One seller of the team writes amounts of their own making, in round thousands and
        // halves, all year: far from the team's list prices.
        var reports = Self.priceList()
        var random = SplitMix64(seed: 8)
        for week in 1...52 {
            var values = reports.values(entity: 6, week: week)
            guard values[2] > 0 else { continue }
            values[3] = 500 * Double(Int.random(in: 3...12, using: &random))
            reports.set(entity: 6, week: week, values)
        }
        let found = try DigitDetector().findings(reports.context()).filter { $0.pValue < 0.01 }
        let sellers = Set(found.flatMap { $0.rows.map { reports.rows[$0].entity } })
        #expect(sellers == ["E06"], "\(found.map(\.reason))")
    }

    @Test func aRunOfListPricesIsNotTooCalm() throws {
        // Eight weeks of one deal at the usual price, the visits half as variable as usual:
        // the same amount eight times, honestly.
        var reports = Self.priceList()
        for (week, visits) in zip(20...27, [12.0, 16, 14, 11, 15, 13, 17, 14]) {
            reports.set(entity: 3, week: week, [visits, 4, 1, 2490])
        }
        let found = try CalmStretchDetector().findings(reports.context()).filter { $0.pValue < 0.05 }
        #expect(found.isEmpty, "\(found.map(\.reason))")
    }

    @Test func roundStretchFlagsTheWholeMadeUpStretch() throws {
        // Twelve weeks written by hand: most values round, two of them not at all (a count
        // below 10 and an amount to the tens), which the window test cannot attribute.
        var reports = CleanReports()
        var made = Self.madeUpByHand
        made[3] = [8, 7, 2, 5500]
        made[8] = [9, 6, 2, 4170]
        reports.plant(made, entity: 4, from: 22)
        let found = try RoundStretchDetector().findings(reports.context())
        let stretch = try #require(found.first)
        #expect(found.count == 1 && stretch.scope == .group)
        #expect(stretch.pValue < 1e-8)
        let madeUp = Set((22..<34).map { reports.index(entity: 4, week: $0) })
        #expect(madeUp.isSubset(of: Set(stretch.rows)) && stretch.rows.count <= madeUp.count + 2, "\(stretch.reason)")
        #expect(stretch.reason.hasPrefix("round numbers from 2026-W"), "\(stretch.reason)")
        #expect(stretch.reason.contains("values are round where the peers' and the person's usual rates predict"))
        // Nothing on honest reports.
        for seed: UInt64 in [7, 8, 9] {
            let honest = try RoundStretchDetector().findings(CleanReports(seed: seed).context())
            #expect(honest.isEmpty, "seed \(seed): \(honest.map(\.reason))")
        }
    }

    @Test func duplicatesReadTheCountsWithoutTheReportTested() {
        // Three reports of the same counts and one apart: of the 6 pairs, 3 are equal; without
        // the third report's pairs, 1 of the 3 left is.
        let counts: [[Double]] = [[1, 1], [1, 1], [1, 1], [5, 5]]
        let gaps = PairGaps(counts)
        #expect(gaps.share(within: [0, 0]) == 0.5)
        #expect(DuplicateDetector.shareWithout(2, counts: counts, within: [0, 0], pairGaps: gaps) == 1.0 / 3)
        // Without the report apart, every pair left is equal.
        #expect(DuplicateDetector.shareWithout(3, counts: counts, within: [0, 0], pairGaps: gaps) == 1)
    }

    @Test func duplicatesFlagACopiedWeek() throws {
        var reports = CleanReports()
        reports.set(entity: 6, week: 31, reports.values(entity: 6, week: 8))
        let found = try findings(DuplicateDetector(), reports, row: reports.index(entity: 6, week: 31))
        let first = try #require(found.first)
        #expect(first.pValue < 1e-3)
        #expect(first.reason.hasPrefix("2026-W31 repeats exactly 2026-W08"), "\(first.reason)")
        // The original is not the copy.
        let original = try findings(DuplicateDetector(), reports, row: reports.index(entity: 6, week: 8))
        #expect(original.allSatisfy { !$0.reason.contains("2026-W31") })
        try expectQuiet(.duplicate)
    }

    @Test func duplicatesWeighOnlyAmountsRepeatedAsWritten() throws {
        // The same counts with an amount one unit off: under the honest model as likely as the
        // same amount, but a copy repeats the amount as written. Weighed as a near match, the
        // counts' share and the amounts' share multiplied, a pair of two small shares is far
        // likelier than their product among the person's pairs.
        var reports = CleanReports()
        var values = reports.values(entity: 6, week: 8)
        values[3] += 1
        reports.set(entity: 6, week: 31, values)
        let copy = reports.index(entity: 6, week: 31)
        let found = try findings(DuplicateDetector(), reports, row: copy)
        #expect(found.allSatisfy { $0.pValue > 0.01 }, "\(found.map(\.reason))")
    }

    @Test func duplicatePValuesHoldOnHonestReports() throws {
        // Each report's p-value is the chance of so close an earlier report: on honest reports
        // at most 1% of them may come below 0.01 (allowing for chance, 1.5% of 4,800).
        var reports = 0, below = 0
        for seed: UInt64 in 1...10 {
            let clean = CleanReports(seed: seed)
            reports += clean.rows.count
            below += try DuplicateDetector().findings(clean.context()).filter { $0.pValue <= 0.01 }.count
        }
        #expect(Double(below) <= 0.015 * Double(reports), "\(below) of \(reports)")
    }

    @Test func duplicatesWeighARepeatByTheAmountsRounding() throws {
        // The same copy is a coincidence a hundred times likelier for a person who writes
        // every amount in hundreds than for one who writes them to the unit.
        var exact = CleanReports()
        exact.set(entity: 6, week: 31, exact.values(entity: 6, week: 8))
        var rounded = CleanReports()
        for week in 1...40 {
            var values = rounded.values(entity: 6, week: week)
            values[3] = (values[3] / 100).rounded() * 100
            rounded.set(entity: 6, week: week, values)
        }
        rounded.set(entity: 6, week: 31, rounded.values(entity: 6, week: 8))
        let copy = exact.index(entity: 6, week: 31)
        let toTheUnit = try #require(try findings(DuplicateDetector(), exact, row: copy).first)
        let inHundreds = try findings(DuplicateDetector(), rounded, row: copy).first?.pValue ?? 1
        #expect(toTheUnit.pValue < 1e-4)
        #expect(inHundreds > 10 * toTheUnit.pValue)
    }

    @Test func duplicatesCountOnlyRivalsThatCouldComeAsClose() throws {
        // Weeks without a deal bring no amount to compare, so none of them can match a copy
        // down to its amount: only the earlier weeks with revenue count as rivals.
        var reports = CleanReports()
        for week in 2...27 {
            let values = reports.values(entity: 6, week: week)
            reports.set(entity: 6, week: week, [values[0], values[1], 0, 0])
        }
        reports.set(entity: 6, week: 31, reports.values(entity: 6, week: 1))
        let copy = reports.index(entity: 6, week: 31)
        let found = try #require(try findings(DuplicateDetector(), reports, row: copy).first)
        #expect(found.reason.hasPrefix("2026-W31 repeats exactly 2026-W01"), "\(found.reason)")
        // The pair's chance times the 4 earlier weeks with revenue (4.8e-6), not times all 30
        // earlier weeks (3.6e-5).
        #expect(found.pValue < 1e-5)
    }

    @Test func duplicatesLeaveInstalmentsAlone() throws {
        // A client pays 1500 every week for six weeks without a new deal: the same amount
        // recurs without anyone copying anything.
        var reports = CleanReports()
        for week in 10...15 {
            let values = reports.values(entity: 4, week: week)
            reports.set(entity: 4, week: week, [values[0], values[1], 0, 1500])
        }
        let context = try reports.context()
        let plan = Set((10...15).map { reports.index(entity: 4, week: $0) })
        let found = DuplicateDetector().findings(context).filter { !plan.isDisjoint(with: $0.rows) }
        #expect(found.allSatisfy { $0.pValue > 1e-3 }, "\(found.map(\.reason))")
        try expectQuiet(.duplicate)
    }

    @Test func conversionFlagsPaddedVisits() throws {
        var reports = CleanReports()
        reports.multiply(measure: 0, by: 2.5, entity: 1, weeks: 13...32)
        let found = try findings(ConversionDetector(), reports, row: reports.index(entity: 1, week: 22))
        let first = try #require(found.first)
        #expect(first.pValue < 1e-4, "\(found.map(\.reason))")
        #expect(first.scope == .group)
        #expect(first.reason.hasPrefix("visits rose without leads following in 2026-W"), "\(first.reason)")
        #expect(first.rows.count >= 15 && first.rows.count <= 24, "\(first.reason)")
        // The whole audit flags the padded stretch, with the stretch as the reason.
        let verdicts = try ReportAudit.run(try AuditInput(measures: CleanReports.measures, rows: reports.rows))
        let padded = Set((13...32).map { reports.index(entity: 1, week: $0) })
        let flagged = verdicts.filter(\.flagged)
        #expect(flagged.filter { padded.contains($0.row) }.count >= 15)
        #expect(flagged.filter { !padded.contains($0.row) }.count <= 2, "\(flagged.map { ($0.entity, $0.period, $0.reasons) })")
        #expect(verdicts[reports.index(entity: 1, week: 22)].reasons.first?.hasPrefix("visits rose without leads") == true)
        try expectQuiet(.conversion)
    }

    @Test func conversionLeavesActivityThatBringsOutcomesAlone() throws {
        // More visits that bring leads and deals in proportion (a new territory): activity rose,
        // the conversions did not fall.
        var reports = CleanReports()
        var random = SplitMix64(seed: 99)
        for week in 15...30 {
            var values = reports.values(entity: 1, week: week)
            let visits = CleanReports.poisson(2 * values[0], &random)
            values[0] = Double(visits)
            let leads = CleanReports.binomial(visits, 0.3, &random)
            values[1] = Double(leads)
            values[2] = Double(CleanReports.binomial(leads, 0.35, &random))
            reports.set(entity: 1, week: week, values)
        }
        let strong = try ConversionDetector().findings(reports.context()).filter { $0.pValue < 0.01 }
        #expect(strong.isEmpty, "\(strong.map(\.reason))")
    }

    /// Reports in which entity 3 (at about the peers' level) starts in week 15 (a new hire) and ramps up over ten weeks:
    /// visits from a fifth of the usual level, leads from those visits, deals from a pipeline
    /// that fills only as the ramp-up ends.
    func newHire(_ random: inout SplitMix64) -> CleanReports {
        var reports = CleanReports()
        reports.rows.removeAll { $0.entity == "E03" && $0.period < "2026-W15" }
        for week in 15...24 {
            let ramp = 0.2 + 0.08 * Double(week - 15)
            let visits = CleanReports.poisson(14 * ramp, &random), leads = CleanReports.binomial(visits, 0.3, &random)
            let deals = CleanReports.binomial(leads, 0.35 * ramp * ramp, &random)
            reports.set(entity: 3, week: week, [Double(visits), Double(leads), Double(deals), Double(2500 * deals)])
        }
        return reports
    }

    @Test func conversionFlagsPaddingDuringARampUp() throws {
        var random = SplitMix64(seed: 11)
        var reports = newHire(&random)
        reports.multiply(measure: 0, by: 2.5, entity: 3, weeks: 15...26)
        let found = try findings(ConversionDetector(), reports, row: reports.index(entity: 3, week: 20))
        let first = try #require(found.first)
        #expect(first.pValue < 1e-3, "\(found.map(\.reason))")
        #expect(first.reason.hasPrefix("visits rose without leads following in 2026-W"), "\(first.reason)")
        // Most of the padded weeks, and none after them.
        let padded = Set((15...26).map { reports.index(entity: 3, week: $0) })
        #expect(first.rows.count >= 8 && Set(first.rows).isSubset(of: padded), "\(first.reason)")
    }

    @Test func conversionLeavesAnHonestRampUpAlone() throws {
        for seed: UInt64 in [11, 12, 13] {
            var random = SplitMix64(seed: seed)
            let strong = try ConversionDetector().findings(newHire(&random).context()).filter { $0.pValue < 0.01 }
            #expect(strong.isEmpty, "seed \(seed): \(strong.map(\.reason))")
        }
    }

    @Test func shiftsFlagInflatedRevenue() throws {
        var reports = CleanReports()
        reports.multiply(measure: 3, by: 4, entity: 8, weeks: 24...33)
        let found = try findings(ShiftDetector(), reports, row: reports.index(entity: 8, week: 28))
        let first = try #require(found.first { $0.reason.hasPrefix("revenue per deals rose") })
        #expect(first.pValue < 0.01, "\(first.reason)")
        try expectQuiet(.shift)
    }

    @Test func smoothnessFlagsFlatWeeks() throws {
        var reports = CleanReports()
        for week in 23...36 { reports.set(entity: 9, week: week, [14, 4, 1, 2600 + Double(week)]) }
        let found = try findings(SmoothnessDetector(), reports, row: reports.index(entity: 9, week: 30))
        let first = try #require(found.first)
        #expect(first.pValue < 1e-3)
        #expect(first.reason.hasPrefix("too smooth: from 2026-W26 to 2026-W34"), "\(first.reason)")
        try expectQuiet(.smoothness)
    }

    @Test func smoothnessStillFindsFlatWeeksOfAPersonAloneInAGroup() throws {
        // The flat weeks of smoothnessFlagsFlatWeeks, by a person who is alone in their group.
        var reports = CleanReports()
        for week in 23...36 { reports.set(entity: 9, week: week, [14, 4, 1, 2600 + Double(week)]) }
        reports.rows = reports.rows.map { row in
            AuditRow(entity: row.entity, period: row.period, group: row.entity == "E09" ? "alone" : row.group, values: row.values)
        }
        let found = try SmoothnessDetector().findings(reports.context()).filter { $0.pValue < 1e-3 }
        #expect(found.contains { $0.rows == [reports.index(entity: 9, week: 30)] }, "\(found.map(\.reason))")
        #expect(found.allSatisfy { $0.reason.contains("everyone's typical stretch") && reports.rows[$0.rows[0]].entity == "E09" })
    }

    @Test func smoothnessJudgesAPersonAloneInAGroupByEveryone() throws {
        // Each person in a group of their own: compared with their own windows only, the
        // calmest of an honest series would be the tail of its own null.
        var strongest: [String] = []
        for seed: UInt64 in [7, 8, 9, 10] {
            var reports = CleanReports(entities: 30, weeks: 52, seed: seed)
            reports.rows = reports.rows.map { AuditRow(entity: $0.entity, period: $0.period, group: $0.entity, values: $0.values) }
            strongest += try SmoothnessDetector().findings(reports.context()).filter { $0.pValue < 1e-4 }.map(\.reason)
        }
        #expect(strongest.isEmpty, "\(strongest)")
    }

    @Test func calmStretchFlagsNumbersDrawnBetweenBounds() throws {
        // Ten weeks whose four numbers are drawn uniformly around the person's usual level, each
        // on its own, as a spreadsheet's random function draws them.
        var reports = CleanReports()
        var random = SplitMix64(seed: 11)
        for week in 21...30 {
            reports.set(entity: 5, week: week, [Double(Int.random(in: 11...19, using: &random)), Double(Int.random(in: 3...6, using: &random)),
                                                Double(Int.random(in: 0...2, using: &random)), Double(Int.random(in: 2600...4000, using: &random))])
        }
        let found = try #require(try CalmStretchDetector().findings(reports.context()).first)
        let weeks = Set(found.rows.map { reports.rows[$0].period })
        #expect(found.pValue < 1e-3, "\(found.reason)")
        #expect(found.scope == .group)
        #expect(weeks.isSubset(of: Set((19...32).map { String(format: "2026-W%02d", $0) })), "\(found.reason)")
        #expect(weeks.count >= 8, "\(found.reason)")
        #expect(found.reason.contains(" reports): revenue in each ("), "\(found.reason)")
        // Nothing on honest reports.
        for seed: UInt64 in [7, 8, 9] {
            let honest = try CalmStretchDetector().findings(CleanReports(seed: seed).context())
            #expect(honest.isEmpty, "seed \(seed): \(honest.map(\.reason))")
        }
    }

    @Test func paymentsThatVaryAsUsualAreNotTooCalm() throws {
        // Sixteen weeks of payments without deals whose amounts vary as much as the person's
        // deals do: revenue without deals, but nothing calm about it.
        var reports = CleanReports()
        var random = SplitMix64(seed: 12)
        for week in 10...25 {
            let values = reports.values(entity: 4, week: week)
            reports.set(entity: 4, week: week, [values[0], values[1], 0, (3000 * exp(0.9 * CleanReports.normal(&random))).rounded()])
        }
        let found = try CalmStretchDetector().findings(reports.context())
        #expect(found.allSatisfy { $0.pValue > 0.05 }, "\(found.map(\.reason))")
    }

    @Test func calmStretchLeavesInstalmentsAlone() throws {
        // A client pays 1500 a week for twelve weeks in which no deal closes: the same amount
        // every week, which is no deal's amount and no sign of made-up numbers.
        var reports = CleanReports()
        for week in 12...23 {
            let values = reports.values(entity: 4, week: week)
            reports.set(entity: 4, week: week, [values[0], values[1], 0, 1500])
        }
        let found = try CalmStretchDetector().findings(reports.context())
        #expect(found.allSatisfy { $0.pValue > 0.05 }, "\(found.map(\.reason))")
    }
}
