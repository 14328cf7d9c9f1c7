import Attribution
import Testing

/// Data a model cannot be fitted to gives an error naming the week or channel; data with a
/// channel that never spends gives a warning.
struct InputErrorTests {
    static let base = DecompositionTests.market.data

    func fitError(_ data: MarketingData) -> String? {
        var configuration = MarketingMixConfiguration()
        configuration.bootstrapReplicates = 0
        do {
            _ = try MarketingMixModel.fit(data: data, configuration: configuration)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func negativeSpend() {
        var data = Self.base
        data.channels[1].values[5] = -3
        #expect(fitError(data) == "channel \"search\", week 2022-02-07: spend -3.0 is negative")
    }

    @Test func missingAndDuplicateWeeks() {
        var data = Self.base
        data.days[10] += 7
        #expect(fitError(data)?.contains("weeks missing between 2022-03-07 and 2022-03-21") == true)
        data = Self.base
        data.days[10] = data.days[9]
        #expect(fitError(data) == "week 2022-03-07 appears twice")
    }

    @Test func constantAndZeroChannels() throws {
        var data = Self.base
        data.channels[1].values = data.channels[1].values.map { _ in 500 }
        #expect(fitError(data)?.contains("channel \"search\" spends 500.0 every week") == true)
        data.channels[1].values = data.channels[1].values.map { _ in 0 }
        var configuration = MarketingMixConfiguration()
        configuration.bootstrapReplicates = 0
        let result = try MarketingMixModel.fit(data: data, configuration: configuration)
        #expect(result.channels[1].contribution == .exact(0))
        #expect(result.channels[1].roas == nil)
        #expect(result.warnings.first?.contains("\"search\" spends nothing") == true)
        // The weekly decomposition keeps the input's channels in order, the silent one at 0.
        #expect(result.decomposition.allSatisfy { $0.channels.count == data.channels.count && $0.channels[1] == 0 })
        for (index, channel) in result.channels.enumerated() {
            let weekly = result.decomposition.reduce(0) { $0 + $1.channels[index] }
            #expect(abs(weekly - channel.contribution.value) <= 1e-9 * max(1, abs(weekly)), "\(channel.name)")
        }
        data.channels[0].values = data.channels[0].values.map { _ in 0 }
        #expect(fitError(data)?.contains("no media channel with any spend") == true)
    }

    @Test func whatTheDataCannotCarryIsSaid() throws {
        var configuration = MarketingMixConfiguration()
        configuration.bootstrapReplicates = 0
        // An event in every week alike is the intercept: left out, with a warning.
        var data = Self.base
        data.events = [MarketingSeries(name: "always", values: data.days.map { _ in 1 })]
        var result = try MarketingMixModel.fit(data: data, configuration: configuration)
        #expect(result.warnings.contains("event \"always\" happens in every week alike and is left out (the intercept covers it)"))
        // A channel that spends in one week is kept, and said to rest on it.
        data = Self.base
        data.channels[1].values = data.channels[1].values.indices.map { $0 == 60 ? 5_000 : 0 }
        result = try MarketingMixModel.fit(data: data, configuration: configuration)
        #expect(result.warnings.contains { $0.hasPrefix("channel \"search\" spends in only 1 week") }, "\(result.warnings)")
        // A copy of a channel, and a channel spending nearly the same every week.
        data = Self.base
        data.channels.append(MarketingSeries(name: "tv2", values: data.channels[0].values.map { 3 * $0 }))
        data.channels.append(MarketingSeries(name: "always", values: data.days.indices.map { 10_000 + Double($0 % 3) * 100 }))
        result = try MarketingMixModel.fit(data: data, configuration: configuration)
        #expect(result.warnings.contains { $0.hasPrefix("channels \"\(data.channels[0].name)\" and \"tv2\" spend in step (correlation 1.000)") },
                "\(result.warnings)")
        #expect(result.warnings.contains { $0.hasPrefix("channel \"always\" spends about the same every week (it varies by 1%)") },
                "\(result.warnings)")
        let plain = try MarketingMixModel.fit(data: Self.base, configuration: configuration)
        #expect(plain.warnings.isEmpty, "\(plain.warnings)")
        // Thirty weeks are less than a year: no yearly season, and a baseline of the data's size.
        data = Self.base
        data.days = Array(data.days.prefix(30))
        data.kpi = Array(data.kpi.prefix(30))
        data.channels = data.channels.map { MarketingSeries(name: $0.name, values: Array($0.values.prefix(30))) }
        result = try MarketingMixModel.fit(data: data, configuration: configuration)
        #expect(result.warnings.contains { $0.hasPrefix("the 30 weeks cover less than a year: no yearly season is fitted") })
        #expect(result.decomposition.allSatisfy { $0.seasonality == 0 })
    }

    @Test func tooFewWeeksAndBadNumbers() {
        var data = Self.base
        data.days = Array(data.days.prefix(12))
        data.kpi = Array(data.kpi.prefix(12))
        for c in data.channels.indices { data.channels[c].values = Array(data.channels[c].values.prefix(12)) }
        #expect(fitError(data)?.contains("12 weeks are too few") == true)
        data = Self.base
        data.kpi = data.kpi.map { _ in 0 }
        #expect(fitError(data) == "the KPI is 0.0 every week: there is nothing to explain")
        data = Self.base
        data.days = [data.days[0]]
        data.kpi = [data.kpi[0]]
        for c in data.channels.indices { data.channels[c].values = [data.channels[c].values[0] + 1] }
        #expect(fitError(data)?.contains("1 week is too few") == true)
        data = Self.base
        data.kpi[3] = .nan
        #expect(fitError(data) == "series \"kpi\", week 2022-01-24: not a finite number")
        data = Self.base
        data.channels[0].values.removeLast()
        #expect(fitError(data) == "series \"tv\" has 119 values for 120 weeks")
        data = Self.base
        data.controls = [MarketingSeries(name: "trend", values: data.kpi)]
        #expect(fitError(data) == "the name \"trend\" is used twice or is reserved")
    }
}
