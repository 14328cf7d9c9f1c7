import Attribution
import Dates
import Foundation
import TextTable

/// Renders a marketing-mix result: a report for people, the JSON object the pipeline stores
/// (kind `attribution`, key `model`), or the weekly decomposition as CSV.
public enum AttributionRendering {
    /// `{"r_squared", "nrmse", "mape", "validation_rmse", "validation_nrmse", "validation",
    /// "impact_coefficient", "impact_coefficient_low", "impact_coefficient_high", "level",
    /// "replicates", "ridge", "weeks", "warnings", "channels": [{"channel", "spend",
    /// "contribution", "contribution_low", "contribution_high", "share", "share_low",
    /// "share_high", "impact_coefficient", …, "roas", "roas_low", "roas_high", "mroas",
    /// "mroas_low", "mroas_high", "coefficient", "adstock": {"type", "max_lag", "normalized",
    /// "decay" | "shape", "scale", with _low/_high}, "saturation": {"type", "lambda" |
    /// "half_saturation", "shape", with _low/_high}}], "decomposition": [{"date", "actual",
    /// "fitted", "baseline", "intercept", "trend", "seasonality", "events", "controls",
    /// "<channel>": number, …, "intervals": {"baseline": {"low", "high"}, "<channel>": {"low",
    /// "high"}, …}}], "response_curves": [{"channel", "points": [{"spend",
    /// "response", "response_low", "response_high"}]}]}`. A channel that never spends has
    /// null ROAS, marginal ROAS, adstock and saturation. With a growth window, `"growth":
    /// {"from", "to", "previous_from", "previous_to", "sales", "previous_sales",
    /// "growth_rate", "impact_coefficient", "share_of_growth", …}`; with a campaign,
    /// `"campaign": {"channel", "from", "to", "sales_growth_rate", "impact_coefficient",
    /// "sales_contribution_rate", "share_of_growth", …}` (each with _low/_high).
    /// `readingWarnings` are those of reading the input (e.g. an event column without an event
    /// label), listed before the fit's own.
    public static func json(_ result: MarketingMixResult, growth: GrowthImpact? = nil,
                            campaign: SalesContributionRate? = nil, readingWarnings: [String] = []) -> String {
        var value = jsonValue(result, readingWarnings: readingWarnings)
        if case .object(var pairs) = value {
            if let growth { pairs.append(("growth", growthValue(growth, channels: result.channels))) }
            if let campaign { pairs.append(("campaign", campaignValue(campaign))) }
            value = .object(pairs)
        }
        return value.text + "\n"
    }

    private static func fields(_ name: String, _ estimate: Estimate?) -> [(String, JSONValue)] {
        guard let estimate else { return [(name, .null), (name + "_low", .null), (name + "_high", .null)] }
        return [(name, .number(estimate.value)), (name + "_low", .number(estimate.low)), (name + "_high", .number(estimate.high))]
    }

    private static func growthValue(_ growth: GrowthImpact, channels: [ChannelResult]) -> JSONValue {
        var object: [(String, JSONValue)] = [
            ("from", .string(Day(daysSinceEpoch: growth.window.lowerBound).description)), ("to", .string(Day(daysSinceEpoch: growth.window.upperBound).description)),
            ("previous_from", .string(Day(daysSinceEpoch: growth.previousWindow.lowerBound).description)),
            ("previous_to", .string(Day(daysSinceEpoch: growth.previousWindow.upperBound).description)),
            ("sales", .number(growth.sales)), ("previous_sales", .number(growth.previousSales)),
            ("growth_rate", .number(growth.growthRate)),
        ]
        object += fields("impact_coefficient", growth.impactCoefficient) + fields("share_of_growth", growth.shareOfGrowth)
        object.append(("channels", .array(zip(channels, growth.channelShareOfGrowth).map { channel, share in
            .object([("channel", .string(channel.name))] + fields("share_of_growth", share))
        })))
        return .object(object)
    }

