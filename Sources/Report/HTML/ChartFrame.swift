/// The plot area of a chart with its axes: maps data to view-box coordinates and draws
/// gridlines, ticks, tick labels and axis titles with their units.
struct ChartFrame {
    /// How the horizontal axis reads its values.
    enum XAxis {
        /// Day numbers, labelled with dates.
        case days(first: Int, last: Int)
        /// Plain numbers on a nice scale, labelled by the formatter.
        case numbers(NiceScale, format: (Double) -> String)
    }

    /// The view-box width of a full-width chart; charts shown two abreast use ``narrowWidth``.
    static let fullWidth = 720.0
    static let narrowWidth = 520.0
    let width: Double
    let height: Double
    let left = 72.0, right = 20.0, top: Double, bottom = 46.0
    let x: XAxis
    let y: NiceScale
    let yFormat: (Double) -> String

    init(width: Double = fullWidth, height: Double = 300, top: Double = 34, x: XAxis, y: NiceScale,
         yFormat: @escaping (Double) -> String) {
        self.width = width
        self.height = height
        self.top = top
        self.x = x
        self.y = y
        self.yFormat = yFormat
    }

    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }

    /// The horizontal position of a value (a day number for a day axis).
    func px(_ value: Double) -> Double {
        let (low, high): (Double, Double)
        switch x {
        case .days(let first, let last): (low, high) = (Double(first), Double(max(last, first + 1)))
        case .numbers(let scale, _): (low, high) = (scale.lower, scale.upper)
        }
        return left + (value - low) / (high - low) * plotWidth
    }

    /// The vertical position of a value.
    func py(_ value: Double) -> Double {
        top + (1 - (value - y.lower) / (y.upper - y.lower)) * plotHeight
    }

    /// Gridlines, ticks and labels, with `xTitle` and `yTitle` naming what is measured and in
    /// which unit.
    func drawAxes(on canvas: inout SVGCanvas, xTitle: String, yTitle: String) {
        for tick in y.ticks {
            canvas.line(left, py(tick), left + plotWidth, py(tick), class: tick == 0 ? "zero" : "grid")
            canvas.text(yFormat(tick), x: left - 6, y: py(tick) + 4, anchor: "end", class: "tick")
        }
        for (value, label) in xTicks() {
            canvas.line(px(value), top + plotHeight, px(value), top + plotHeight + 5, class: "axis")
            canvas.text(label, x: px(value), y: top + plotHeight + 18, anchor: "middle", class: "tick")
        }
        canvas.line(left, top + plotHeight, left + plotWidth, top + plotHeight, class: "axis")
        canvas.line(left, top, left, top + plotHeight, class: "axis")
        canvas.text(xTitle, x: left + plotWidth / 2, y: height - 6, anchor: "middle", class: "axis-title")
        canvas.text(yTitle, x: 14, y: top + plotHeight / 2, anchor: "middle", class: "axis-title", rotate: -90)
    }

    /// Tick positions and labels along the horizontal axis: weekly or monthly dates for a
    /// day axis, the scale's ticks otherwise.
    func xTicks() -> [(Double, String)] {
        switch x {
        case .numbers(let scale, let format):
            return scale.ticks.map { ($0, format($0)) }
        case .days(let first, let last):
            let span = last - first
            if span <= 62 {
                let step = span <= 14 ? 2 : span <= 31 ? 7 : 14
                return stride(from: first, through: last, by: step).map { (Double($0), CalendarDay.short($0)) }
            }
            let monthStep = span <= 400 ? 1 : span <= 800 ? 3 : 6
            var ticks: [(Double, String)] = []
            var index = 0
            var next = CalendarDay.firstOfMonth(first)
            while let day = next, day <= last {
                if day >= first && index % monthStep == 0 {
                    ticks.append((Double(day), span <= 400 ? CalendarDay.short(day) : CalendarDay.month(day)))
                }
                if day >= first { index += 1 }
                next = CalendarDay.firstOfMonth(day, monthsLater: 1)
            }
            return ticks
        }
    }
}

/// A row of legend entries above a chart's plot area, wrapping onto more rows when needed.
enum Legend {
    /// How an entry's swatch is drawn.
    enum Swatch {
        case fill(String)
        case line(String)
    }

    /// Draws the entries from the left at `y`; returns the height used.
    @discardableResult
    static func draw(_ entries: [(swatch: Swatch, label: String)], on canvas: inout SVGCanvas, x: Double, y: Double,
                     width: Double) -> Double {
        var cx = x, cy = y
        for entry in entries {
            let textWidth = Double(entry.label.count) * 6.6
            if cx + 26 + textWidth > x + width, cx > x {
                cx = x
                cy += 18
            }
            switch entry.swatch {
            case .fill(let fill): canvas.rect(x: cx, y: cy - 9, width: 18, height: 11, class: "swatch", fill: fill)
            case .line(let name): canvas.line(cx, cy - 4, cx + 18, cy - 4, class: name)
            }
            canvas.text(entry.label, x: cx + 23, y: cy, class: "legend")
            cx += 23 + textWidth + 16
        }
        return cy - y + 18
    }
}
