/// Layers stacked over dates — the baseline and each channel's contribution — with the
/// actual values as a line on top. Layers are told apart by lightness and texture.
struct StackedAreaChart {
    let days: [Int]
    /// Each layer's value at every day (negative values are drawn as zero height).
    let layers: [(name: String, values: [Double])]
    /// The observed values, drawn as a line when given.
    let actual: [Double]?
    let yTitle: String

    func render(id: String, summary: String) -> HTML {
        guard let first = days.first, let last = days.last else { return "" }
        var totals = [Double](repeating: 0, count: days.count)
        var stacks: [(lower: [Double], upper: [Double])] = []
        for layer in layers {
            let lower = totals
            for index in days.indices { totals[index] += max(layer.values[index], 0) }
            stacks.append((lower, totals))
        }
        let high = max(totals.max() ?? 0, actual?.max() ?? 0)
        let frame = ChartFrame(height: 310, top: 34 + 18 * Double(layers.count / 5), x: .days(first: first, last: last),
                               y: NiceScale(low: 0, high: high), yFormat: HumanNumber.compact)
        var canvas = SVGCanvas(width: ChartFrame.fullWidth, height: frame.height, id: id)
        frame.drawAxes(on: &canvas, xTitle: "Date", yTitle: yTitle)
        var legend: [(swatch: Legend.Swatch, label: String)] = []
        for (index, layer) in layers.enumerated() {
            let fill = canvas.pattern(FillStyle.series(index), index: index)
            let upper = days.indices.map { (x: frame.px(Double(days[$0])), y: frame.py(stacks[index].upper[$0])) }
            let lower = days.indices.map { (x: frame.px(Double(days[$0])), y: frame.py(stacks[index].lower[$0])) }
            canvas.polygon(upper + lower.reversed(), class: "layer", fill: fill)
            legend.append((.fill(fill), layer.name))
        }
        if let actual {
            canvas.polyline(days.indices.map { (x: frame.px(Double(days[$0])), y: frame.py(actual[$0])) }, class: "actual")
            legend.append((.line("actual"), "actual"))
        }
        Legend.draw(legend, on: &canvas, x: frame.left, y: 16, width: frame.plotWidth)
        return canvas.render(summary: summary)
    }
}
