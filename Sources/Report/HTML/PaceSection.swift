/// Fundraising pace against plan: the amount raised week by week against the target, the
/// pace still needed to the deadline, and the key figures of `kpi pace`.
enum PaceSection {
    static func render(_ pace: StoredPace?) -> HTML {
        let title = "Fundraising pace"
        guard let pace else { return HTMLBlocks.section(id: "pace", title: title, [HTMLBlocks.note("Fundraising pace is not part of this run.")]) }
        var figures: [(String, String)] = [
            ("Raised", "\(HumanNumber.grouped(pace.raised)) of \(HumanNumber.grouped(pace.target)) (\(HumanNumber.percent(pace.percent_of_target)))"),
            ("Velocity", "\(HumanNumber.grouped(pace.velocity_per_week)) per week"
                + (pace.recent_velocity_per_week.map { " (last 4 weeks: \(HumanNumber.grouped($0)) per week)" } ?? "")),
        ]
        if let planned = pace.planned_to_date {
            let against = pace.pace_against_plan.map { " — \(HumanNumber.percent($0 * 100, decimals: 0)) of plan" } ?? ""
            figures.append(("Planned by \(pace.as_of)", HumanNumber.grouped(planned) + against))
        }
        if let required = pace.required_velocity_per_week {
            figures.append(("Needed", "\(HumanNumber.grouped(required)) per week to the deadline \(pace.deadline ?? "")"))
        }
        if let speed = pace.speed { figures.append(("Speed", speed)) }
        figures.append(("Target date", targetDate(pace.target_date)))

        var content: [HTML] = [HTMLBlocks.keyFigures(figures)]
        if let start = CalendarDay.day(pace.start), let asOf = CalendarDay.day(pace.as_of) {
            let deadline = pace.deadline.flatMap(CalendarDay.day)
            var running = 0.0
            var raised: [(x: Double, y: Double)] = [(Double(start - 1), 0)]
            for week in pace.weeks {
                guard let day = CalendarDay.day(week.start) else { continue }
                running += week.amount
                raised.append((Double(min(day + 6, asOf)), running))
            }
            var series = [LineChart.Series(name: "raised (cumulative)", points: raised)]
            if let deadline, deadline > asOf, let last = raised.last {
                series.append(.init(name: "pace needed from today", points: [(Double(asOf), last.y), (Double(deadline), pace.target)]))
            }
            if let planned = pace.planned_to_date {
                series.append(.init(name: "planned by today", points: [(Double(asOf), planned)]))
            }
            var chart = LineChart(series: series, x: .days(first: start - 1, last: max(deadline ?? asOf, asOf)),
                                  xTitle: "Date", yTitle: "Raised (cumulative amount)", yFormat: HumanNumber.compact)
            chart.references = [(pace.target, "target \(HumanNumber.grouped(pace.target))")]
            if let deadline { chart.markers = [(Double(deadline), "deadline")] }
            let caption = "Raised \(HumanNumber.grouped(pace.raised)) by \(pace.as_of) against a target of \(HumanNumber.grouped(pace.target))."
            content.append(HTMLBlocks.figure(caption: caption, chart.render(id: "pace", summary: caption)))
        }
        return HTMLBlocks.section(id: "pace", title: title, content)
    }

    private static func targetDate(_ date: StoredPace.TargetDate) -> String {
        if let reached = date.reached_on { return "reached on \(reached)" }
        guard let expected = date.expected else { return "not in sight at this pace" }
        let level = HumanNumber.percent(date.level * 100, decimals: 0)
        switch (date.earliest, date.latest) {
        case let (earliest?, latest?): return "expected \(expected) (\(level) range \(earliest) to \(latest))"
        case let (earliest?, nil): return "expected \(expected) (\(level) range from \(earliest), no sure end)"
        default: return "expected \(expected)"
        }
    }
}
