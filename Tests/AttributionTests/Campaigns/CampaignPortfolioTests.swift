import Attribution
import Testing

/// A set of campaigns taken together, against the closed forms.
struct CampaignPortfolioTests {
    @Test func roiAndCostPerLeadOfTheCampaignsTogether() {
        let portfolio = CampaignPortfolio([
            CampaignRecord(campaign: "A", name: "A", channel: "search", start: 0, end: 6, cost: 1000, revenue: 1300, leads: 20),
            CampaignRecord(campaign: "B", name: "B", channel: "tv", start: 0, end: 6, cost: 3000, revenue: 2400),
            CampaignRecord(campaign: "C", name: "C", channel: "email", start: 0, end: 6, cost: 500, revenue: 900, leads: 0),
        ], model: nil)
        // (1,300 + 2,400 + 900 − 4,500) ÷ 4,500; each campaign's own ROI kept.
        #expect(abs((portfolio.roi?.value ?? .nan) - 100.0 / 4500) < 1e-15)
        #expect(portfolio.roi?.parts.map(\.value) == [0.3, -0.2, 0.8])
        // B reports no leads and is left out; C won none and counts: 1,500 ÷ 20.
        #expect(portfolio.costPerLead?.value == 75)
        #expect(portfolio.costPerLead?.parts.map(\.campaign) == ["A"])
        // Without a model there is no contribution rate, and nothing to explain.
        #expect(portfolio.contributionRate == nil && portfolio.withoutRate.isEmpty)
    }

    @Test func nothingSpentAndNoLeadsGiveNoValue() {
        let portfolio = CampaignPortfolio([
            CampaignRecord(campaign: "free", name: "Free", channel: "social", start: 0, end: 6, cost: 0, revenue: 10, leads: 0),
        ], model: nil)
        #expect(portfolio.roi == nil && portfolio.costPerLead == nil)
    }
}
