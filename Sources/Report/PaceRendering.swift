import Forecasting

/// Renders a fundraising pace: a short report or one JSON object.
public enum PaceRendering {
    /// Raised to date, velocity and trend, pace against plan, what is needed, the expected date
    /// and the speed rating, one line each. `day` turns day numbers into dates.
    public static func table(_ pace: FundraisingPace, day: (Int) -> String) -> String {
        let money = AmountFormat.grouped
        var title = "Fundraising pace toward \(money(pace.target)) from \(day(pace.start))"
        if let plan = pace.plan { title += " to \(day(plan.deadline))" }
        var lines = [title + ", as of \(day(pace.asOf))", ""]
        func line(_ label: String, _ text: String) { lines.append(label.padding(toLength: 20, withPad: " ", startingAt: 0) + text) }
        line("raised to date", "\(money(pace.raisedToDate)) (\(AmountFormat.percent(pace.percentOfTarget)) of the target)"
             + (pace.raisesLeftOut > 0 ? "; \(pace.raisesLeftOut) raise\(pace.raisesLeftOut == 1 ? "" : "s") before the start or after the as-of day left out" : ""))
        line("remaining", money(pace.remaining))
        let weeks = String(format: "%.1f weeks", Double(pace.elapsedDays) / 7)
        if let plan = pace.plan {
            let planned = plan.deadline - pace.start + 1
            line("elapsed", "\(pace.elapsedDays) of \(planned) planned days (\(AmountFormat.percent(Double(pace.elapsedDays) / Double(planned) * 100))), \(weeks)")
        } else {
            line("elapsed", "\(pace.elapsedDays) days, \(weeks)")
        }
        line("velocity", "\(money(pace.velocity)) per week" + (pace.recentVelocity.map { " (last 4 weeks: \(money($0)) per week)" } ?? ""))
        if let trend = pace.trend {
            var text = "\(trend.slope >= 0 ? "+" : "")\(money(trend.slope)) per week, week on week"
            if let error = trend.standardError {
                text += " (s.e. \(money(error))" + (trend.pValue.map { ", p = \(NumberFormat.pValue($0))" } ?? "") + ")"
            }
            line("trend", text + " over \(trend.weeks) complete weeks")
        }
        if let planned = pace.plannedToDate, let ahead = pace.aheadOfPlan {
            var text = "\(money(planned)) planned by now; \(ahead >= 0 ? "ahead by" : "behind by") \(money(abs(ahead)))"
            if let ratio = pace.paceAgainstPlan { text += " (\(AmountFormat.percent(ratio * 100)) of plan)" }
            line("against plan", text)
        }
        if let required = pace.requiredVelocity, let plan = pace.plan {
            line("needed", "\(money(required)) per week over the \(String(format: "%.1f", Double(plan.deadline - pace.asOf) / 7)) weeks to the deadline")
        }
        line("target date", targetDate(pace.targetDate, weeks: pace.weeks.count, day: day))
        if let speed = pace.speed, let ratio = pace.velocityRatio, let planned = pace.plannedVelocity {
            line("speed", "\(speed) (velocity \(String(format: "%.2f", ratio))× the plan's \(money(planned)) per week; \(speed.band))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"target", "start", "as_of", "deadline", "raised", "remaining", "percent_of_target",
    /// "elapsed_days", "velocity_per_week", "recent_velocity_per_week", "weeks": [{"start",
    /// "amount"}], "trend": {"intercept", "slope", "std_error", "t", "p", "weeks"},
    /// "planned_to_date", "pace_against_plan", "ahead_of_plan", "planned_velocity_per_week",
    /// "required_velocity_per_week", "velocity_ratio", "speed", "target_date": {"reached_on",
    /// "expected", "earliest", "latest", "level"}, "raises_left_out"}`; missing values are null.
    public static func json(_ pace: FundraisingPace, day: (Int) -> String) -> String {
        jsonValue(pace, day: day).text + "\n"
    }

    /// The object ``json(_:day:)`` prints, to embed in a larger document or store.
    public static func jsonValue(_ pace: FundraisingPace, day: (Int) -> String) -> JSONValue {
        let number = { (value: Double?) in value.map(JSONValue.number) ?? .null }
        func date(_ value: Int?) -> JSONValue { value.map { JSONValue.string(day($0)) } ?? .null }
        let trend: JSONValue = pace.trend.map { trend in
            .object([("intercept", .number(trend.intercept)), ("slope", .number(trend.slope)),
                     ("std_error", number(trend.standardError)), ("t", number(trend.tStatistic)),
                     ("p", number(trend.pValue)), ("weeks", .integer(trend.weeks))])
        } ?? .null
        let projection = pace.targetDate
        return .object([
            ("target", .number(pace.target)), ("start", .string(day(pace.start))), ("as_of", .string(day(pace.asOf))),
            ("deadline", date(pace.plan?.deadline)), ("raised", .number(pace.raisedToDate)),
            ("remaining", .number(pace.remaining)), ("percent_of_target", .number(pace.percentOfTarget)),
            ("elapsed_days", .integer(pace.elapsedDays)), ("velocity_per_week", .number(pace.velocity)),
            ("recent_velocity_per_week", number(pace.recentVelocity)),
            ("weeks", .array(pace.weeks.map { .object([("start", .string(day($0.start))), ("amount", .number($0.amount))]) })),
            ("trend", trend), ("planned_to_date", number(pace.plannedToDate)),
            ("pace_against_plan", number(pace.paceAgainstPlan)), ("ahead_of_plan", number(pace.aheadOfPlan)),
            ("planned_velocity_per_week", number(pace.plannedVelocity)),
            ("required_velocity_per_week", number(pace.requiredVelocity)), ("velocity_ratio", number(pace.velocityRatio)),
            ("speed", pace.speed.map { .string($0.rawValue) } ?? .null),
            ("target_date", .object([("reached_on", date(projection.reachedOn)), ("expected", date(projection.expected)),
                                     ("earliest", date(projection.earliest)), ("latest", date(projection.latest)),
                                     ("level", .number(projection.level))])),
            ("raises_left_out", .integer(pace.raisesLeftOut)),
        ])
    }

    private static func targetDate(_ projection: TargetDateProjection, weeks: Int, day: (Int) -> String) -> String {
        if let reached = projection.reachedOn { return "reached on \(day(reached))" }
        guard let expected = projection.expected else { return "not in sight: nothing is being raised on balance" }
        let level = AmountFormat.levelLabel(projection.level) + "%"
        switch (projection.earliest, projection.latest) {
        case let (earliest?, latest?): return "expected \(day(expected)) (\(level) interval \(day(earliest)) … \(day(latest)))"
        case let (earliest?, nil): return "expected \(day(expected)) (\(level) interval from \(day(earliest)), no sure end at this pace)"
        default:
            let why = weeks >= 2 ? "the complete weeks all raised the same amount" : "too few complete weeks"
            return "expected \(day(expected)) (no interval: \(why))"
        }
    }
}