    private static func campaignValue(_ campaign: SalesContributionRate) -> JSONValue {
        var object: [(String, JSONValue)] = [
            ("channel", .string(campaign.channel)), ("from", .string(Day(daysSinceEpoch: campaign.window.lowerBound).description)),
            ("to", .string(Day(daysSinceEpoch: campaign.window.upperBound).description)),
            ("previous_from", .string(Day(daysSinceEpoch: campaign.previousWindow.lowerBound).description)),
            ("previous_to", .string(Day(daysSinceEpoch: campaign.previousWindow.upperBound).description)),
            ("sales_growth_rate", .number(campaign.salesGrowthRate)),
        ]
        object += fields("impact_coefficient", campaign.impactCoefficient) + fields("sales_contribution_rate", campaign.rate)
            + fields("share_of_growth", campaign.shareOfGrowth)
        return .object(object)
    }

    /// The JSON document of ``json(_:growth:campaign:readingWarnings:)`` without growth or campaign, for
    /// callers that embed or store it.
    public static func jsonValue(_ result: MarketingMixResult, readingWarnings: [String] = []) -> JSONValue {
        let channels: [JSONValue] = result.channels.map { channel in
            var object: [(String, JSONValue)] = [("channel", .string(channel.name)), ("spend", .number(channel.spend))]
            object += fields("contribution", channel.contribution) + fields("share", channel.share)
                + fields("impact_coefficient", channel.impactCoefficient) + fields("roas", channel.roas)
                + fields("mroas", channel.marginalROAS) + fields("coefficient", channel.coefficient)
            object.append(("adstock", adstock(channel)))
            object.append(("saturation", saturation(channel)))
            return .object(object)
        }
        let decomposition: [JSONValue] = result.decomposition.map { week in
            var object: [(String, JSONValue)] = [
                ("date", .string(Day(daysSinceEpoch: week.day).description)), ("actual", .number(week.actual)), ("fitted", .number(week.fitted)),
                ("baseline", .number(week.baseline)), ("intercept", .number(week.intercept)), ("trend", .number(week.trend)),
                ("seasonality", .number(week.seasonality)), ("events", .number(week.events)), ("controls", .number(week.controls)),
            ]
            for (channel, value) in zip(result.channels, week.channels) { object.append((channel.name, .number(value))) }
            func range(_ interval: ClosedRange<Double>) -> JSONValue {
                .object([("low", .number(interval.lowerBound)), ("high", .number(interval.upperBound))])
            }
            object.append(("intervals", .object([("baseline", range(week.baselineInterval))]
                + zip(result.channels, week.channelIntervals).map { ($0.name, range($1)) })))
            return .object(object)
        }
        let curves: [JSONValue] = result.channels.map { channel in
            .object([("channel", .string(channel.name)), ("points", .array(channel.responseCurve.map { point in
                .object([("spend", .number(point.spend))] + fields("response", point.response))
            }))])
        }
        var top: [(String, JSONValue)] = [
            ("r_squared", .number(result.quality.rSquared)), ("nrmse", .number(result.quality.nrmse)),
            ("mape", .number(result.quality.mape)), ("validation_rmse", .number(result.quality.validationRMSE)),
            ("validation_nrmse", .number(result.quality.validationNRMSE)),
            ("validation", .string(result.configuration.validation.rawValue)),
        ]
        top += fields("impact_coefficient", result.impactCoefficient)
        top += [("level", .number(result.level)), ("replicates", .integer(result.replicateCount)),
                ("ridge", .number(result.ridge)), ("weeks", .integer(result.decomposition.count)),
                ("warnings", .array((readingWarnings + result.warnings).map { .string($0) })),
                ("channels", .array(channels)), ("decomposition", .array(decomposition)),
                ("response_curves", .array(curves))]
        return .object(top)
    }

    private static func adstock(_ channel: ChannelResult) -> JSONValue {
        guard let adstock = channel.adstock else { return .null }
        var object: [(String, JSONValue)] = [("type", .string(adstock.kind.rawValue)), ("max_lag", .integer(adstock.maxLag)),
                                             ("normalized", .bool(adstock.normalized))]
        let names = adstock.kind == .geometric ? ["decay"] : ["shape", "scale"]
        for (name, estimate) in zip(names, channel.adstockParameters) { object += fields(name, estimate) }
        return .object(object)
    }

    private static func saturation(_ channel: ChannelResult) -> JSONValue {
        guard let saturation = channel.saturation else { return .null }
        var object: [(String, JSONValue)] = [("type", .string(saturation.kind.rawValue))]
        let names = saturation.kind == .logistic ? ["lambda"] : ["half_saturation", "shape"]
        for (name, estimate) in zip(names, channel.saturationParameters) { object += fields(name, estimate) }
        return .object(object)
    }

