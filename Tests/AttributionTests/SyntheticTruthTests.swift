import Attribution
import Testing

/// Fits on seeded markets whose truth differs from the reference data's: other decays,
/// Hill saturation, Weibull carry-over with a delayed peak, three channels.
struct SyntheticTruthTests {
    /// Three channels with slow, medium and fast carry-over (not normalized, as in Robyn) and
    /// S-shaped and concave Hill curves.
    @Test func hillSaturationAndGeometricDecays() throws {
        let market = SyntheticMarket(weeks: 156, channels: [
            .init(name: "tv", adstock: .geometric(decay: 0.7, maxLag: 12, normalized: false),
                  saturation: .hill(halfSaturation: 60_000, shape: 2), beta: 6_000, onShare: 0.5, spend: 10_000...40_000),
            .init(name: "search", adstock: .geometric(decay: 0.1, maxLag: 12, normalized: false),
                  saturation: .hill(halfSaturation: 8_000, shape: 1), beta: 3_000, onShare: 0.9, spend: 2_000...15_000),
            .init(name: "social", adstock: .geometric(decay: 0.35, maxLag: 12, normalized: false),
                  saturation: .hill(halfSaturation: 10_000, shape: 1.5), beta: 2_000, onShare: 0.7, spend: 3_000...20_000),
        ], noise: 300, seed: 20_260_101)
        var configuration = MarketingMixConfiguration()
        configuration.saturation = .hill
        configuration.normalizeAdstock = false
        let result = try MarketingMixModel.fit(data: market.data, configuration: configuration)
        let decays = [0.7, 0.1, 0.35]
        for (c, channel) in result.channels.enumerated() {
            let truth = market.contributions[c]
            let estimate = channel.contribution
            #expect(abs(estimate.value - truth) / truth < 0.08, "\(channel.name): \(estimate) vs \(truth)")
            #expect(estimate.low <= truth && truth <= estimate.high, "\(channel.name): \(estimate) vs \(truth)")
            let decay = try #require(channel.adstock?.decay)
            #expect(abs(decay - decays[c]) < 0.1, "\(channel.name): decay \(decay) vs \(decays[c])")
        }
    }

    /// A channel whose effect peaks weeks after the spend (Weibull density, shape 3, scale 4:
    /// peak about 3 weeks later) beside a fast one.
    @Test func weibullDelayedPeak() throws {
        let market = SyntheticMarket(weeks: 182, channels: [
            .init(name: "tv", adstock: .weibull(.weibullPDF, shape: 3, scale: 4, maxLag: 12, normalized: true),
                  saturation: .logistic(lambda: 1 / 20_000), beta: 5_000, onShare: 0.45, spend: 10_000...50_000),
            .init(name: "display", adstock: .geometric(decay: 0.2, maxLag: 12, normalized: true),
                  saturation: .logistic(lambda: 1 / 5_000), beta: 2_500, onShare: 0.8, spend: 1_000...12_000),
        ], noise: 300, seed: 7)
        var configuration = MarketingMixConfiguration()
        configuration.adstock = .weibullPDF
        let result = try MarketingMixModel.fit(data: market.data, configuration: configuration)
        for (c, channel) in result.channels.enumerated() {
            let truth = market.contributions[c]
            let estimate = channel.contribution
            #expect(abs(estimate.value - truth) / truth < 0.08, "\(channel.name): \(estimate) vs \(truth)")
            #expect(estimate.low <= truth && truth <= estimate.high, "\(channel.name): \(estimate) vs \(truth)")
        }
        // The delayed peak is found: the largest lag weight of tv lies 2 to 4 weeks after spend.
        let weights = try #require(result.channels[0].adstock?.weights)
        let peak = try #require(weights.indices.max { weights[$0] < weights[$1] })
        #expect((2...4).contains(peak), "tv weights \(weights)")
    }
}
