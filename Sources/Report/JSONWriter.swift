import Foundation

/// A JSON document whose object keys keep the order they are given in.
public indirect enum JSONValue: Sendable {
    case number(Double)
    case integer(Int)
    case string(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The document as indented text; numbers with 17 significant digits, NaN and infinities
    /// (which JSON cannot express) as `null`.
    public var text: String { JSONWriter.render(self) }
}

/// Writes ``JSONValue`` documents into one growing buffer (a scorecard of thousands of
/// people is megabytes of JSON, which joining nested strings would copy once per level).
enum JSONWriter {
    static func render(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, to: &out)
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, to out: inout String) {
        switch value {
        case .number(let x): out += x.isFinite ? NumberFormat.full(x) : "null"
        case .integer(let i): out += String(i)
        case .string(let s): quote(s, to: &out)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { return out += "[]" }
            out += "["
            for (index, item) in items.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                pad(indent + 1, to: &out)
                write(item, indent: indent + 1, to: &out)
            }
            out += "\n"
            pad(indent, to: &out)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { return out += "{}" }
            out += "{"
            for (index, (key, item)) in pairs.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                pad(indent + 1, to: &out)
                quote(key, to: &out)
                out += ": "
                write(item, indent: indent + 1, to: &out)
            }
            out += "\n"
            pad(indent, to: &out)
            out += "}"
        }
    }

    private static func pad(_ level: Int, to out: inout String) {
        for _ in 0..<level { out += "  " }
    }

    private static func quote(_ text: String, to out: inout String) {
        out += "\""
        // Most text needs no escaping and goes in whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
            return out += "\""
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
