/// The fan chart of one entity's attainment: bookings to date, the projected path, its 80%
/// and 95% bands, and the target, in percent of the target over the period's days.
struct FanChart {
    /// Cumulative amounts by day to date.
    let booked: [(day: Int, amount: Double)]
    /// Projected points after the as-of day.
    let projected: [(day: Int, mean: Double, bands: [(level: Double, lower: Double, upper: Double)])]
    let target: Double
    let periodStart: Int
    let periodEnd: Int

    func render(id: String, summary: String) -> HTML {
        let scale = { (amount: Double) in target > 0 ? amount / target * 100 : 0 }
        let values = booked.map { scale($0.amount) } + projected.flatMap { point in
            [scale(point.mean)] + point.bands.flatMap { [scale($0.lower), scale($0.upper)] }
        } + [100, 0]
        let frame = ChartFrame(width: ChartFrame.narrowWidth, height: 290, top: 34, x: .days(first: periodStart, last: periodEnd),
                               y: NiceScale(low: values.min() ?? 0, high: values.max() ?? 100),
                               yFormat: { HumanNumber.percent($0, decimals: 0) })
        var canvas = SVGCanvas(width: frame.width, height: frame.height, id: id)
        frame.drawAxes(on: &canvas, xTitle: "Date", yTitle: "Booked (% of target)")

        // The bands start from the last booked point, so the fan opens where the actuals end.
        let anchor = booked.last.map { (day: $0.day, value: $0.amount) }
        for (level, name) in [(0.95, "band95"), (0.8, "band80")] {
            var upper: [(x: Double, y: Double)] = [], lower: [(x: Double, y: Double)] = []
            if let anchor {
                upper.append((frame.px(Double(anchor.day)), frame.py(scale(anchor.value))))
                lower.append(upper[0])
            }
            for point in projected {
                guard let band = point.bands.first(where: { abs($0.level - level) < 1e-9 }) else { continue }
                upper.append((frame.px(Double(point.day)), frame.py(scale(band.upper))))
                lower.append((frame.px(Double(point.day)), frame.py(scale(band.lower))))
            }
            canvas.polygon(upper + lower.reversed(), class: name)
        }
        canvas.line(frame.px(Double(periodStart)), frame.py(100), frame.px(Double(periodEnd)), frame.py(100), class: "target")
        canvas.text("target 100%", x: frame.left + 4, y: frame.py(100) - 5, class: "note")
        var path = anchor.map { [(x: frame.px(Double($0.day)), y: frame.py(scale($0.value)))] } ?? []
        path += projected.map { (x: frame.px(Double($0.day)), y: frame.py(scale($0.mean))) }
        canvas.polyline(path, class: "projected")
        canvas.polyline(booked.map { (x: frame.px(Double($0.day)), y: frame.py(scale($0.amount))) }, class: "actual")
        if let anchor {
            canvas.line(frame.px(Double(anchor.day)), frame.top, frame.px(Double(anchor.day)), frame.top + frame.plotHeight,
                        class: "today")
        }
        Legend.draw([(.line("actual"), "booked"), (.line("projected"), "projected"),
                     (.fill("#8fa9c4"), "80% band"), (.fill("#d6e0ea"), "95% band"), (.line("target"), "target")],
                    on: &canvas, x: frame.left, y: 16, width: frame.plotWidth)
        return canvas.render(summary: summary)
    }
}
