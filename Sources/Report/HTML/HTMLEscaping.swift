/// Escaping for text that goes into an HTML or SVG document.
///
/// One function serves element content and quoted attribute values alike: `&`, `<`, `>`,
/// `"` and `'` become character references, so no user-supplied string — a person's name, a
/// campaign title, a reason — can open a tag, close an attribute or start an entity. Control
/// characters other than tab, newline and carriage return, which HTML forbids, become the
/// replacement character.
public enum HTMLEscaping {
    /// `text` safe to place between tags or inside a quoted attribute value.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// A piece of markup that is already safe: built only from literal tags and escaped text.
public struct HTML: Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The markup.
    public let markup: String

    /// Markup written by the renderer itself (never user data).
    public init(stringLiteral markup: String) { self.markup = markup }
    /// Markup assembled by the renderer from escaped parts.
    init(raw markup: String) { self.markup = markup }
    /// User-supplied or computed text, escaped.
    public init(text: String) { markup = HTMLEscaping.escape(text) }

    /// Pieces joined in order.
    static func join(_ pieces: [HTML], separator: String = "") -> HTML {
        HTML(raw: pieces.map(\.markup).joined(separator: separator))
    }

    /// An element around content, with attributes whose values are escaped. Names are
    /// the renderer's own.
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: HTML = "") -> HTML {
        HTML(raw: "<\(name)\(attributeList(attributes))>\(content.markup)</\(name)>")
    }

    /// An element around escaped text.
    static func element(_ name: String, _ attributes: [(String, String)] = [], text: String) -> HTML {
        element(name, attributes, HTML(text: text))
    }

    static func attributeList(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(HTMLEscaping.escape($0.1))\"" }.joined()
    }

    /// The markup.
    public var description: String { markup }
}
