import Attribution
import Testing

/// ROI, cost per lead and CAC against their closed forms, and the notes on empty values.
struct CampaignMetricsTests {
    @Test func closedForms() throws {
        let record = CampaignRecord(campaign: "C1", name: "Launch", channel: "search", start: 20_000, end: 20_030,
                                    cost: 200, revenue: 250, leads: 8, customers: 3)
        let review = try CampaignReview([record])
        let campaign = try #require(review.campaigns.first)
        #expect(campaign.roi == 0.25)                           // (250 − 200) ÷ 200
        #expect(campaign.costPerLead == 25)                     // 200 ÷ 8
        #expect(abs((campaign.cac ?? 0) - 66.666_666_666_666_67) < 1e-12)  // 200 ÷ 3
        #expect(campaign.costPerLeadGap == nil && campaign.cacGap == nil)
        #expect(review.notes.isEmpty)
    }

    @Test func lossAndBreakEven() throws {
        let review = try CampaignReview([
            CampaignRecord(campaign: "loss", name: "A", channel: "tv", start: 0, end: 0, cost: 400, revenue: 100),
            CampaignRecord(campaign: "even", name: "B", channel: "tv", start: 0, end: 0, cost: 400, revenue: 400),
            CampaignRecord(campaign: "nothing", name: "C", channel: "tv", start: 0, end: 0, cost: 400, revenue: 0),
        ], consecutive: 3)
        let roi = Dictionary(uniqueKeysWithValues: review.campaigns.map { ($0.record.campaign, $0.roi) })
        #expect(roi == ["loss": -0.75, "even": 0, "nothing": -1])
    }

    @Test func emptyWhereTheCountIsMissingOrZero() throws {
        let review = try CampaignReview([
            CampaignRecord(campaign: "C1", name: "A", channel: "email", start: 0, end: 9, cost: 100, revenue: 300, leads: 0, customers: nil),
            CampaignRecord(campaign: "C2", name: "B", channel: "email", start: 0, end: 9, cost: 100, revenue: 300, leads: 4, customers: 0),
            CampaignRecord(campaign: "C3", name: "C", channel: "email", start: 0, end: 9, cost: 100, revenue: 300, leads: nil, customers: 5),
        ])
        let byID = Dictionary(uniqueKeysWithValues: review.campaigns.map { ($0.record.campaign, $0) })
        #expect(byID["C1"]?.costPerLead == nil && byID["C1"]?.costPerLeadGap == .zero)
        #expect(byID["C1"]?.cac == nil && byID["C1"]?.cacGap == .notReported)
        #expect(byID["C2"]?.costPerLead == 25 && byID["C2"]?.cacGap == .zero)
        #expect(byID["C3"]?.costPerLeadGap == .notReported && byID["C3"]?.cac == 20)
        #expect(review.notes == ["cost per lead left empty for C3: no leads reported.",
                                 "cost per lead left empty for C1: 0 leads.",
                                 "CAC left empty for C1: no customers reported.",
                                 "CAC left empty for C2: 0 customers."])
        let none = try CampaignReview([CampaignRecord(campaign: "X", name: "A", channel: "tv", start: 0, end: 0, cost: 1, revenue: 1)])
        #expect(none.notes == ["cost per lead left empty for every campaign: no leads reported.",
                               "CAC left empty for every campaign: no customers reported."])
    }
}
