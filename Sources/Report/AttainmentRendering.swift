import Forecasting
import TextTable

/// Renders an end-of-period attainment forecast: tables of people, teams and the company,
/// JSON, or CSV with one row per entity.
public enum AttainmentRendering {
    /// Tables of people, teams and the company: booked, target, projected total and
    /// attainment, intervals as attainment, probability of reaching 100%, and the pace needed
    /// per remaining day and week. `day` turns day numbers into dates; `notes` follow the
    /// tables.
    public static func table(_ forecast: AttainmentForecast, day: (Int) -> String, notes: [String] = []) -> String {
        let levels = forecast.projections.first?.intervals.map(\.level) ?? []
        let table = TextTable<EntityProjection> { row in
            var columns = [Column(title: "", value: row.entity),
                           Column(title: "booked", value: AmountFormat.grouped(row.bookedToDate), align: .right),
                           Column(title: "target", value: AmountFormat.grouped(row.target), align: .right),
                           Column(title: "projected", value: AmountFormat.grouped(row.projected), align: .right),
                           Column(title: "attain.", value: AmountFormat.percent(row.projectedAttainment), align: .right)]
            for interval in row.intervals {
                columns.append(Column(title: "\(AmountFormat.levelLabel(interval.level))% interval",
                                      value: "\(whole(row.attainment(of: interval.lower)))–\(whole(row.attainment(of: interval.upper)))%",
                                      align: .right))
            }
            columns += [Column(title: "P(≥100%)", value: String(format: "%.0f%%", row.probabilityOfTarget * 100), align: .right),
                        Column(title: "needed/day", value: row.neededPerDay.map(AmountFormat.grouped) ?? "—", align: .right),
                        Column(title: "needed/week", value: row.neededPerWeek.map(AmountFormat.grouped) ?? "—", align: .right)]
            return columns
        }
        let period = forecast.period
        var lines = ["Attainment forecast for \(period.label) as of \(day(forecast.asOf)): day \(forecast.elapsedDays) of \(period.length), \(forecast.remainingDays) day\(forecast.remainingDays == 1 ? "" : "s") left"]
        let history = forecast.history.isEmpty ? "no earlier periods"
            : "\(forecast.history.count) earlier period\(forecast.history.count == 1 ? "" : "s") (\(forecast.history.first ?? "") … \(forecast.history.last ?? ""))"
        lines.append("Learned from \(history); \(forecast.pathCount) simulated paths, seed \(forecast.seed); intervals in \(levels.map { AmountFormat.levelLabel($0) + "%" }.joined(separator: " and ")) as attainment")
        for (level, title) in [(EntityProjection.Level.person, "People"), (.team, "Teams"), (.company, "Company")] {
            let rows = forecast.projections.filter { $0.level == level }
            guard !rows.isEmpty else { continue }
            lines.append("")
            lines.append(title)
            var text = table.string(for: rows, style: Style.simple) ?? ""
            while text.hasSuffix("\n") { text.removeLast() }
            lines.append(text)
        }
        lines += notes
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"period", "period_start", "period_end", "as_of", "elapsed_days", "remaining_days",
    /// "history", "paths", "seed", "correlation", "notes", "entities": [{"entity", "level",
    /// "team", "members", "booked", "target", "projected", "attainment_pct",
    /// "expected_share_to_date", "intervals": [{"level", "low", "high", "low_pct", "high_pct"}],
    /// "p_reach_target", "needed_per_day", "needed_per_week", "expected_per_day"}]}`.
    public static func json(_ forecast: AttainmentForecast, day: (Int) -> String, notes: [String] = []) -> String {
        let entities: [JSONValue] = forecast.projections.map { row in
            let intervals: [JSONValue] = row.intervals.map { interval in
                .object([("level", .number(interval.level)), ("low", .number(interval.lower)), ("high", .number(interval.upper)),
                         ("low_pct", .number(row.attainment(of: interval.lower))),
                         ("high_pct", .number(row.attainment(of: interval.upper)))])
            }
            return .object([
                ("entity", .string(row.entity)), ("level", .string(row.level.rawValue)),
                ("team", row.team.map(JSONValue.string) ?? .null), ("members", .integer(row.members)),
                ("booked", .number(row.bookedToDate)), ("target", .number(row.target)), ("projected", .number(row.projected)),
                ("attainment_pct", .number(row.projectedAttainment)),
                ("expected_share_to_date", .number(row.expectedShareToDate)), ("intervals", .array(intervals)),
                ("p_reach_target", .number(row.probabilityOfTarget)), ("needed_per_day", optional(row.neededPerDay)),
                ("needed_per_week", optional(row.neededPerWeek)), ("expected_per_day", optional(row.expectedPerDay)),
            ])
        }
        let period = forecast.period
        return JSONValue.object([
            ("period", .string(period.label)), ("period_start", .string(day(period.start))),
            ("period_end", .string(day(period.end))), ("as_of", .string(day(forecast.asOf))),
            ("elapsed_days", .integer(forecast.elapsedDays)), ("remaining_days", .integer(forecast.remainingDays)),
            ("history", .array(forecast.history.map(JSONValue.string))), ("paths", .integer(forecast.pathCount)),
            ("seed", .string(String(forecast.seed))), ("correlation", .number(forecast.correlation)),
            ("notes", .array(notes.map(JSONValue.string))), ("entities", .array(entities)),
        ]).text + "\n"
    }

    /// `entity,level,team,booked,target,projected,attainment_pct,lo80,hi80,lo95,hi95,
    /// p_reach_target,needed_per_day,needed_per_week` (a bound pair per level), numbers with
    /// 17 significant digits, empty where a value does not apply.
    public static func csv(_ forecast: AttainmentForecast) -> String {
        let levels = forecast.projections.first?.intervals.map(\.level) ?? []
        let bounds = levels.flatMap { ["lo\(AmountFormat.levelLabel($0))", "hi\(AmountFormat.levelLabel($0))"] }
        var lines = ((["entity", "level", "team", "booked", "target", "projected", "attainment_pct"] + bounds
                      + ["p_reach_target", "needed_per_day", "needed_per_week"]).joined(separator: ","))
        for row in forecast.projections {
            var fields = [CSVField.escape(row.entity), row.level.rawValue, CSVField.escape(row.team ?? "")]
            fields += [row.bookedToDate, row.target, row.projected, row.projectedAttainment].map(NumberFormat.full)
            for interval in row.intervals { fields += [NumberFormat.full(interval.lower), NumberFormat.full(interval.upper)] }
            fields.append(NumberFormat.full(row.probabilityOfTarget))
            fields += [row.neededPerDay, row.neededPerWeek].map { $0.map(NumberFormat.full) ?? "" }
            lines += "\n" + fields.joined(separator: ",")
        }
        return lines + "\n"
    }

    private static func whole(_ percent: Double) -> String { percent.isFinite ? String(Int(percent.rounded())) : "—" }

    private static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
}
