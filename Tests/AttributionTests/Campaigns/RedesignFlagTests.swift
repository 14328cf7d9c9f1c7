import Attribution
import Testing

/// The redesign rule: ROI below the threshold in k consecutive periods up to the latest.
struct RedesignFlagTests {
    typealias F = CampaignFixtures

    @Test func exactlyKBelowFlags() throws {
        let review = try CampaignReview(F.flights([0.5, 0.25, 0.03125, -0.25]), threshold: 0.05, consecutive: 2)
        let flag = try #require(review.flags.first)
        #expect(review.flags.count == 1)
        #expect(flag.kind == .redesign)
        #expect(flag.campaign == "P4")  // keyed by the latest period
        #expect(flag.evidence.periods.map(\.record.campaign) == ["P3", "P4"])
        #expect(flag.evidence.periods.map(\.roi) == [0.03125, -0.25])
        #expect(flag.evidence.threshold == 0.05 && flag.evidence.consecutive == 2)
        #expect(flag.evidence.reportedROI == -0.25)
        #expect(flag.reason == "ROI stayed below 5% in the last 2 periods of \"Spring push\" on search"
                + " (P3 3.1%, P4 -25.0%), so the campaign needs a redesign.")
    }

    @Test func kMinusOneBelowDoesNotFlag() throws {
        #expect(try CampaignReview(F.flights([0.5, 0.25, 0.03125, -0.25]), consecutive: 3).flags.isEmpty)
        #expect(try CampaignReview(F.flights([0.5, 0.25, -0.25]), consecutive: 2).flags.isEmpty)
        // With k = 1 the latest period alone decides; a single weak one-off is flagged.
        #expect(try CampaignReview(F.flights([0.5, 0.25, -0.25]), consecutive: 1).flags.map(\.campaign) == ["P3"])
        #expect(try CampaignReview(F.flights([-0.25]), consecutive: 1).flags.map(\.campaign) == ["P1"])
        #expect(try CampaignReview(F.flights([-0.25]), consecutive: 2).flags.isEmpty)
    }

    @Test func anROIOfExactlyTheThresholdIsNotBelowIt() throws {
        // Revenue 3.15 on a cost of 3 is an ROI of 5%, which floating point holds as 4.999999999999996%.
        let records = ["2025-01-01", "2025-04-01"].enumerated().map { index, start in
            CampaignRecord(campaign: "A\(index + 1)", name: "Even", channel: "search", start: F.day(start), end: F.day(start),
                           cost: 3, revenue: 3.15, leads: nil, customers: nil)
        }
        #expect((records[0].revenue - records[0].cost) / records[0].cost < 0.05)
        #expect(try CampaignReview(records, threshold: 0.05, consecutive: 2).flags.isEmpty)
    }

    @Test func aPeriodAtOrAboveTheThresholdBreaksTheStreak() throws {
        // below, above, below: the streak restarts, one period long.
        #expect(try CampaignReview(F.flights([-0.5, 0.25, -0.5]), consecutive: 2).flags.isEmpty)
        // A long earlier streak that recovered in the latest period is not flagged.
        #expect(try CampaignReview(F.flights([-0.5, -0.5, -0.5, 0.25]), consecutive: 2).flags.isEmpty)
        // Only the trailing streak is evidence, not the earlier weak periods.
        let review = try CampaignReview(F.flights([-0.5, -0.5, 0.25, -0.125, -0.25, -0.5]), consecutive: 2)
        #expect(review.flags.first?.evidence.periods.map(\.record.campaign) == ["P4", "P5", "P6"])
        #expect(review.flags.first?.reason.contains("in the last 3 periods") == true)
        #expect(try CampaignReview(F.flights([-0.5, -0.5, -0.5]), consecutive: 2).flags.first?.reason
                .contains("in all 3 periods") == true)
    }

    @Test func thresholdEqualityIsNotBelow() throws {
        // (1050 − 1000) ÷ 1000 is the double nearest 0.05, the same as the threshold.
        let atThreshold = (0..<2).map { index in
            CampaignRecord(campaign: "E\(index)", name: "Even", channel: "email", start: index * 100, end: index * 100 + 30,
                           cost: 1000, revenue: 1050)
        }
        let review = try CampaignReview(atThreshold, threshold: 0.05, consecutive: 2)
        #expect(review.campaigns.allSatisfy { $0.roi == 0.05 })
        #expect(review.flags.isEmpty)
        // Below means below by more than floating-point error (a billionth).
        #expect(try CampaignReview(atThreshold, threshold: 0.050_000_000_000_01, consecutive: 2).flags.isEmpty)
        #expect(try CampaignReview(atThreshold, threshold: 0.050_000_1, consecutive: 2).flags.count == 1)
        // A negative threshold works the same way: below −10% twice.
        #expect(try CampaignReview(F.flights([-0.25, -0.125]), threshold: -0.1, consecutive: 2).flags.count == 1)
        #expect(try CampaignReview(F.flights([-0.25, -0.0625]), threshold: -0.1, consecutive: 2).flags.isEmpty)
    }

    @Test func seriesAreNameAndChannelInStartOrder() throws {
        // Rows arrive shuffled; the same name on another channel is another series.
        var records = F.flights([0.5, -0.5, -0.25], name: "Always on", channel: "social", prefix: "S")
        records += F.flights([-0.5, -0.5, 0.5], name: "Always on", channel: "search", prefix: "Q")
        records.reverse()
        let review = try CampaignReview(records, consecutive: 2)
        #expect(review.series.map(\.channel) == ["search", "social"])
        #expect(review.series[1].periods.map(\.record.campaign) == ["S1", "S2", "S3"])
        #expect(review.flags.map(\.campaign) == ["S3"])
        // Flagged campaigns come first, then the rest by name, channel and start.
        #expect(review.campaigns.map(\.record.campaign) == ["S3", "Q1", "Q2", "Q3", "S1", "S2"])
    }

    @Test func spellingsOfOneCampaignAreOneSeries() throws {
        // Three quarters of one campaign, written three ways by the export: one series, flagged,
        // and the spellings named.
        let records = [F.record("A1", name: "Spring push", channel: "social", start: "2025-01-01", cost: 1024, roi: -1),
                       F.record("A2", name: "Spring Push", channel: "social", start: "2025-04-01", cost: 1024, roi: -1),
                       F.record("A3", name: "Spring push ", channel: "Social", start: "2025-07-01", cost: 1024, roi: -1)]
        let review = try CampaignReview(records, consecutive: 2)
        #expect(review.series.count == 1 && review.series[0].name == "Spring push")
        #expect(review.flags.map(\.campaign) == ["A3"])
        #expect(review.flags.map(\.name) == ["Spring push"] && review.flags.map(\.channel) == ["social"])
        #expect(review.notes.contains("\"Spring push\" on \"social\", \"Spring Push\" on \"social\", \"Spring push \" on \"Social\" are read as one campaign (case and surrounding spaces aside)."),
                "\(review.notes)")
    }

    @Test func roisNearTheThresholdShowTheirSide() throws {
        // 4.99% and 5.01% against 5%: one decimal would print both as 5.0%.
        #expect(ThresholdPercent.text(0.0499, threshold: 0.05) == "4.99%")
        #expect(ThresholdPercent.text(0.0501, threshold: 0.05) == "5.01%")
        #expect(ThresholdPercent.text(0.05, threshold: 0.05) == "5.0%")
        #expect(ThresholdPercent.text(-0.25, threshold: 0.05) == "-25.0%")
        #expect(ThresholdPercent.text(0.0499999999, threshold: 0.05) == "5.0%")  // within rounding: equal
        #expect(ThresholdPercent.text(0.0499999, threshold: 0.05) == "4.9999%")
        #expect(ThresholdPercent.text(-0.1000001, threshold: -0.1) == "-10.0001%")
        // Revenue 3.15 on a cost of 3 is an ROI of 5%, whatever the binary rounding says.
        #expect(ThresholdPercent.text(3.15 / 3 - 1, threshold: 0.05) == "5.0%")
        let review = try CampaignReview(F.flights([0.0499, 0.0499]), consecutive: 2)
        #expect(review.flags.first?.reason.contains("(P1 4.99%, P2 4.99%)") == true, "\(review.flags.map(\.reason))")
    }

    @Test func gapsInTimeDoNotBreakAStreakAndOverlapsAreNoted() throws {
        let paused = [F.record("A", start: "2025-01-01", roi: -0.5), F.record("B", start: "2026-07-01", roi: -0.5)]
        #expect(try CampaignReview(paused, consecutive: 2).flags.map(\.campaign) == ["B"])
        let overlapping = [F.record("north", start: "2025-01-01", end: "2025-03-31", roi: 0.5),
                           F.record("south", start: "2025-02-01", end: "2025-03-31", roi: 0.5)]
        #expect(try CampaignReview(overlapping).notes.last
                == "north and south of \"Spring push\" on search overlap in time; they count as successive periods in start order.")
        // Equal start days order by end day, then id.
        let sameStart = [F.record("b", start: "2025-01-01", end: "2025-01-31", roi: -0.5),
                         F.record("a", start: "2025-01-01", end: "2025-01-31", roi: 0.5),
                         F.record("c", start: "2025-01-01", end: "2025-01-10", roi: -0.5)]
        #expect(try CampaignReview(sameStart).series.first?.periods.map(\.record.campaign) == ["c", "a", "b"])
    }

    @Test func flagsAreOrderedRedesignsFirstByName() throws {
        let records = F.flights([-0.5, -0.5], name: "Zeta", prefix: "Z") + F.flights([-0.5, -0.5], name: "Alpha", prefix: "A")
            + F.flights([0.5, 0.5], name: "Beta", prefix: "B")
        let review = try CampaignReview(records, consecutive: 2,
                                        attributed: [AttributedROI(campaign: "B1", low: -0.5, high: 0, source: "model")])
        #expect(review.flags.map(\.campaign) == ["A2", "Z2", "B1"])
        #expect(review.flags.map(\.kind) == [.redesign, .redesign, .doubtful])
        #expect(review.campaigns.prefix(3).map(\.record.campaign) == ["A2", "Z2", "B1"])
    }
}
