import Dates

/// How much of the change in sales between two equally long windows of weeks marketing
/// caused: the marketing impact coefficient of sales growth.
public struct GrowthImpact: Sendable {
    /// The first days of the window's first and last weeks (days since 1970-01-01).
    public var window: ClosedRange<Int>
    /// The equally long window just before it.
    public var previousWindow: ClosedRange<Int>
    /// Sales in the window and in the previous window.
    public var sales: Double
    public var previousSales: Double
    /// `(sales − previousSales) ÷ previousSales`.
    public var growthRate: Double
    /// The channels' contribution in the window ÷ the window's sales.
    public var impactCoefficient: Estimate
    /// The change in the channels' contribution ÷ the change in sales; `nil` when sales changed
    /// by less than 1% (``GrowthImpact/smallestShareableChange``), where the share says more
    /// about the change's smallness than about marketing.
    public var shareOfGrowth: Estimate?
    /// Per channel (in the result's order): its change in contribution ÷ the change in sales.
    public var channelShareOfGrowth: [Estimate?]

    /// The smallest relative change of sales of which a share is given: 1%.
    public static let smallestShareableChange = 0.01
}

/// A campaign's sales contribution rate: the sales growth rate after the campaign started ×
/// the channel's marketing impact coefficient over the campaign's weeks.
public struct SalesContributionRate: Sendable {
    public var channel: String
    /// The campaign's weeks and the equally long window before them.
    public var window: ClosedRange<Int>
    public var previousWindow: ClosedRange<Int>
    /// `(sales in the window − sales before) ÷ sales before`.
    public var salesGrowthRate: Double
    /// The channel's contribution in the window ÷ the window's sales.
    public var impactCoefficient: Estimate
    /// `salesGrowthRate × impactCoefficient`.
    public var rate: Estimate
    /// The change in the channel's contribution ÷ the change in sales; `nil` when sales changed
    /// by less than 1%.
    public var shareOfGrowth: Estimate?
}

extension MarketingMixResult {
    /// The impact of marketing on sales growth from the window of weeks starting `from`
    /// through `through` (days since 1970-01-01) against the equally long window before it.
    /// - Throws: ``AttributionError/emptyWindow(_:)`` when the window holds no week, or the
    ///   weeks before it are fewer than its length, or they have no sales.
    public func growthImpact(from: Int, through: Int) throws -> GrowthImpact {
        let (window, previous) = try windows(from: from, through: through)
        let sales = decomposition[window].reduce(0) { $0 + $1.actual }
        let before = decomposition[previous].reduce(0) { $0 + $1.actual }
        let change = sales - before
        let channelCount = channels.count
        func media(_ weekly: [[Double]], _ range: Range<Int>) -> Double {
            var total = 0.0
            for c in 0..<channelCount { for t in range { total += weekly[c][t] } }
            return total
        }
        func channel(_ weekly: [[Double]], _ c: Int, _ range: Range<Int>) -> Double {
            var total = 0.0
            for t in range { total += weekly[c][t] }
            return total
        }
        let impact = estimate(cannotBeNegative: sales > 0) { media($0, window) / sales }
        let shareable = abs(change / before) >= GrowthImpact.smallestShareableChange
        let share: Estimate? = shareable ? estimate { (media($0, window) - media($0, previous)) / change } : nil
        let perChannel: [Estimate?] = (0..<channelCount).map { c in
            shareable ? estimate { (channel($0, c, window) - channel($0, c, previous)) / change } : nil
        }
        return GrowthImpact(window: days(window), previousWindow: days(previous), sales: sales, previousSales: before,
                            growthRate: change / before, impactCoefficient: impact, shareOfGrowth: share,
                            channelShareOfGrowth: perChannel)
    }

    /// The sales contribution rate of a campaign on `channel` over the weeks starting `from`
    /// through `through` (days since 1970-01-01).
    /// - Throws: ``AttributionError/emptyWindow(_:)`` as ``growthImpact(from:through:)``
    ///   does, or ``AttributionError/unknownChannel(_:)``.
    public func salesContributionRate(channel name: String, from: Int, through: Int) throws -> SalesContributionRate {
        guard let c = channels.firstIndex(where: { $0.name == name }) else {
            throw AttributionError.unknownChannel(name)
        }
        let (window, previous) = try windows(from: from, through: through)
        let sales = decomposition[window].reduce(0) { $0 + $1.actual }
        let before = decomposition[previous].reduce(0) { $0 + $1.actual }
        let growth = (sales - before) / before
        func contribution(_ weekly: [[Double]], _ range: Range<Int>) -> Double {
            var total = 0.0
            for t in range { total += weekly[c][t] }
            return total
        }
        let coefficient = estimate(cannotBeNegative: sales > 0) { contribution($0, window) / sales }
        // The growth rate is a number of the data, so the rate's interval is the
        // coefficient's scaled by it (and turned round when sales fell).
        let rate = growth >= 0
            ? Estimate(value: growth * coefficient.value, low: growth * coefficient.low, high: growth * coefficient.high)
            : Estimate(value: growth * coefficient.value, low: growth * coefficient.high, high: growth * coefficient.low)
        let share: Estimate? = abs(growth) < GrowthImpact.smallestShareableChange ? nil
            : estimate { (contribution($0, window) - contribution($0, previous)) / (sales - before) }
        return SalesContributionRate(channel: name, window: days(window), previousWindow: days(previous),
                                     salesGrowthRate: growth, impactCoefficient: coefficient, rate: rate,
                                     shareOfGrowth: share)
    }

    /// The row ranges of the weeks in `from ... through` and of the equally long stretch before.
    private func windows(from: Int, through: Int) throws -> (Range<Int>, Range<Int>) {
        let first = decomposition.firstIndex { $0.day >= from } ?? decomposition.count
        let end = decomposition.lastIndex { $0.day <= through }.map { $0 + 1 } ?? 0
        guard first < end else {
            throw AttributionError.emptyWindow("no week of the data lies between \(Day(daysSinceEpoch: from).description) and \(Day(daysSinceEpoch: through).description)")
        }
        let length = end - first
        guard first - length >= 0 else {
            throw AttributionError.emptyWindow("the \(length) weeks from \(Day(daysSinceEpoch: decomposition[first].day).description) need as many weeks of data before them to measure growth; the data has \(first)")
        }
        let previous = (first - length)..<first
        guard decomposition[previous].reduce(0, { $0 + $1.actual }) != 0 else {
            throw AttributionError.emptyWindow("no sales in the \(length) weeks before \(Day(daysSinceEpoch: decomposition[first].day).description): growth is undefined")
        }
        return (first..<end, previous)
    }

    private func days(_ range: Range<Int>) -> ClosedRange<Int> { decomposition[range.lowerBound].day...decomposition[range.upperBound - 1].day }

    /// A quantity of the weekly channel contributions, at the estimate and in every replicate;
    /// its interval cut at 0 when it `cannotBeNegative` (a replicate's channels can be).
    private func estimate(cannotBeNegative: Bool = false, _ value: ([[Double]]) -> Double) -> Estimate {
        Estimate.from(value(weeklyEstimate), replicates: weeklyReplicates.map(value), level: level,
                      floor: cannotBeNegative ? 0 : -.infinity)
    }
}
