@testable import Attribution
@testable import Report
import Testing

/// The sentence on marketing's part in a change of sales fits the change's sign and size.
struct GrowthWordingTests {
    func growth(rate: Double, share: Double, low: Double, high: Double) -> GrowthImpact {
        GrowthImpact(window: 0...7, previousWindow: -14 ... -7, sales: 100 * (1 + rate), previousSales: 100, growthRate: rate,
                     impactCoefficient: Estimate(value: 0.3, low: 0.2, high: 0.4),
                     shareOfGrowth: Estimate(value: share, low: low, high: high), channelShareOfGrowth: [])
    }

    func text(_ growth: GrowthImpact) -> String? {
        AttributionRendering.shareOfChangeText(growth, percent: { String(format: "%.1f%%", $0 * 100) },
                                               range: { "\(String(format: "%.1f%%", $0.low * 100)) … \(String(format: "%.1f%%", $0.high * 100))" })
    }

    @Test func aRiseIsShared() {
        #expect(text(growth(rate: 0.1, share: 0.4, low: 0.3, high: 0.5)) == "and 40.0% of the growth (30.0% … 50.0%)")
    }

    @Test func aFallIsOffsetOrShared() {
        // Sales fell 18% while the channels brought more: they offset part of the fall.
        #expect(text(growth(rate: -0.18, share: -0.317, low: -0.45, high: -0.239))
                == "and offset 31.7% of the fall, by contributing more (23.9% … 45.0%)")
        // Sales fell and the channels brought less: part of the fall is theirs.
        #expect(text(growth(rate: -0.1, share: 0.2, low: 0.1, high: 0.3)) == "and 20.0% of the fall, by contributing less (10.0% … 30.0%)")
    }

    @Test func aRiseTheChannelsWentAgainstIsSaidSo() {
        #expect(text(growth(rate: 0.1, share: -0.317, low: -0.45, high: -0.239))
                == "and none of the growth: the channels contributed less, by 31.7% of it (23.9% … 45.0%)")
    }

    @Test func anIntervalHoldingZeroIsUnclear() {
        #expect(text(growth(rate: -0.1, share: 0.03, low: -0.03, high: 0.12))
                == "and 3.0% of the fall, by contributing less (-3.0% … 12.0%); the interval holds 0, so even the direction is unclear")
    }

    @Test func aChangeUnderOnePercentIsNotShared() {
        var flat = growth(rate: 0.0004, share: 503.4, low: 340, high: 753)
        flat.shareOfGrowth = nil
        #expect(text(flat) == "(sales changed by less than 1%: no share of the change is given)")
    }
}
