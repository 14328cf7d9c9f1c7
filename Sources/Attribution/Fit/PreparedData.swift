/// Data checked for what a marketing-mix fit needs: equal lengths, finite numbers,
/// consecutive weeks, non-negative spend, unique names. Channels that never spend, controls
/// that never change and events that never happen or happen every week alike are set aside
/// with a warning; a channel that spends in fewer than ``fewestSpendingWeeks`` weeks is kept
/// with one, and a yearly season is not fitted to less than a year of weeks.
struct PreparedData {
    /// The data the model is fitted to: the spending channels, the varying controls and the
    /// events that occur.
    let data: MarketingData
    /// For each channel of the input, its index among the fitted channels, or `nil` when it
    /// never spends.
    let fittedIndex: [Int?]
    let warnings: [String]

    /// Spend the model cannot read an effect from, said in warnings: a channel that spends
    /// about the same every week (coefficient of variation under 10%), whose effect looks like
    /// the baseline's level, and two channels that spend in step (correlation above 0.99),
    /// whose split between them is arbitrary though their sum is not.
    static func indistinct(_ channels: [MarketingSeries]) -> [String] {
        var warnings: [String] = []
        func moments(_ values: [Double]) -> (mean: Double, deviation: Double) {
            let mean = values.reduce(0, +) / Double(values.count)
            return (mean, (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot())
        }
        for channel in channels {
            let (mean, deviation) = moments(channel.values)
            if mean > 0, deviation / mean < 0.1 {
                warnings.append("channel \"\(channel.name)\" spends about the same every week (it varies by \(String(format: "%.0f%%", 100 * deviation / mean))): "
                    + "its effect can hardly be told from the baseline's level, so read its contribution and ROAS with care")
            }
        }
        for (i, a) in channels.enumerated() {
            for b in channels[(i + 1)...] {
                let (ma, da) = moments(a.values), (mb, db) = moments(b.values)
                guard da > 0, db > 0 else { continue }
                let covariance = zip(a.values, b.values).reduce(0) { $0 + ($1.0 - ma) * ($1.1 - mb) } / Double(a.values.count)
                let correlation = covariance / (da * db)
                if correlation > 0.99 {
                    warnings.append("channels \"\(a.name)\" and \"\(b.name)\" spend in step (correlation \(String(format: "%.3f", correlation))): "
                        + "how their joint contribution splits between them is arbitrary, though its sum is not")
                }
            }
        }
        return warnings
    }

    /// Names the decomposition uses for its own columns.
    static let reserved: Set<String> = ["date", "actual", "fitted", "baseline", "intercept", "trend", "seasonality",
                                        "events", "controls", "intervals"]

    /// The Fourier order of the yearly season to fit: the one configured, or 0 when the weeks
    /// do not cover a year, where a yearly cycle cannot be told from the trend.
    let fourierOrder: Int

    /// The fewest weeks a channel should spend in for its response curve to rest on more than
    /// a few points.
    static let fewestSpendingWeeks = 5

    init(_ input: MarketingData, fourierOrder configured: Int = 0) throws {
        guard !input.channels.isEmpty else { throw AttributionError.noChannels }
        let n = input.days.count
        var names = Set<String>()
        for series in input.channels + input.controls + input.events {
            guard !Self.reserved.contains(series.name), names.insert(series.name).inserted else {
                throw AttributionError.duplicateName(series.name)
            }
        }
        for series in [MarketingSeries(name: "kpi", values: input.kpi)] + input.channels + input.controls + input.events {
            guard series.values.count == n else {
                throw AttributionError.lengthMismatch(series: series.name, count: series.values.count, weeks: n)
            }
            if let week = series.values.firstIndex(where: { !$0.isFinite }) {
                throw AttributionError.notFinite(series: series.name, week: input.days[week])
            }
        }
        for i in input.days.indices.dropFirst() {
            let gap = input.days[i] - input.days[i - 1]
            if gap == 0 { throw AttributionError.duplicateWeek(week: input.days[i]) }
            if gap != 7 { throw AttributionError.missingWeeks(after: input.days[i - 1], next: input.days[i]) }
        }
        if n > 1, let first = input.kpi.first, input.kpi.allSatisfy({ $0 == first }) {
            throw AttributionError.constantKPI(value: first)
        }
        var warnings: [String] = []
        var channels: [MarketingSeries] = []
        var fittedIndex: [Int?] = []
        for channel in input.channels {
            if let week = channel.values.firstIndex(where: { $0 < 0 }) {
                throw AttributionError.negativeSpend(channel: channel.name, week: input.days[week], value: channel.values[week])
            }
            if channel.values.allSatisfy({ $0 == 0 }) {
                warnings.append("channel \"\(channel.name)\" spends nothing in these weeks: its contribution is 0 and it has no ROAS")
                fittedIndex.append(nil)
                continue
            }
            if n > 1, let first = channel.values.first, channel.values.allSatisfy({ $0 == first }) {
                throw AttributionError.constantChannel(channel: channel.name, value: first)
            }
            let spending = channel.values.filter { $0 > 0 }.count
            if spending < Self.fewestSpendingWeeks {
                warnings.append("channel \"\(channel.name)\" spends in only \(spending) week\(spending == 1 ? "" : "s"): "
                    + "its contribution, ROAS and response curve rest on \(spending == 1 ? "it" : "them") alone")
            }
            fittedIndex.append(channels.count)
            channels.append(channel)
        }
        guard !channels.isEmpty else { throw AttributionError.noChannels }
        warnings += Self.indistinct(channels)
        let controls = input.controls.filter { control in
            let first = control.values.first ?? 0
            guard control.values.allSatisfy({ $0 == first }) else { return true }
            warnings.append("control \"\(control.name)\" is the same every week and is left out (the intercept covers it)")
            return false
        }
        let events = input.events.filter { event in
            if event.values.allSatisfy({ $0 == 0 }) {
                warnings.append("event \"\(event.name)\" never happens in these weeks and is left out")
                return false
            }
            if let first = event.values.first, event.values.allSatisfy({ $0 == first }) {
                warnings.append("event \"\(event.name)\" happens in every week alike and is left out (the intercept covers it)")
                return false
            }
            return true
        }
        let span = (input.days.last ?? 0) - (input.days.first ?? 0) + 7
        if configured > 0, span < 364 {
            warnings.append("the \(n) weeks cover less than a year: no yearly season is fitted, as it could not be told "
                + "from the trend")
            fourierOrder = 0
        } else {
            fourierOrder = configured
        }
        data = MarketingData(days: input.days, kpi: input.kpi, channels: channels, controls: controls, events: events)
        self.fittedIndex = fittedIndex
        self.warnings = warnings
    }
}
