import Foundation

/// An SVG image being drawn: shapes in user units over a fixed view box, styled by the
/// report's CSS classes, with every piece of text escaped.
///
/// Ids of pattern definitions start with the canvas's own prefix, so several charts can
/// share one HTML document.
struct SVGCanvas {
    let width: Double
    let height: Double
    /// Unique within the document; prefixes the ids of definitions.
    let id: String
    private var definitions: [String] = []
    private var shapes: [String] = []

    init(width: Double, height: Double, id: String) {
        self.width = width
        self.height = height
        self.id = id
    }

    /// A coordinate with one decimal, as SVG reads it.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class name: String) {
        let c = SVGCanvas.coordinate
        shapes.append("<line x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\" class=\"\(name)\"/>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, class name: String, fill: String? = nil) {
        let c = SVGCanvas.coordinate
        let fillAttribute = fill.map { " fill=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        shapes.append("<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(max(width, 0)))\" height=\"\(c(max(height, 0)))\" class=\"\(name)\"\(fillAttribute)/>")
    }

    /// A line through the points.
    mutating func polyline(_ points: [(x: Double, y: Double)], class name: String) {
        guard points.count > 1 else { return }
        shapes.append("<polyline points=\"\(SVGCanvas.pointList(points))\" class=\"\(name)\"/>")
    }

    /// A closed shape through the points.
    mutating func polygon(_ points: [(x: Double, y: Double)], class name: String, fill: String? = nil) {
        guard points.count > 2 else { return }
        let fillAttribute = fill.map { " fill=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        shapes.append("<polygon points=\"\(SVGCanvas.pointList(points))\" class=\"\(name)\"\(fillAttribute)/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, class name: String) {
        let c = SVGCanvas.coordinate
        shapes.append("<circle cx=\"\(c(x))\" cy=\"\(c(y))\" r=\"\(c(radius))\" class=\"\(name)\"/>")
    }

    /// Text at a point; `anchor` is `start`, `middle` or `end`.
    mutating func text(_ text: String, x: Double, y: Double, anchor: String = "start", class name: String = "label",
                       rotate: Double? = nil) {
        let c = SVGCanvas.coordinate
        let transform = rotate.map { " transform=\"rotate(\(c($0)) \(c(x)) \(c(y)))\"" } ?? ""
        shapes.append("<text x=\"\(c(x))\" y=\"\(c(y))\" text-anchor=\"\(anchor)\" class=\"\(name)\"\(transform)>\(HTMLEscaping.escape(text))</text>")
    }

    /// Defines a fill pattern and returns the `fill` value that uses it.
    mutating func pattern(_ style: FillStyle, index: Int) -> String {
        let name = "\(id)-fill\(index)"
        definitions.append(style.definition(id: name))
        return "url(#\(name))"
    }

    /// The image, scaling to the width of its container, with `summary` as its accessible
    /// name.
    func render(summary: String) -> HTML {
        let c = SVGCanvas.coordinate
        let defs = definitions.isEmpty ? "" : "<defs>\(definitions.joined())</defs>"
        return HTML(raw: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" aria-label=\"\(HTMLEscaping.escape(summary))\" class=\"chart\">"
                    + "<title>\(HTMLEscaping.escape(summary))</title>\(defs)\(shapes.joined())</svg>")
    }

    private static func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(coordinate($0.x)),\(coordinate($0.y))" }.joined(separator: " ")
    }
}

/// How a series is filled so that it stays distinguishable in greyscale: a lightness step
/// and a texture (none, diagonal hatching, dots, cross-hatching, horizontal lines).
struct FillStyle {
    /// Base colours from dark to light (distinct in lightness, not only in hue).
    static let shades = ["#1f3b5a", "#5b86b3", "#a9c4de", "#3d3d3d", "#8c8c8c", "#d0d0d0", "#7a5c2e", "#d9bf8c"]
    let shade: String
    let texture: Int

    /// The style of the `index`-th series.
    static func series(_ index: Int) -> FillStyle {
        FillStyle(shade: shades[index % shades.count], texture: (index / 2 + index) % 5)
    }

    /// Whether marks drawn over the fill should be light (on dark shades).
    private var dark: Bool { ["#1f3b5a", "#5b86b3", "#3d3d3d", "#7a5c2e"].contains(shade) }

    func definition(id: String) -> String {
        let ink = dark ? "#ffffff" : "#222222"
        let marks: String
        switch texture {
        case 1: marks = "<path d=\"M0,8 L8,0\" stroke=\"\(ink)\" stroke-width=\"1.2\"/>"
        case 2: marks = "<circle cx=\"4\" cy=\"4\" r=\"1.3\" fill=\"\(ink)\"/>"
        case 3: marks = "<path d=\"M0,8 L8,0 M0,0 L8,8\" stroke=\"\(ink)\" stroke-width=\"0.9\"/>"
        case 4: marks = "<path d=\"M0,4 L8,4\" stroke=\"\(ink)\" stroke-width=\"1.2\"/>"
        default: marks = ""
        }
        return "<pattern id=\"\(id)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"\(shade)\"/>\(marks)</pattern>"
    }
}