    /// A report: what was fitted, fit quality, the marketing impact coefficient, and one row per
    /// channel with contribution, share, ROAS and marginal ROAS and their intervals, and the
    /// fitted carry-over and saturation.
    public static func table(_ result: MarketingMixResult, kpi: String, growth: GrowthImpact? = nil,
                             campaign: SalesContributionRate? = nil, readingWarnings: [String] = []) -> String {
        let money = amount
        let percent = { (value: Double) in AmountFormat.percent(value * 100) }
        let level = AmountFormat.levelLabel(result.level) + "%"
        let weeks = result.decomposition
        let configuration = result.configuration
        // Without bootstrap refits every interval is the point itself: none is shown.
        let bootstrapped = result.replicateCount > 0
        var lines: [String] = []
        if let first = weeks.first, let last = weeks.last {
            lines.append("Marketing-mix model of \(kpi): \(weeks.count) weeks \(Day(daysSinceEpoch: first.day).description) … \(Day(daysSinceEpoch: last.day).description), \(result.channels.count) channels")
        }
        lines.append("adstock \(configuration.adstock.rawValue) (\(configuration.maxLag) lags\(configuration.normalizeAdstock ? ", normalized" : "")), "
            + "saturation \(configuration.saturation.rawValue); hyperparameters by \(configuration.validation.rawValue) cross-validation "
            + "(\(configuration.folds) folds); "
            + (bootstrapped ? "\(level) intervals from \(result.replicateCount) block-bootstrap refits" : "no intervals (no bootstrap refits)"))
        lines.append("")
        let quality = result.quality
        lines.append("fit              R² \(String(format: "%.3f", quality.rSquared)), NRMSE \(percent(quality.nrmse)), "
            + "MAPE \(percent(quality.mape)); out of sample NRMSE \(percent(quality.validationNRMSE)) over \(quality.validationWeeks) weeks")
        let impact = result.impactCoefficient
        lines.append("impact           marketing caused \(percent(impact.value)) of \(kpi)"
            + (bootstrapped ? " (\(level) interval \(percent(impact.low)) … \(percent(impact.high)))" : ""))
        lines.append("")
        let table = TextTable<ChannelResult> { channel in
            func interval(_ estimate: Estimate?, _ format: (Double) -> String) -> String {
                guard let estimate else { return "—" }
                return "\(format(estimate.low)) … \(format(estimate.high))"
            }
            let ratio = AmountFormat.ratio
            let contributionInterval = Column(title: "\(level) interval", value: interval(channel.contribution, money), align: .right)
            let roasInterval = Column(title: "\(level) interval ", value: interval(channel.roas, ratio), align: .right)
            return [Column(title: "channel", value: channel.name),
                    Column(title: "spend", value: money(channel.spend), align: .right),
                    Column(title: "contribution", value: money(channel.contribution.value), align: .right)]
                + (bootstrapped ? [contributionInterval] : [])
                + [Column(title: "share", value: percent(channel.share.value), align: .right),
                   Column(title: "of \(kpi)", value: percent(channel.impactCoefficient.value), align: .right),
                   Column(title: "ROAS", value: channel.roas.map { ratio($0.value) } ?? "—", align: .right)]
                + (bootstrapped ? [roasInterval] : [])
                + [Column(title: "mROAS", value: channel.marginalROAS.map { ratio($0.value) } ?? "—", align: .right),
                   Column(title: "adstock", value: adstockText(channel)),
                   Column(title: "saturation", value: saturationText(channel))]
        }
        var rendered = table.string(for: result.channels, style: Style.simple) ?? ""
        while rendered.hasSuffix("\n") { rendered.removeLast() }
        lines.append(rendered)
        lines.append("")
        lines.append("share: of the channels' total contribution; of \(kpi): the channel's marketing impact coefficient;")
        lines.append("mROAS: extra \(kpi) per extra unit of spend at the current spend.")
        func range(_ estimate: Estimate) -> String {
            bootstrapped ? "\(level) interval \(percent(estimate.low)) … \(percent(estimate.high))" : "no interval"
        }
        if let growth {
            lines.append("")
            lines.append("growth           \(kpi) \(Day(daysSinceEpoch: growth.window.lowerBound).description) … \(Day(daysSinceEpoch: growth.window.upperBound).description): "
                + "\(money(growth.sales)) against \(money(growth.previousSales)) in the \(weeksText(growth.previousWindow)) before, "
                + "growth \(percent(growth.growthRate))")
            lines.append("                 marketing caused \(percent(growth.impactCoefficient.value)) of \(kpi) in the window (\(range(growth.impactCoefficient)))")
            if let line = shareOfChangeText(growth, percent: percent, range: range) { lines.append("                 " + line) }
        }
        if let campaign {
            lines.append("campaign         \(campaign.channel): sales growth rate \(percent(campaign.salesGrowthRate)) × impact coefficient "
                + "\(percent(campaign.impactCoefficient.value)) = sales contribution rate \(percent(campaign.rate.value)) (\(range(campaign.rate)))"
                + (campaign.salesGrowthRate < 0 ? "; negative because sales fell, not because the channel took sales away" : ""))
        }
        for warning in readingWarnings + result.warnings { lines.append("warning: \(warning)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the channels' change in contribution was of the change in sales, in words that fit
    /// both signs: a share of a rise, what went against a rise, a part of a fall, or what offset
    /// a fall; said to be unclear when the interval holds 0. Nil when there is no share (sales
    /// changed by less than 1%): then a note says so.
    static func shareOfChangeText(_ growth: GrowthImpact, percent: (Double) -> String, range: (Estimate) -> String) -> String? {
        guard let share = growth.shareOfGrowth else {
            return growth.growthRate == 0 || abs(growth.growthRate) < GrowthImpact.smallestShareableChange
                ? "(sales changed by less than 1%: no share of the change is given)" : nil
        }
        // The channels' change is `share` times the change in sales: its sign and size against
        // the change's.
        let flipped = Estimate(value: -share.value, low: -share.high, high: -share.low)
        let unclear = share.low < 0 && share.high > 0 ? "; the interval holds 0, so even the direction is unclear" : ""
        let text: String
        switch (growth.growthRate > 0, share.value >= 0) {
        case (true, true): text = "and \(percent(share.value)) of the growth (\(range(share)))"
        case (true, false): text = "and none of the growth: the channels contributed less, by \(percent(flipped.value)) of it (\(range(flipped)))"
        case (false, true): text = "and \(percent(share.value)) of the fall, by contributing less (\(range(share)))"
        case (false, false): text = "and offset \(percent(flipped.value)) of the fall, by contributing more (\(range(flipped)))"
        }
        return text + unclear
    }

    /// Whole units with separators from 100 up; four significant digits below.
    private static func amount(_ value: Double) -> String {
        abs(value) >= 100 ? AmountFormat.grouped(value) : NumberFormat.significant(value, 4)
    }

    private static func weeksText(_ window: ClosedRange<Int>) -> String {
        "\((window.upperBound - window.lowerBound) / 7 + 1) weeks"
    }

    private static func adstockText(_ channel: ChannelResult) -> String {
        guard let adstock = channel.adstock else { return "—" }
        switch adstock.kind {
        case .geometric: return String(format: "decay %.2f", adstock.first)
        case .weibullCDF, .weibullPDF:
            let weights = adstock.weights
            let peak = weights.indices.max { weights[$0] < weights[$1] } ?? 0
            return String(format: "shape %.2f, scale %.2f, peak lag %d", adstock.first, adstock.second, peak)
        }
    }

    private static func saturationText(_ channel: ChannelResult) -> String {
        guard let saturation = channel.saturation else { return "—" }
        switch saturation.kind {
        case .logistic: return "half effect at \(amount(log(3) / saturation.first))"
        case .hill: return "half effect at \(amount(saturation.first)), shape \(String(format: "%.2f", saturation.second))"
        }
    }

    /// The weekly decomposition: `date,actual,fitted,baseline,intercept,trend,seasonality,
    /// events,controls,<channel>…`, numbers with 17 significant digits.
    public static func csv(_ result: MarketingMixResult) -> String {
        var lines = [(["date", "actual", "fitted", "baseline", "intercept", "trend", "seasonality", "events", "controls"]
            + result.channels.map { CSVField.escape($0.name) }).joined(separator: ",")]
        for week in result.decomposition {
            let numbers = [week.actual, week.fitted, week.baseline, week.intercept, week.trend, week.seasonality, week.events,
                           week.controls] + week.channels
            lines.append(([Day(daysSinceEpoch: week.day).description] + numbers.map(NumberFormat.full)).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
