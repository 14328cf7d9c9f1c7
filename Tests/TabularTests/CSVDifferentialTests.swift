import CSV
import Foundation
import Tabular
import Testing
import TestSupport

/// The byte-level reader against yaslab/CSV.swift, which `CSVFile` used before: on the same
/// text both must give the same table (cells and line numbers) or the same error.
///
/// They part ways on purpose only where yaslab accepts broken quoting: a quote that never
/// closes (yaslab reads to the end of the file), text after a closing quote (yaslab drops a
/// character) and a lone CR inside quotes (yaslab counts no line); those inputs have tests
/// of their own in ``CSVEdgeCaseTests``.
struct CSVDifferentialTests {
    /// Tricky but well-formed inputs.
    static let inputs = [
        "a,b\n1,2\n",
        "a,b\n1,2",
        "a,b\r\n1,2\r\n3,4\r\n",
        "a,b\r1,2\r3,4",
        "a,b\n\n\n1,2\n\n",
        "a,b\n   \n1,2\n\t \n",
        "a,b\n\u{A0}\n1,2\n",
        "a,b\n\"\"\n1,2\n",
        "a,b\n\"  \"\n1,2\n",
        "a,b\n,\n,2\n1,\n",
        "a,b\n\"x,y\",\"z\"\n",
        "a,b\n\"say \"\"hi\"\"\",\"\"\"\"\"\"\n",
        "a,b\n\"two\nlines\",1\n\"three\r\nlines\r\nhere\",2\nplain,3\n",
        "a,b\n\"\n\",\"\n\n\"\n4,5\n",
        "a,b\n5\",x\"y\"\n",
        "a,b\n x , y \n",
        "\u{FEFF}a,b\n1,2\n",
        "\u{FEFF}a,b\r\n\"\u{FEFF}\",2\r\n",
        " a , b \n1,2\n",
        "a,b\nZoë,東京\n\"é,è\",\"😀\"\n",
        "a,b\ne\u{301},\"e\u{301}\"\n",
        "a\n1\n\n2\n",
        "a\n\"\"\n2\n",
        "a,b,c\n1,2,3\n4,5\n",
        "a,b\n1,2,3\n",
        "a,b\n\"x\ny\",1\n1,2,3\n",
        "a,b\n1,2\n\n3\n",
        "a,a\n1,2\n",
        "a,,c\n1,2,3\n",
        "\na,b\n1,2\n",
        "a,b\n",
        "a,b\n\n\r\n",
        "  \n",
        "",
        "\u{FEFF}",
        "a,b\n1,2\n\u{3000}\n",
        "x\n\"a\"\n\"b\"",
        "a,b\n\"\",\"\"\n",
    ]

    @Test(arguments: inputs)
    func sameTableOrSameError(_ text: String) {
        #expect(Outcome(text, reader: { try CSVFile.parse($0, source: "d.csv") })
                == Outcome(text, reader: { try YaslabReference.parse($0, source: "d.csv") }), "\(text.debugDescription)")
    }

    /// Random well-formed files: fields of commas, quotes, line breaks, blanks and non-ASCII
    /// text, quoted when they must be and sometimes when they need not, joined by LF or CRLF,
    /// with blank lines and, now and then, a row with a field too many or too few.
    @Test func randomFiles() {
        var generator = SplitMix64(seed: 4180)
        let pieces = ["a", "b", "1", "2.5", ",", "\"", "\n", "\r\n", " ", "\t", "é", "東", "😀", "NA", "-"]
        for _ in 0..<400 {
            let columns = Int(generator.next() % 4) + 1
            let lineEnd = generator.next() % 2 == 0 ? "\n" : "\r\n"
            var rows = [(0..<columns).map { "c\($0)" }.joined(separator: ",")]
            for _ in 0..<Int(generator.next() % 8) {
                if generator.next() % 6 == 0 { rows.append(generator.next() % 2 == 0 ? "" : " ") }
                let count = generator.next() % 10 == 0 ? columns + Int(generator.next() % 3) - 1 : columns
                let fields = (0..<max(count, 1)).map { _ -> String in
                    let field = (0..<Int(generator.next() % 4)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
                    let mustQuote = field.unicodeScalars.contains { ",\"\n\r".unicodeScalars.contains($0) }
                    return mustQuote || generator.next() % 5 == 0
                        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                }
                rows.append(fields.joined(separator: ","))
            }
            let text = rows.joined(separator: lineEnd) + (generator.next() % 4 == 0 ? "" : lineEnd)
            let ours = Outcome(text, reader: { try CSVFile.parse($0, source: "r.csv") })
            let theirs = Outcome(text, reader: { try YaslabReference.parse($0, source: "r.csv") })
            #expect(ours == theirs, "\(text.debugDescription)")
        }
    }
}

/// A table's columns, cells and line numbers, or the error reading it.
private enum Outcome: Equatable {
    case table(columns: [String], cells: [[String]], lines: [Int])
    case error(String)

    init(_ text: String, reader: (String) throws -> Table) {
        do {
            let table = try reader(text)
            self = .table(columns: table.columnNames, cells: table.columnNames.map { (try? table.rawColumn($0)) ?? [] },
                          lines: table.lineNumbers)
        } catch {
            self = .error("\(error)")
        }
    }
}

/// `CSVFile.parse` as it was on yaslab/CSV.swift.
private enum YaslabReference {
    static func parse(_ text: String, source: String) throws -> Table {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw TableError.empty(source: source)
        }
        let reader = try CSVReader(string: body, hasHeaderRow: true)
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
        guard !lines.isEmpty else { throw TableError.noDataRows(source: source) }
        return try Table(source: source, columnNames: header, columns: columns, lineNumbers: lines)
    }

    private static func newlineCount(in fields: [String]) -> Int {
        fields.reduce(0) { total, field in total + field.unicodeScalars.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) } }
    }
}
