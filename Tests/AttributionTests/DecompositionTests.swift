import Attribution
import Testing

/// The decomposition adds up, the results are reproducible, and the derived quantities agree
/// with the decomposition they come from.
struct DecompositionTests {
    static let market = SyntheticMarket(weeks: 120, channels: [
        .init(name: "tv", adstock: .geometric(decay: 0.5, maxLag: 12, normalized: true),
              saturation: .logistic(lambda: 1 / 30_000), beta: 4_000, onShare: 0.5, spend: 10_000...40_000),
        .init(name: "search", adstock: .geometric(decay: 0.1, maxLag: 12, normalized: true),
              saturation: .logistic(lambda: 1 / 8_000), beta: 2_000, onShare: 0.9, spend: 2_000...10_000),
    ], noise: 250, seed: 99)

    static func configuration() -> MarketingMixConfiguration {
        var configuration = MarketingMixConfiguration()
        configuration.bootstrapReplicates = 30
        return configuration
    }

    @Test func partsAddUpToTheFit() throws {
        var data = Self.market.data
        data.controls = [MarketingSeries(name: "price", values: data.days.indices.map { 10 + Double($0 % 7) })]
        data.events = [MarketingSeries(name: "launch", values: data.days.indices.map { $0 == 40 ? 1 : 0 })]
        let result = try MarketingMixModel.fit(data: data, configuration: Self.configuration())
        #expect(result.decomposition.count == 120)
        var channelTotals = [0.0, 0.0]
        for week in result.decomposition {
            let sum = week.intercept + week.trend + week.seasonality + week.events + week.controls + week.channels.reduce(0, +)
            #expect(abs(sum - week.fitted) <= 1e-9 * abs(week.fitted))
            #expect(abs(week.baseline + week.channels.reduce(0, +) - week.fitted) <= 1e-9 * abs(week.fitted))
            for c in 0..<2 {
                channelTotals[c] += week.channels[c]
                #expect(week.channelIntervals[c].contains(week.channels[c]))
            }
            #expect(week.baselineInterval.contains(week.baseline))
        }
        for (c, channel) in result.channels.enumerated() {
            #expect(abs(channelTotals[c] - channel.contribution.value) <= 1e-9 * channel.contribution.value)
            #expect(abs(channel.roas!.value - channel.contribution.value / channel.spend) <= 1e-12 * channel.roas!.value)
            #expect(channel.contribution.low <= channel.contribution.value && channel.contribution.value <= channel.contribution.high)
            // The response curve passes through the actual spend and contribution (multiplier 1).
            let current = channel.responseCurve[channel.responseCurve.count / 2]
            #expect(abs(current.spend - channel.spend) <= 1e-9 * channel.spend)
            #expect(abs(current.response.value - channel.contribution.value) <= 1e-9 * channel.contribution.value)
            #expect(channel.responseCurve[0].response.value == 0)
            // Concave response: the marginal ROAS is below the average ROAS.
            #expect(channel.marginalROAS!.value < channel.roas!.value)
        }
        let shares = result.channels.map(\.share.value).reduce(0, +)
        #expect(abs(shares - 1) < 1e-12)
        let sales = result.decomposition.reduce(0) { $0 + $1.actual }
        let media = result.channels.map(\.contribution.value).reduce(0, +)
        #expect(abs(result.impactCoefficient.value - media / sales) < 1e-12)
        // The fit is good on data made by the model's own equation.
        #expect(result.quality.rSquared > 0.9)
        #expect(result.quality.mape < 0.05)
    }

    @Test func sameSeedSameBits() throws {
        let first = try MarketingMixModel.fit(data: Self.market.data, configuration: Self.configuration())
        let second = try MarketingMixModel.fit(data: Self.market.data, configuration: Self.configuration())
        for (a, b) in zip(first.channels, second.channels) {
            #expect(a.contribution == b.contribution)
            #expect(a.roas == b.roas)
            #expect(a.adstock == b.adstock)
            #expect(a.saturation == b.saturation)
        }
        #expect(first.decomposition == second.decomposition)
        #expect(first.impactCoefficient == second.impactCoefficient)
    }

    /// The growth impact and the campaign rate are the ratios of the decomposition's sums.
    @Test func growthWindowAndCampaignRate() throws {
        let result = try MarketingMixModel.fit(data: Self.market.data, configuration: Self.configuration())
        let weeks = result.decomposition
        let window = 60..<72, before = 48..<60
        let sales = weeks[window].reduce(0) { $0 + $1.actual }, previous = weeks[before].reduce(0) { $0 + $1.actual }
        let growth = try result.growthImpact(from: weeks[60].day, through: weeks[71].day)
        #expect(growth.previousWindow == weeks[48].day...weeks[59].day)
        #expect(abs(growth.growthRate - (sales - previous) / previous) < 1e-12)
        let media = weeks[window].reduce(0) { $0 + $1.channels.reduce(0, +) }
        #expect(abs(growth.impactCoefficient.value - media / sales) < 1e-12)
        let campaign = try result.salesContributionRate(channel: "tv", from: weeks[60].day, through: weeks[71].day)
        let tv = weeks[window].reduce(0) { $0 + $1.channels[0] }
        #expect(abs(campaign.impactCoefficient.value - tv / sales) < 1e-12)
        #expect(abs(campaign.rate.value - campaign.salesGrowthRate * tv / sales) < 1e-12)
        #expect(campaign.rate.low <= campaign.rate.value && campaign.rate.value <= campaign.rate.high)
        #expect(throws: AttributionError.self) { try result.growthImpact(from: weeks[0].day, through: weeks[5].day) }
        #expect(throws: AttributionError.self) { try result.salesContributionRate(channel: "radio", from: weeks[60].day, through: weeks[71].day) }
    }
}
