/// Lines over a numeric or date axis, each drawn with its own dash pattern and weight so
/// that they stay apart in greyscale.
struct LineChart {
    struct Series {
        let name: String
        let points: [(x: Double, y: Double)]
    }

    let series: [Series]
    let x: ChartFrame.XAxis
    let xTitle: String
    let yTitle: String
    let yFormat: (Double) -> String
    /// Horizontal reference lines, such as a target.
    var references: [(value: Double, label: String)] = []
    /// Vertical reference lines, such as a deadline.
    var markers: [(x: Double, label: String)] = []

    /// The class of the `index`-th line (dash and weight).
    static func style(_ index: Int) -> String { "series\(index % 6)" }

    func render(id: String, summary: String) -> HTML {
        let values = series.flatMap { $0.points.map(\.y) } + references.map(\.value) + [0]
        let frame = ChartFrame(height: 290, top: 34 + 18 * Double(max(series.count - 1, 0) / 4), x: x,
                               y: NiceScale(low: values.min() ?? 0, high: values.max() ?? 1), yFormat: yFormat)
        var canvas = SVGCanvas(width: ChartFrame.fullWidth, height: frame.height, id: id)
        frame.drawAxes(on: &canvas, xTitle: xTitle, yTitle: yTitle)
        for reference in references {
            canvas.line(frame.left, frame.py(reference.value), frame.left + frame.plotWidth, frame.py(reference.value), class: "target")
            canvas.text(reference.label, x: frame.left + frame.plotWidth - 2, y: frame.py(reference.value) - 5, anchor: "end", class: "note")
        }
        for marker in markers {
            canvas.line(frame.px(marker.x), frame.top, frame.px(marker.x), frame.top + frame.plotHeight, class: "today")
            canvas.text(marker.label, x: frame.px(marker.x) - 4, y: frame.top + frame.plotHeight - 6, anchor: "end", class: "note")
        }
        for (index, line) in series.enumerated() {
            canvas.polyline(line.points.map { (x: frame.px($0.x), y: frame.py($0.y)) }, class: LineChart.style(index))
            if line.points.count == 1, let point = line.points.first {
                canvas.circle(x: frame.px(point.x), y: frame.py(point.y), radius: 3, class: "dot")
            }
        }
        Legend.draw(series.enumerated().map { (.line(LineChart.style($0.offset)), $0.element.name) },
                    on: &canvas, x: frame.left, y: 16, width: frame.plotWidth)
        return canvas.render(summary: summary)
    }
}
