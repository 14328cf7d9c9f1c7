import Forecasting
import TextTable

/// One series' forecast with the labels of the time points it covers.
public struct LabelledForecast: Sendable {
    /// The series id.
    public let id: String
    /// Observations the forecast was made from.
    public let observations: Int
    /// The label of each step ahead (a date or an integer time).
    public let times: [String]
    /// The forecast.
    public let forecast: Forecast

    /// A forecast with its labels; `times` has one label per step.
    public init(id: String, observations: Int, times: [String], forecast: Forecast) {
        self.id = id
        self.observations = observations
        self.times = times
        self.forecast = forecast
    }
}

/// Renders forecasts of many series as a table, JSON or CSV with one row per series and step.
public enum ForecastRendering {
    /// One row per series and step: `id, step, time, mean`, a bound pair per level, `model`.
    public static func table(_ items: [LabelledForecast], levels: [Double]) -> String {
        let rows = items.flatMap { item in (0..<item.forecast.horizon).map { (item, $0) } }
        let table = TextTable<(LabelledForecast, Int)> { item, step in
            var columns = [Column(title: "id", value: item.id),
                           Column(title: "step", value: step + 1, align: .right),
                           Column(title: "time", value: item.times[step]),
                           Column(title: "mean", value: NumberFormat.significant(item.forecast.mean[step], 6), align: .right)]
            for level in levels {
                let interval = item.forecast.interval(level: level)
                let label = AmountFormat.levelLabel(level)
                columns.append(Column(title: "lo\(label)", value: bound(interval?.lower, step), align: .right))
                columns.append(Column(title: "hi\(label)", value: bound(interval?.upper, step), align: .right))
            }
            columns.append(Column(title: "model", value: item.forecast.method))
            return columns
        }
        return (table.string(for: rows, style: Style.simple) ?? "") + "\n"
    }

    /// `{"method", "horizon", "seasonal_period", "levels", "series": [{"id", "model",
    /// "observations", "forecasts": [{"step", "time", "mean", "lo80", "hi80", …}]}]}`.
    public static func json(_ items: [LabelledForecast], method: String, horizon: Int, seasonalPeriod: Int,
                            levels: [Double]) -> String {
        let series: [JSONValue] = items.map { item in
            let steps: [JSONValue] = (0..<item.forecast.horizon).map { step in
                var fields: [(String, JSONValue)] = [("step", .integer(step + 1)), ("time", .string(item.times[step])),
                                                     ("mean", .number(item.forecast.mean[step]))]
                for level in levels {
                    let interval = item.forecast.interval(level: level), label = AmountFormat.levelLabel(level)
                    fields.append(("lo\(label)", interval.map { .number($0.lower[step]) } ?? .null))
                    fields.append(("hi\(label)", interval.map { .number($0.upper[step]) } ?? .null))
                }
                return .object(fields)
            }
            return .object([("id", .string(item.id)), ("model", .string(item.forecast.method)),
                            ("observations", .integer(item.observations)), ("forecasts", .array(steps))])
        }
        return JSONValue.object([("method", .string(method)), ("horizon", .integer(horizon)),
                                 ("seasonal_period", .integer(seasonalPeriod)),
                                 ("levels", .array(levels.map { .number($0) })), ("series", .array(series))]).text + "\n"
    }

    /// `id,step,time,mean,lo80,hi80,lo95,hi95,model` (a bound pair per level), numbers with 17
    /// significant digits.
    public static func csv(_ items: [LabelledForecast], levels: [Double]) -> String {
        let bounds = levels.flatMap { ["lo\(AmountFormat.levelLabel($0))", "hi\(AmountFormat.levelLabel($0))"] }
        var lines = [(["id", "step", "time", "mean"] + bounds + ["model"]).joined(separator: ",")]
        for item in items {
            for step in 0..<item.forecast.horizon {
                var fields = [CSVField.escape(item.id), String(step + 1), CSVField.escape(item.times[step]),
                              NumberFormat.full(item.forecast.mean[step])]
                for level in levels {
                    let interval = item.forecast.interval(level: level)
                    fields.append(interval.map { NumberFormat.full($0.lower[step]) } ?? "")
                    fields.append(interval.map { NumberFormat.full($0.upper[step]) } ?? "")
                }
                fields.append(CSVField.escape(item.forecast.method))
                lines.append(fields.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func bound(_ values: [Double]?, _ step: Int) -> String {
        values.map { NumberFormat.significant($0[step], 6) } ?? ""
    }
}
