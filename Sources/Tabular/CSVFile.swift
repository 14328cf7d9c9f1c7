import CSV
import Foundation

/// Reads comma-separated files (RFC 4180 quoting, LF or CRLF line ends, UTF-8) into a
/// ``Table``, checking the shape of every row.
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
    public static func parse(_ text: String, source: String) throws -> Table {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw TableError.empty(source: source)
        }
        let reader: CSVReader
        do { reader = try CSVReader(string: body, hasHeaderRow: true) } catch {
            throw TableError.malformed(source: source, line: 1, reason: "unreadable header")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        for (index, name) in header.enumerated() where name.isEmpty {
            throw TableError.emptyColumnName(source: source, position: index + 1)
        }
        var columns = [[String]](repeating: [], count: header.count)
        var lines: [Int] = []
        var line = 1 + newlineCount(in: header)
        while let row = reader.next() {
            let start = line + 1
            line = start + newlineCount(in: row)
            if row.count == 1, row[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard row.count == header.count else {
                throw TableError.raggedRow(source: source, line: start, expected: header.count, found: row.count)
            }
            for (index, cell) in row.enumerated() { columns[index].append(cell) }
            lines.append(start)
        }
        if let error = reader.error {
            throw TableError.malformed(source: source, line: line, reason: "\(error)")
        }
        guard !lines.isEmpty else { throw TableError.noDataRows(source: source) }
        return try Table(source: source, columnNames: header, columns: columns, lineNumbers: lines)
    }

    /// Line breaks inside quoted fields, which shift the line numbers of later rows.
    private static func newlineCount(in fields: [String]) -> Int {
        fields.reduce(0) { total, field in
            total + field.unicodeScalars.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        }
    }
}
