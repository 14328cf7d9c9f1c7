import Attribution
import Foundation
import Tabular
import Testing

/// The model against data with published ground truth (see Fixtures/README.md).
struct ReferenceDataTests {
    /// PyMC-Marketing's example: 179 weeks, two channels, geometric adstock and logistic
    /// saturation. The model is told only the families (which a user would choose), not the
    /// parameters.
    @Test func mmmExampleContributionsAndDecays() throws {
        let data = try MarketingFixtures.data("mmm_example.csv", date: "date_week", kpi: "y", channels: ["x1", "x2"],
                                              events: ["event_1", "event_2"])
        let truth = try MarketingFixtures.truth()
        let result = try MarketingMixModel.fit(data: data)
        for channel in result.channels {
            let expected = try #require(truth.true_total_contribution[channel.name])
            let estimate = channel.contribution
            #expect(abs(estimate.value - expected) / expected < 0.05, "\(channel.name): \(estimate) vs \(expected)")
            #expect(estimate.low <= expected && expected <= estimate.high, "\(channel.name): \(estimate) vs \(expected)")
            // Not absurdly wide: within ±25 % of the estimate.
            #expect(estimate.high - estimate.low < 0.5 * estimate.value, "\(channel.name): \(estimate)")
            let decay = try #require(channel.adstock?.decay)
            let trueDecay = try #require(truth.adstock.alpha[channel.name])
            #expect(abs(decay - trueDecay) < 0.05, "\(channel.name): decay \(decay) vs \(trueDecay)")
        }
        #expect(result.quality.rSquared > 0.9)
        // Week by week, against the true components of the generating process.
        let table = try CSVFile.read(path: MarketingFixtures.url("mmm_example_true_components.csv").path)
        for (c, name) in ["x1", "x2"].enumerated() {
            let truth = try table.numericColumn("\(name)_contribution").map { $0 ?? .nan }
            let mean = truth.reduce(0, +) / Double(truth.count)
            let squares = zip(result.decomposition, truth).reduce(0.0) { $0 + pow($1.0.channels[c] - $1.1, 2) }
            let relativeRMSE = (squares / Double(truth.count)).squareRoot() / mean
            #expect(relativeRMSE < 0.1, "\(name): weekly RMSE \(relativeRMSE) of the mean weekly contribution")
        }
    }

    /// The confounder case study: `z` drives both x1's spend and sales and is unobserved, so a
    /// user has only the dates, the spends and the sales (the columns `trend`, `cs`, `cc` and
    /// `seasonality` are functions of the date, which the baseline already models; the others
    /// are the simulation's truth). x2 has the higher true ROAS (171 against 93).
    @Test func roasRankingDespiteTheConfounder() throws {
        let data = try MarketingFixtures.data("mmm_roas_data.csv", date: "date", kpi: "y", channels: ["x1", "x2"])
        let result = try MarketingMixModel.fit(data: data)
        let x1 = try #require(result.channels[0].roas), x2 = try #require(result.channels[1].roas)
        #expect(x2.value > x1.value, "x1 \(x1), x2 \(x2)")
    }
}
