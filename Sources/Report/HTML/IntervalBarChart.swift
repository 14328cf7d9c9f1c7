/// Horizontal bars, one per row, with whiskers for an interval — channel contributions or
/// ROAS with their uncertainty. Names sit left of the bars.
struct IntervalBarChart {
    struct Row {
        let label: String
        let value: Double
        let low: Double?
        let high: Double?
    }

    let rows: [Row]
    let xTitle: String
    let format: (Double) -> String
    /// A vertical reference line (e.g. ROAS 1, where spend pays for itself).
    var reference: (value: Double, label: String)?

    func render(id: String, summary: String) -> HTML {
        let rowHeight: Double = 26, labelWidth: Double = 150, top: Double = 12, bottom: Double = 46
        var values: [Double] = [0]
        for row in rows { values += [row.value, row.low ?? row.value, row.high ?? row.value] }
        if let reference { values.append(reference.value) }
        let scale = NiceScale(low: min(values.min() ?? 0, 0), high: values.max() ?? 1)
        let height = top + rowHeight * Double(rows.count) + bottom
        let left = labelWidth + 10, width = ChartFrame.fullWidth - left - 24
        let px = { (value: Double) in left + (value - scale.lower) / (scale.upper - scale.lower) * width }
        var canvas = SVGCanvas(width: ChartFrame.fullWidth, height: height, id: id)
        let plotBottom = top + rowHeight * Double(rows.count)
        for tick in scale.ticks {
            canvas.line(px(tick), top, px(tick), plotBottom, class: tick == 0 ? "zero" : "grid")
            canvas.text(format(tick), x: px(tick), y: plotBottom + 16, anchor: "middle", class: "tick")
        }
        if let reference {
            canvas.line(px(reference.value), top, px(reference.value), plotBottom, class: "target")
            canvas.text(reference.label, x: px(reference.value) + 4, y: top + 10, class: "note")
        }
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            canvas.text(IntervalBarChart.clip(row.label), x: labelWidth, y: y + 17, anchor: "end", class: "tick")
            let start = px(min(row.value, 0)), end = px(max(row.value, 0))
            canvas.rect(x: start, y: y + 6, width: end - start, height: rowHeight - 12, class: "bar")
            if let low = row.low, let high = row.high {
                let middle = y + rowHeight / 2
                canvas.line(px(low), middle, px(high), middle, class: "whisker")
                canvas.line(px(low), middle - 6, px(low), middle + 6, class: "whisker")
                canvas.line(px(high), middle - 6, px(high), middle + 6, class: "whisker")
            }
        }
        canvas.line(left, plotBottom, left + width, plotBottom, class: "axis")
        canvas.text(xTitle, x: left + width / 2, y: height - 6, anchor: "middle", class: "axis-title")
        return canvas.render(summary: summary)
    }

    /// Long names are shortened to fit the label column (the table beside the chart has them
    /// in full).
    static func clip(_ label: String) -> String {
        label.count <= 22 ? label : String(label.prefix(21)) + "…"
    }
}
