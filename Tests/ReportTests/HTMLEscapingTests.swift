@testable import Report
import Testing
import TestSupport

/// Text from the data can never become markup, in element content or in attribute values.
struct HTMLEscapingTests {
    @Test func everySpecialCharacterBecomesAReference() {
        #expect(HTMLEscaping.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(HTMLEscaping.escape("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        #expect(HTMLEscaping.escape("Tom & Jerry's") == "Tom &amp; Jerry&#39;s")
        #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
    }

    @Test func plainTextIsUnchanged() {
        for text in ["", "Ana", "sales-north", "Zürich – Q4 ✓", "1,234.5", "tab\tnew\nline"] {
            #expect(HTMLEscaping.escape(text) == text)
        }
    }

    /// Control characters HTML forbids become the replacement character.
    @Test func controlCharactersAreReplaced() {
        #expect(HTMLEscaping.escape("a\u{0}b\u{1B}c\u{85}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
    }

    /// Built elements escape both their text and their attribute values.
    @Test func elementsEscapeTextAndAttributes() {
        let hostile = "\"><img src=x onerror=alert(1)>"
        let element = HTML.element("a", [("href", "#" + hostile), ("title", hostile)], text: "<script>alert(1)</script>")
        let scan = MarkupScan(element.markup)
        #expect(scan.names == ["a"])
        #expect(scan.eventHandlers.isEmpty)
        #expect(scan.tags.first?.attributes == ["href", "title"])
        var canvas = SVGCanvas(width: 10, height: 10, id: "t")
        canvas.text(hostile, x: 1, y: 1)
        let svg = canvas.render(summary: hostile).markup
        #expect(MarkupScan(svg).names == ["svg", "title", "text"])
        #expect(MarkupScan(svg).eventHandlers.isEmpty)
    }

    /// The scan the tests rely on does see a live tag and a handler.
    @Test func theScanSeesUnescapedMarkup() {
        let scan = MarkupScan("<p title=\"x\">a</p>\"><img src=x onerror=alert(1)><script>alert(1)</script>")
        #expect(scan.names == ["p", "img", "script"])
        #expect(scan.eventHandlers == ["onerror"])
    }
}
