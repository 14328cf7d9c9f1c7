/// Marketing attribution: how the model splits the outcome over time, what each channel
/// contributed and returned (with intervals), and the channels' response curves.
enum AttributionSection {
    static func render(_ model: StoredAttribution?) -> HTML {
        let title = "Marketing attribution"
        guard let model else {
            return HTMLBlocks.section(id: "attribution", title: title, [HTMLBlocks.note("Marketing attribution is not part of this run.")])
        }
        var figures: [(String, String)] = []
        if let r2 = model.r_squared { figures.append(("R²", HumanNumber.grouped(r2, decimals: 3))) }
        if let nrmse = model.nrmse { figures.append(("NRMSE", HumanNumber.percent(nrmse * 100))) }
        if let mape = model.mape { figures.append(("MAPE", HumanNumber.percent(mape * 100))) }
        if let impact = model.impact_coefficient { figures.append(("Marketing impact coefficient", HumanNumber.grouped(impact, decimals: 3))) }
        var content: [HTML] = [HTMLBlocks.keyFigures(figures)]

        let names = model.channels.map(\.channel)
        let rows = model.decomposition.compactMap { row in CalendarDay.day(row.date).map { (day: $0, row: row) } }.sorted { $0.day < $1.day }
        if rows.count > 1 {
            var layers: [(name: String, values: [Double])] = [("baseline", rows.map { $0.row.baseline ?? 0 })]
            layers += names.map { name in (name, rows.map { $0.row.channels[name] ?? 0 }) }
            let actual = rows.allSatisfy { $0.row.actual != nil } ? rows.map { $0.row.actual ?? 0 } : nil
            let caption = "The outcome over time split into the baseline and each channel's contribution, with the actual values as a line."
            let chart = StackedAreaChart(days: rows.map(\.day), layers: layers, actual: actual, yTitle: "Outcome (amount per period)")
            content.append(HTMLBlocks.figure(caption: caption, chart.render(id: "decomposition", summary: caption)))
        }
        if !model.channels.isEmpty {
            let contribution = IntervalBarChart(
                rows: model.channels.map { .init(label: $0.channel, value: $0.contribution, low: $0.contribution_low, high: $0.contribution_high) },
                xTitle: "Contribution (amount, with interval)", format: HumanNumber.compact)
            let withROAS = model.channels.filter { $0.roas != nil }
            let roas = IntervalBarChart(
                rows: withROAS.map { .init(label: $0.channel, value: $0.roas ?? 0, low: $0.roas_low, high: $0.roas_high) },
                xTitle: "ROAS (return per unit of spend, with interval)", format: { HumanNumber.grouped($0, decimals: 1) + "×" },
                reference: (1, "break-even"))
            let contributionCaption = "Each channel's contribution to the outcome; whiskers show its interval."
            let roasCaption = "Return on ad spend by channel; whiskers show its interval, the dotted line break-even."
            content.append(HTMLBlocks.figure(caption: contributionCaption, contribution.render(id: "contribution", summary: contributionCaption)))
            content.append(HTMLBlocks.figure(caption: roasCaption, withROAS.isEmpty ? HTMLBlocks.note("No channel has a ROAS.")
                                             : roas.render(id: "roas", summary: roasCaption)))
            content.append(channelTable(model.channels))
        }
        let curves = model.response_curves.filter { !$0.points.isEmpty }
        if !curves.isEmpty {
            let spends = curves.flatMap { $0.points.map(\.spend) }
            let chart = LineChart(
                series: curves.map { curve in .init(name: curve.channel, points: curve.points.map { (x: $0.spend, y: $0.response) }) },
                x: .numbers(NiceScale(low: min(spends.min() ?? 0, 0), high: spends.max() ?? 1), format: HumanNumber.compact),
                xTitle: "Spend (amount per period)", yTitle: "Response (amount)", yFormat: HumanNumber.compact)
            let caption = "Response curves: the outcome each channel brings at a level of spend, flattening as it saturates."
            content.append(HTMLBlocks.figure(caption: caption, chart.render(id: "response", summary: caption)))
        }
        return HTMLBlocks.section(id: "attribution", title: title, content)
    }

    private static func channelTable(_ channels: [StoredAttribution.Channel]) -> HTML {
        let range = { (low: Double?, high: Double?, format: (Double) -> String) in
            guard let low, let high else { return "—" }
            return "\(format(low))–\(format(high))"
        }
        return HTMLBlocks.table(
            [("Channel", .left), ("Spend", .number), ("Contribution", .number), ("Interval", .number), ("Share", .number),
             ("ROAS", .number), ("ROAS interval", .number), ("Marginal ROAS", .number)],
            channels.map { channel in
                [HTML(text: channel.channel), HTML(text: HumanNumber.grouped(channel.spend)),
                 HTML(text: HumanNumber.grouped(channel.contribution)),
                 HTML(text: range(channel.contribution_low, channel.contribution_high) { HumanNumber.grouped($0) }),
                 HTML(text: channel.share.map { HumanNumber.percent($0 * 100) } ?? "—"),
                 HTML(text: channel.roas.map(HumanNumber.ratio) ?? "—"),
                 HTML(text: range(channel.roas_low, channel.roas_high, HumanNumber.ratio)),
                 HTML(text: channel.mroas.map(HumanNumber.ratio) ?? "—")]
            })
    }
}
