import Attribution
import Testing

/// The doubtful rule on constructed model-attributed intervals.
struct DoubtfulFlagTests {
    typealias F = CampaignFixtures

    static let records = [F.record("C1", name: "Video", channel: "social", start: "2026-01-01", roi: 0.5),
                          F.record("C2", name: "Print", channel: "print", start: "2026-01-01", roi: 0.25)]

    @Test func highBoundBelowTheThresholdFlags() throws {
        let interval = AttributedROI(campaign: "C1", roi: -0.1, low: -0.3, high: 0.03, source: "attribution run-7")
        let review = try CampaignReview(Self.records, attributed: [interval])
        let flag = try #require(review.flags.first)
        #expect(review.flags.count == 1)
        #expect(flag.kind == .doubtful && flag.campaign == "C1" && flag.name == "Video" && flag.channel == "social")
        #expect(flag.evidence.attributed == interval)
        #expect(flag.evidence.reportedROI == 0.5)
        #expect(flag.evidence.periods.isEmpty)
        #expect(flag.reason == "The model attributes C1 an ROI of at most 3.0% (interval -30.0% to 3.0%, attribution run-7),"
                + " below the 5% threshold, so its reported ROI of 50.0% is doubtful.")
    }

    @Test func highBoundAtOrAboveTheThresholdDoesNot() throws {
        for high in [0.05, 0.06, 2.0] {
            let review = try CampaignReview(Self.records, threshold: 0.05,
                                            attributed: [AttributedROI(campaign: "C1", low: -1, high: high, source: "m")])
            #expect(review.flags.isEmpty, "high \(high)")
        }
        // The point estimate below the threshold alone is not enough.
        let wide = AttributedROI(campaign: "C2", roi: -0.2, low: -0.9, high: 0.4, source: "m")
        #expect(try CampaignReview(Self.records, attributed: [wide]).flags.isEmpty)
    }

    @Test func revenueIntervalsBecomeROIWithTheCost() throws {
        // Cost 1024: revenue 512 … 1040 is ROI −50% … 1.5625%.
        let interval = AttributedROI(campaign: "C2", revenue: 800, revenueLow: 512, revenueHigh: 1040, cost: 1024, source: "mmm")
        #expect(interval.low == -0.5 && interval.high == 0.015_625 && interval.roi == -0.218_75)
        let review = try CampaignReview(Self.records, attributed: [interval])
        #expect(review.flags.map(\.campaign) == ["C2"])
        #expect(review.flags.first?.evidence.reportedROI == 0.25)
    }

    @Test func aRedesignThatIsAlsoDoubtfulIsOneFlagWithBothPiecesOfEvidence() throws {
        let records = F.flights([-0.5, -0.25])
        let interval = AttributedROI(campaign: "P2", low: -0.6, high: -0.125, source: "mmm")
        let review = try CampaignReview(records, consecutive: 2, attributed: [interval])
        let flag = try #require(review.flags.first)
        #expect(review.flags.count == 1)
        #expect(flag.kind == .redesign && flag.evidence.attributed == interval)
        #expect(flag.reason.hasSuffix("; the model's attributed ROI for P2 is at most -12.5% too."))
        // On an earlier period of the streak the interval is a flag of its own.
        let earlier = try CampaignReview(records, consecutive: 2,
                                         attributed: [AttributedROI(campaign: "P1", low: -0.6, high: -0.125, source: "mmm")])
        #expect(earlier.flags.map(\.kind) == [.redesign, .doubtful])
        #expect(earlier.flags.map(\.campaign) == ["P2", "P1"])
    }

    @Test func badIntervalsAreErrors() throws {
        #expect(throws: CampaignError.unknownCampaign(place: "attributed ROI of campaign \"C9\"", campaign: "C9")) {
            try CampaignReview(Self.records, attributed: [AttributedROI(campaign: "C9", low: 0, high: 1, source: "m")])
        }
        let inverted = AttributedROI(campaign: "C1", low: 0.5, high: 0.25, source: "m", origin: "attributed.csv, line 2")
        #expect(throws: CampaignError.invertedInterval(place: "attributed.csv, line 2", low: 0.5, high: 0.25)) {
            try CampaignReview(Self.records, attributed: [inverted])
        }
        let twice = [AttributedROI(campaign: "C1", low: 0, high: 1, source: "m", origin: "a.csv, line 2"),
                     AttributedROI(campaign: "C1", low: 0, high: 1, source: "m", origin: "a.csv, line 5")]
        #expect(throws: CampaignError.duplicateAttribution(campaign: "C1", place: "a.csv, line 5", firstPlace: "a.csv, line 2")) {
            try CampaignReview(Self.records, attributed: twice)
        }
        #expect(throws: CampaignError.nonFinite(place: "attributed ROI of campaign \"C1\"", column: "roi_high")) {
            try CampaignReview(Self.records, attributed: [AttributedROI(campaign: "C1", low: 0, high: .infinity, source: "m")])
        }
    }
}
