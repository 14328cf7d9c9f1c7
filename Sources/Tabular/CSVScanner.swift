import Foundation

/// Where one field of a record lies in the input: the bytes between its delimiters, or
/// between its quotes for a quoted field.
struct FieldSpan {
    /// The first byte of the field's content.
    var start: Int
    /// One past its last byte.
    var end: Int
    /// Whether the content holds doubled quotes (`""`), each of which stands for one quote.
    var hasDoubledQuotes: Bool
}

/// Splits UTF-8 bytes into records of fields as RFC 4180 describes them, counting lines.
///
/// - Fields are separated by commas; records end at LF, CRLF or a lone CR, or at the end of
///   the input (a final line break adds no record).
/// - A field that starts with a quote is quoted: it runs to the next quote not doubled, and
///   may hold commas, quotes written twice, and line breaks, which count as lines. After the
///   closing quote comes a comma, a line break or the end of the input; anything else is an
///   error, and so is a quote that never closes.
/// - A quote inside an unquoted field is kept as it is.
///
/// The scanner only finds fields; ``string(_:)`` turns one into text. The bytes must be valid
/// UTF-8 (they come from a `String`), and every delimiter is ASCII, so each field is valid
/// UTF-8 too; they must stay in place while the scanner is used.
struct CSVScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let source: String
    /// The next byte to read.
    private(set) var position = 0
    /// The 1-based line of ``position``.
    private(set) var line = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>, source: String) {
        self.bytes = bytes
        self.source = source
    }

    /// Reads the next record's fields into `fields` (replacing what it held).
    /// - Returns: the line the record starts on, or `nil` at the end of the input.
    /// - Throws: ``TableError/malformed(source:line:reason:)`` for a quote that never closes
    ///   (naming the line it opens on) or text after a closing quote.
    mutating func next(into fields: inout [FieldSpan]) throws -> Int? {
        fields.removeAll(keepingCapacity: true)
        guard position < bytes.count else { return nil }
        let startLine = line
        let count = bytes.count
        var cursor = position
        while true {
            let end: Int
            if cursor < count, bytes[cursor] == ASCII.quote {
                let (close, doubled) = try closingQuote(after: cursor)
                fields.append(FieldSpan(start: cursor + 1, end: close, hasDoubledQuotes: doubled))
                end = close + 1
                if end < count, !ASCII.endsField(bytes[end]) {
                    throw TableError.malformed(
                        source: source, line: line,
                        reason: "field \(fields.count) goes on after its closing quote"
                            + " (a quote inside a quoted field is written twice)")
                }
            } else {
                end = ASCII.fieldEnd(in: bytes, from: cursor)
                fields.append(FieldSpan(start: cursor, end: end, hasDoubledQuotes: false))
            }
            guard end < count else {
                position = count
                return startLine
            }
            if bytes[end] == ASCII.comma {
                cursor = end + 1
                continue
            }
            line += 1
            position = bytes[end] == ASCII.carriageReturn && end + 1 < count && bytes[end + 1] == ASCII.lineFeed
                ? end + 2 : end + 1
            return startLine
        }
    }

    /// The text of a field, with doubled quotes made single.
    func string(_ field: FieldSpan) -> String {
        let content = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        guard field.hasDoubledQuotes else { return String(decoding: content, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(content.count)
        var index = 0
        while index < content.count {
            unescaped.append(content[index])
            index += content[index] == ASCII.quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Whether a field holds nothing but blanks (spaces, tabs and other Unicode spaces).
    func isBlank(_ field: FieldSpan) -> Bool {
        CSVScanner.isBlank(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), blanks: .whitespaces)
    }

    /// Whether `bytes` hold only characters of `blanks`; most bytes are ASCII, which needs no
    /// decoding.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, blanks: CharacterSet) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard blanks.contains(Unicode.Scalar(byte)) else { return false }
                index += 1
                continue
            }
            // A scalar is at most four bytes; a window that cuts the next one still decodes
            // the first whole.
            let window = UnsafeBufferPointer(rebasing: bytes[index..<min(index + 4, bytes.count)])
            guard let scalar = String(decoding: window, as: UTF8.self).unicodeScalars.first,
                  blanks.contains(scalar) else { return false }
            index += UTF8.width(scalar)
        }
        return true
    }

    /// The closing quote of the quoted field whose opening quote is at `opening`, counting
    /// the line breaks inside.
    private mutating func closingQuote(after opening: Int) throws -> (index: Int, doubled: Bool) {
        let openingLine = line
        var doubled = false
        var index = opening + 1
        while index < bytes.count {
            switch bytes[index] {
            case ASCII.quote:
                guard index + 1 < bytes.count, bytes[index + 1] == ASCII.quote else { return (index, doubled) }
                doubled = true
                index += 1
            case ASCII.lineFeed:
                line += 1
            case ASCII.carriageReturn where index + 1 == bytes.count || bytes[index + 1] != ASCII.lineFeed:
                line += 1
            default:
                break
            }
            index += 1
        }
        throw TableError.malformed(source: source, line: openingLine,
                                   reason: "a quoted field starts on this line and its closing quote is missing")
    }
}

/// The bytes that structure CSV.
private enum ASCII {
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Whether a byte ends a field: a comma or a line break.
    static func endsField(_ byte: UInt8) -> Bool {
        byte == comma || byte == lineFeed || byte == carriageReturn
    }

    /// The first byte at or after `start` that ends an unquoted field, or the end of the input.
    static func fieldEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        // Every delimiter is below 0x2D (","); most field bytes (digits, letters, "-", ".")
        // are above it, so one comparison passes them.
        while index < bytes.count {
            let byte = bytes[index]
            if byte > comma || !endsField(byte) {
                index += 1
                continue
            }
            return index
        }
        return index
    }
}
