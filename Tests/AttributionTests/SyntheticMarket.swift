import Attribution
import Foundation
import TestSupport

/// Seeded weekly markets with known truth, made with the model's own equation but with
/// parameters unlike the reference data's: the tests judge the fit on these too.
struct SyntheticMarket {
    struct Channel {
        var name: String
        var adstock: Adstock
        var saturation: Saturation
        var beta: Double
        /// Share of weeks with spend, and the spend range of such weeks.
        var onShare: Double
        var spend: ClosedRange<Double>
    }

    let data: MarketingData
    /// Per channel: its true total contribution.
    let contributions: [Double]
    /// Per channel: its true weekly contribution.
    let weekly: [[Double]]

    init(weeks: Int, channels: [Channel], noise: Double, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        func uniform() -> Double { Double(random.next() >> 11) * 0x1p-53 }
        func normal() -> Double { sqrt(-2 * log(1 - uniform())) * cos(2 * .pi * uniform()) }
        let start = MarketingFixtures.day("2022-01-03")
        let days = (0..<weeks).map { start + 7 * $0 }
        var spends: [[Double]] = []
        for channel in channels {
            spends.append((0..<weeks).map { _ in
                uniform() < channel.onShare ? channel.spend.lowerBound + uniform() * (channel.spend.upperBound - channel.spend.lowerBound) : 0
            })
        }
        var weekly: [[Double]] = []
        for (channel, spend) in zip(channels, spends) {
            weekly.append(channel.adstock.apply(spend).map { channel.beta * channel.saturation($0) })
        }
        let kpi = (0..<weeks).map { t -> Double in
            let season = 800 * sin(2 * .pi * Double(days[t]) / 365.25) + 300 * cos(4 * .pi * Double(days[t]) / 365.25)
            var sales = 20_000 + 15 * Double(t) + season + noise * normal()
            for c in channels.indices { sales += weekly[c][t] }
            return sales
        }
        data = MarketingData(days: days, kpi: kpi,
                             channels: zip(channels, spends).map { MarketingSeries(name: $0.name, values: $1) })
        self.weekly = weekly
        contributions = weekly.map { $0.reduce(0, +) }
    }
}
