/// Attainment: fan charts for the company, every team, and the people projected highest
/// and lowest, with a table of the projections; attainment to date when nothing was
/// projected.
enum AttainmentSection {
    /// How many people at each end of the projected ranking get a chart.
    static let peopleAtEachEnd = 3

    static func render(forecasts: [StoredProjection], attainment: [StoredAttainment]) -> HTML {
        let title = "Attainment"
        guard !forecasts.isEmpty else {
            guard !attainment.isEmpty else {
                return HTMLBlocks.section(id: "attainment", title: title, [HTMLBlocks.note("Attainment is not part of this run.")])
            }
            return HTMLBlocks.section(id: "attainment", title: title, [
                HTMLBlocks.note("No end-of-period projection is part of this run (the period is complete, or there were no earlier periods to learn from); attainment to date follows."),
                toDateTable(attainment),
            ])
        }
        let groups = forecasts.filter { $0.level == "company" } + forecasts.filter { $0.level == "team" }.sorted { $0.entity < $1.entity }
        let people = forecasts.filter { $0.level == "person" && $0.target > 0 }
            .sorted { ($0.projected / $0.target, $0.entity) > ($1.projected / $1.target, $1.entity) }
        let highlighted = people.count <= 2 * peopleAtEachEnd ? people
            : Array(people.prefix(peopleAtEachEnd)) + Array(people.suffix(peopleAtEachEnd))
        var content: [HTML] = []
        if let period = forecasts.first?.period {
            content.append(HTMLBlocks.paragraph("Period \(period.label) (\(period.start) to \(period.end)), as of \(period.as_of). "
                + "Each chart shows bookings to date (solid), the expected path to the period's end (dashed), "
                + "the ranges that 80% and 95% of the simulated outcomes fall in (dark and light bands) and the target (dotted), "
                + "in percent of the target."))
        }
        var index = 0
        func charts(_ rows: [StoredProjection]) -> HTML {
            HTMLBlocks.figures(rows.map { row in
                index += 1
                return chart(row, id: "fan\(index)")
            })
        }
        content.append(HTMLBlocks.heading("Company and teams"))
        content.append(charts(groups))
        if !highlighted.isEmpty {
            content.append(HTMLBlocks.heading(people.count <= 2 * peopleAtEachEnd ? "People"
                : "The \(peopleAtEachEnd) people projected highest and the \(peopleAtEachEnd) projected lowest"))
            content.append(charts(highlighted))
        }
        content.append(HTMLBlocks.heading("Projections to the end of the period"))
        content.append(projectionTable(groups + people))
        return HTMLBlocks.section(id: "attainment", title: title, content)
    }

    static func caption(_ row: StoredProjection) -> String {
        let name = row.level == "company" ? "Company" : row.level == "team" ? "Team \(row.entity)" : row.entity
        let percent = { (amount: Double) in HumanNumber.percent(row.target > 0 ? amount / row.target * 100 : .nan) }
        let interval = row.intervals.first { abs($0.level - 0.8) < 1e-9 }
        return "\(name): projected \(HumanNumber.grouped(row.projected)) of \(HumanNumber.grouped(row.target)) (\(percent(row.projected)))"
            + (interval.map { "; 80% range \(percent($0.lower))–\(percent($0.upper))" } ?? "")
            + "; chance of reaching the target \(HumanNumber.percent(row.probability_of_target * 100, decimals: 0))."
    }

    private static func chart(_ row: StoredProjection, id: String) -> HTML {
        guard let path = row.path, let period = row.period, let start = CalendarDay.day(period.start), let end = CalendarDay.day(period.end)
        else {
            return HTMLBlocks.figure(caption: caption(row), HTMLBlocks.note("This run stored no path for a chart (it was made by an earlier version)."))
        }
        let booked = path.booked.enumerated().map { (day: start + $0.offset, amount: $0.element) }
        let projected = path.dates.indices.compactMap { index in
            CalendarDay.day(path.dates[index]).map { day in
                (day: day, mean: index < path.mean.count ? path.mean[index] : .nan,
                 bands: path.intervals.compactMap { band in
                     index < band.lower.count && index < band.upper.count
                         ? (level: band.level, lower: band.lower[index], upper: band.upper[index]) : nil
                 })
            }
        }
        let chart = FanChart(booked: booked, projected: projected, target: row.target, periodStart: start, periodEnd: end)
        return HTMLBlocks.figure(caption: caption(row), chart.render(id: id, summary: caption(row)))
    }

    private static func projectionTable(_ rows: [StoredProjection]) -> HTML {
        let percent = { (row: StoredProjection, amount: Double) in HumanNumber.percent(row.target > 0 ? amount / row.target * 100 : .nan) }
        return HTMLBlocks.table(
            [("", .left), ("Booked to date", .number), ("Target", .number), ("Projected", .number), ("Attainment", .number),
             ("80% range", .number), ("95% range", .number), ("P(≥ 100%)", .number)],
            rows.map { row in
                let range = { (level: Double) in
                    row.intervals.first { abs($0.level - level) < 1e-9 }.map { "\(percent(row, $0.lower))–\(percent(row, $0.upper))" } ?? "—"
                }
                let name = row.level == "person" ? row.entity + (row.team.map { " (\($0))" } ?? "")
                    : row.level == "company" ? "Company" : "Team \(row.entity)"
                return [HTML(text: name), HTML(text: HumanNumber.grouped(row.booked_to_date)), HTML(text: HumanNumber.grouped(row.target)),
                        HTML(text: HumanNumber.grouped(row.projected)), HTML(text: percent(row, row.projected)),
                        HTML(text: range(0.8)), HTML(text: range(0.95)),
                        HTML(text: HumanNumber.percent(row.probability_of_target * 100, decimals: 0))]
            })
    }

    private static func toDateTable(_ rows: [StoredAttainment]) -> HTML {
        let order = ["company": 0, "team": 1, "person": 2]
        return HTMLBlocks.table(
            [("", .left), ("Level", .left), ("Booked", .number), ("Target", .number), ("Attained", .number)],
            rows.sorted { (order[$0.level] ?? 3, $0.entity) < (order[$1.level] ?? 3, $1.entity) }.map { row in
                [HTML(text: row.entity), HTML(text: row.level), HTML(text: HumanNumber.grouped(row.actual_to_date)),
                 HTML(text: HumanNumber.grouped(row.target)), HTML(text: HumanNumber.percent(row.attainment_pct))]
            })
    }
}
