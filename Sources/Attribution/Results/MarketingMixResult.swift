/// Everything a marketing-mix fit says: per channel contribution, share, ROAS, marginal ROAS
/// and response curve with intervals, the weekly decomposition, fit quality and the
/// marketing impact coefficient; and, on request, the impact on sales growth over a window
/// and a campaign's sales contribution rate.
public struct MarketingMixResult: Sendable {
    /// The configuration the model was fitted with.
    public let configuration: MarketingMixConfiguration
    /// The channels in the order given, including those that never spend.
    public let channels: [ChannelResult]
    /// The weekly decomposition of the fitted sales.
    public let decomposition: [DecompositionWeek]
    /// Fit quality in sample and out of sample.
    public let quality: FitQuality
    /// The share of all sales the channels caused together.
    public let impactCoefficient: Estimate
    /// The ridge penalty on the channel coefficients the search chose (relative to each
    /// feature's sum of squared deviations).
    public let ridge: Double
    /// Things the user should know: channels, controls or events left out, and why.
    public let warnings: [String]
    /// Bootstrap refits behind the intervals.
    public let replicateCount: Int
    /// Objective evaluations of the search and the bootstrap together.
    public let evaluations: Int

    /// Weekly contributions per input channel (zeros for a channel that never spends): the
    /// estimate's and each replicate's.
    let weeklyEstimate: [[Double]]
    let weeklyReplicates: [[[Double]]]

    init(input: MarketingData, prepared: PreparedData, configuration: MarketingMixConfiguration, baselineCount p: Int,
         estimate: ModelState, replicates: [ModelState], replicateBaselines: [[Double]], decomposition: [DecompositionWeek],
         quality: FitQuality, evaluations: Int) {
        self.configuration = configuration
        self.quality = quality
        self.warnings = prepared.warnings
        self.replicateCount = replicates.count
        self.evaluations = evaluations
        let level = configuration.level
        let n = input.days.count
        let zeros = [Double](repeating: 0, count: n)
        let totalSales = input.kpi.reduce(0, +)
        func sum(_ values: [Double]) -> Double { values.reduce(0, +) }

        let allStates = [estimate] + replicates
        // Per state, per input channel: weekly contributions.
        let weekly: [[[Double]]] = allStates.map { state in prepared.fittedIndex.map { $0.map { state.weekly[$0] } ?? zeros } }
        weeklyEstimate = weekly[0]
        weeklyReplicates = Array(weekly.dropFirst())
        // Week by week: the intervals of the baseline and of each channel's contribution.
        let weeklyReplicates = self.weeklyReplicates
        self.decomposition = decomposition.enumerated().map { t, week in
            var week = week
            // In the input's order, channels that never spend (and were not fitted) at 0.
            week.channels = weekly[0].map { $0[t] }
            let base = Estimate.from(week.baseline, replicates: replicateBaselines.map { $0[t] }, level: level)
            week.baselineInterval = base.low...base.high
            week.channelIntervals = week.channels.indices.map { c in
                let channel = Estimate.from(week.channels[c], replicates: weeklyReplicates.map { $0[c][t] }, level: level, floor: 0)
                return channel.low...channel.high
            }
            return week
        }
        let totals = weekly.map { $0.map(sum) }
        let media = totals.map(sum)
        // A replicate's channels may come out negative (see MarketingMixModel); a share of
        // the media's part is read from the parts at or above 0.
        let partsAbove0 = totals.map { $0.map { max($0, 0) } }
        let mediaAbove0 = partsAbove0.map(sum)
        // The estimate of a quantity of each state (0 the estimate), cut at 0 when it
        // cannot be negative.
        func estimateOf(canBeNegative: Bool = false, _ value: (Int) -> Double) -> Estimate {
            Estimate.from(value(0), replicates: (1..<allStates.count).map(value), level: level,
                          floor: canBeNegative ? -.infinity : 0)
        }
        impactCoefficient = estimateOf(canBeNegative: totalSales < 0) { media[$0] / totalSales }
        ridge = HyperparameterSpace.ridgeRange.value(estimate.point[estimate.point.count - 1])

        let multipliers = (0..<configuration.responseCurvePoints).map { 2 * Double($0) / Double(configuration.responseCurvePoints - 1) }
        channels = input.channels.enumerated().map { index, series in
            let spend = sum(series.values)
            let contribution = estimateOf { totals[$0][index] }
            let share = estimateOf { mediaAbove0[$0] > 0 ? partsAbove0[$0][index] / mediaAbove0[$0] : 0 }
            let impact = estimateOf(canBeNegative: totalSales < 0) { totals[$0][index] / totalSales }
            guard let c = prepared.fittedIndex[index] else {
                return ChannelResult(name: series.name, spend: spend, contribution: .exact(0), share: .exact(0),
                                     impactCoefficient: .exact(0), roas: nil, marginalROAS: nil, adstock: nil,
                                     saturation: nil, adstockParameters: [], saturationParameters: [],
                                     coefficient: .exact(0), responseCurve: [])
            }
            let roas = estimateOf { totals[$0][index] / spend }
            let step = 0.01
            let marginal = estimateOf { s in
                let state = allStates[s]
                let raised = state.response(c, spend: series.values, multiplier: 1 + step, baselineCount: p)
                return (raised - totals[s][index]) / (step * spend)
            }
            let curve = multipliers.map { multiplier in
                ResponsePoint(spend: multiplier * spend, response: estimateOf { s in
                    allStates[s].response(c, spend: series.values, multiplier: multiplier, baselineCount: p)
                })
            }
            let transform = estimate.transforms[c]
            let adstockCount = transform.adstock.kind == .geometric ? 1 : 2
            let adstockParameters = (0..<adstockCount).map { k in
                estimateOf { s in k == 0 ? allStates[s].transforms[c].adstock.first : allStates[s].transforms[c].adstock.second }
            }
            let saturationCount = transform.saturation.kind == .logistic ? 1 : 2
            let saturationParameters = (0..<saturationCount).map { k in
                estimateOf { s in k == 0 ? allStates[s].transforms[c].saturation.first : allStates[s].transforms[c].saturation.second }
            }
            return ChannelResult(name: series.name, spend: spend, contribution: contribution, share: share,
                                 impactCoefficient: impact, roas: roas, marginalROAS: marginal, adstock: transform.adstock,
                                 saturation: transform.saturation, adstockParameters: adstockParameters,
                                 saturationParameters: saturationParameters,
                                 coefficient: estimateOf { allStates[$0].beta(c, baselineCount: p) }, responseCurve: curve)
        }
    }

    /// The interval level.
    public var level: Double { configuration.level }
}
