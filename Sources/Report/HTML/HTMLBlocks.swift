/// The building blocks of the report's pages: sections, tables, figures, notes and key
/// figures, every text escaped.
enum HTMLBlocks {
    /// How a table column aligns its cells.
    enum Align { case left, number, wide }

    static func section(id: String, title: String, _ content: [HTML]) -> HTML {
        .element("section", [("id", id)], HTML.join([.element("h2", text: title)] + content, separator: "\n"))
    }

    static func heading(_ text: String) -> HTML { .element("h3", text: text) }

    static func paragraph(_ text: String) -> HTML { .element("p", text: text) }

    /// An explanatory note, such as that a kind of result is not part of the run.
    static func note(_ text: String) -> HTML { .element("p", [("class", "note")], text: text) }

    /// A chart with its caption.
    static func figure(caption: String, _ chart: HTML) -> HTML {
        .element("figure", [], HTML.join([.element("figcaption", text: caption), chart]))
    }

    /// Charts side by side on wide screens and on paper, one per row on narrow screens.
    static func figures(_ items: [HTML]) -> HTML {
        .element("div", [("class", "figures")], HTML.join(items))
    }

    /// A table whose cells are already-built markup.
    static func table(_ columns: [(title: String, align: Align)], _ rows: [[HTML]], caption: String? = nil) -> HTML {
        let className = { (align: Align) in align == .number ? [("class", "num")] : align == .wide ? [("class", "wide")] : [] }
        let head = HTML.element("tr", [], HTML.join(columns.map { .element("th", className($0.align) + [("scope", "col")], text: $0.title) }))
        let body = rows.map { cells in
            HTML.element("tr", [], HTML.join(zip(columns, cells).map { .element("td", className($0.0.align), $0.1) }))
        }
        let captionMarkup: [HTML] = caption.map { [.element("caption", text: $0)] } ?? []
        return .element("div", [("class", "table-wrap")],
                        .element("table", [], HTML.join(captionMarkup + [.element("thead", [], head), .element("tbody", [], HTML.join(body))])))
    }

    /// Label–value pairs.
    static func keyFigures(_ pairs: [(String, String)]) -> HTML {
        .element("dl", [("class", "figures-list")], HTML.join(pairs.flatMap { [HTML.element("dt", text: $0.0), .element("dd", text: $0.1)] }))
    }

    /// A small bar showing a share from 0 to 100, beside the number it shows.
    static func meter(_ percent: Double) -> HTML {
        let width = max(0, min(100, percent.isFinite ? percent : 0))
        return HTML(raw: "<span class=\"meter\" aria-hidden=\"true\"><span style=\"width:\(SVGCanvas.coordinate(width))%\"></span></span>")
    }
}
