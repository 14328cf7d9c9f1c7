import Foundation

/// Reads comma-separated files (RFC 4180 quoting, LF, CRLF or CR line ends, UTF-8) into a
/// ``Table``, checking the shape of every row.
///
/// A byte order mark is skipped, blank lines are skipped (they still count as lines), header
/// names lose surrounding blanks, cells keep their text as written. Lines are counted as an
/// editor shows them, line breaks inside quoted cells included, so every error can name the
/// line to look at.
public enum CSVFile {
    /// Reads the file at `path`; `-` reads standard input.
    /// - Throws: ``TableError`` naming the file, and the line for row-level problems.
    public static func read(path: String) throws -> Table {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else { throw TableError.fileNotFound(path: path) }
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw TableError.unreadable(path: path, reason: error.localizedDescription)
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TableError.unreadable(path: path == "-" ? "standard input" : path, reason: "not UTF-8 text")
        }
        return try parse(text, source: path == "-" ? "standard input" : path)
    }

    /// Parses CSV text whose first row is the header.
    /// - Parameter source: the name used in error messages.
    /// - Throws: ``TableError``: ``TableError/empty(source:)``,
    ///   ``TableError/emptyColumnName(source:position:)``,
    ///   ``TableError/duplicateColumn(source:name:)``, ``TableError/noDataRows(source:)``,
    ///   ``TableError/raggedRow(source:line:expected:found:)`` for a row whose field count
    ///   differs from the header's, and ``TableError/malformed(source:line:reason:)`` for a
    ///   quote that never closes or text after a closing quote.
    public static func parse(_ text: String, source: String) throws -> Table {
        var text = text
        return try text.withUTF8 { try parse(utf8: $0, source: source) }
    }

    private static func parse(utf8 input: UnsafeBufferPointer<UInt8>, source: String) throws -> Table {
        let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: input.dropFirst(3)) : input
        guard !CSVScanner.isBlank(bytes, blanks: .whitespacesAndNewlines) else { throw TableError.empty(source: source) }
        var scanner = CSVScanner(bytes, source: source)
        var fields: [FieldSpan] = []
        _ = try scanner.next(into: &fields)
        let header = fields.map { scanner.string($0).trimmingCharacters(in: .whitespaces) }
        for (index, name) in header.enumerated() where name.isEmpty {
            throw TableError.emptyColumnName(source: source, position: index + 1)
        }
        var columns = [[String]](repeating: [], count: header.count)
        var lines: [Int] = []
        while let start = try scanner.next(into: &fields) {
            if fields.count == 1, scanner.isBlank(fields[0]) { continue }
            guard fields.count == header.count else {
                throw TableError.raggedRow(source: source, line: start, expected: header.count, found: fields.count)
            }
            for (column, field) in fields.enumerated() { columns[column].append(scanner.string(field)) }
            lines.append(start)
            if lines.count == rowsBeforeEstimate {
                reserve(&columns, &lines, for: bytes.count, measuredOver: scanner.position)
            }
        }
        guard !lines.isEmpty else { throw TableError.noDataRows(source: source) }
        return try Table(source: source, columnNames: header, columns: columns, lineNumbers: lines)
    }

    /// Rows read before the row count of a large file is estimated.
    private static let rowsBeforeEstimate = 1024

    /// Makes room for the rows a file of `total` bytes probably holds, from the rows read in
    /// its first `measured` bytes, so that columns of millions of cells are not copied as
    /// they grow.
    private static func reserve(_ columns: inout [[String]], _ lines: inout [Int], for total: Int, measuredOver measured: Int) {
        let expected = Int(Double(lines.count) * Double(total) / Double(max(measured, 1)) * 1.05)
        lines.reserveCapacity(expected)
        for column in columns.indices { columns[column].reserveCapacity(expected) }
    }
}
