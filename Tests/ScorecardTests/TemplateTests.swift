import Scorecard
import Testing

/// The dimension weights of DOMAIN.md's role and marketing-department templates.
struct TemplateTests {
    @Test(arguments: [
        (WeightTemplate.marketingDirector, [40.0, 30, 20, 10]),
        (.marketingManager, [30, 40, 20, 10]),
        (.salesManager, [50, 20, 15, 15]),
        (.salesRepresentative, [60, 20, 10, 10]),
    ])
    func roleTemplates(template: WeightTemplate, weights: [Double]) {
        #expect(template.weights.map(\.dimension) == ["finance", "customer", "process", "team"])
        #expect(template.weights.map(\.weight) == weights)
    }

    @Test func marketingTemplatesKeepTheDomainsWeights() {
        let growth = WeightTemplate.marketingGrowth
        #expect(growth.weight(of: "campaigns") == 30)
        #expect(growth.weight(of: "customers") == 25)
        #expect(growth.weight(of: "brand") == 20)
        #expect(growth.weight(of: "market_insight") == 15)
        #expect(growth.weight(of: "team") == 10)
        let brand = WeightTemplate.marketingBrand
        #expect(brand.weight(of: "brand") == 30)
        #expect(brand.weight(of: "market_insight") == 25)
        #expect(brand.weight(of: "customers") == 20)
        #expect(brand.weight(of: "campaigns") == 15)
        #expect(brand.weight(of: "team") == 10)
        #expect(brand.weight(of: "finance") == nil)
    }

    @Test(arguments: WeightTemplate.allCases)
    func everyTemplateSumsToHundred(template: WeightTemplate) {
        #expect(template.weights.reduce(0) { $0 + $1.weight } == 100)
    }
}
