import Foundation
import Tabular
import Testing

/// RFC 4180 details and the errors for files that break it, each naming the line to fix.
struct CSVEdgeCaseTests {
    func cells(_ table: Table) throws -> [[String]] {
        try table.columnNames.map { try table.rawColumn($0) }
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let table = try CSVFile.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"\",\"\"\"\"\n\"one\r\ntwo\",\"a\nb\nc\"\nlast,row\n", source: "q.csv")
        #expect(try cells(table) == [["x, y", "", "one\r\ntwo", "last"], ["say \"hi\"", "\"", "a\nb\nc", "row"]])
        // The third row spans lines 4–7 (one line break in its first field, two in its
        // second); the next starts on line 8.
        #expect(table.lineNumbers == [2, 3, 4, 8])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsKept() throws {
        let table = try CSVFile.parse("size,name\n5\",screen \"big\"\n", source: "u.csv")
        #expect(try cells(table) == [["5\""], ["screen \"big\""]])
    }

    @Test func lineEndsMayBeLFCRLFOrCRAndTheLastMayBeMissing() throws {
        let table = try CSVFile.parse("a,b\r\n1,2\n3,4\r5,6\r\n7,8", source: "e.csv")
        #expect(try cells(table) == [["1", "3", "5", "7"], ["2", "4", "6", "8"]])
        #expect(table.lineNumbers == [2, 3, 4, 5])
    }

    @Test func emptyFieldsAtEitherEndOfARow() throws {
        let table = try CSVFile.parse("a,b,c\n,,\n1,,\n,,3", source: "f.csv")
        #expect(try cells(table) == [["", "1", ""], ["", "", ""], ["", "", "3"]])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let table = try CSVFile.parse("a,b\n\n1,2\n   \n\t\n\r\n3,4\n\n\n", source: "b.csv")
        #expect(table.lineNumbers == [3, 7])
        #expect(try cells(table) == [["1", "3"], ["2", "4"]])
    }

    @Test func aByteOrderMarkAndBlanksAroundHeaderNamesAreDropped() throws {
        let table = try CSVFile.parse("\u{FEFF} a , b\t\n1,2\n", source: "h.csv")
        #expect(table.columnNames == ["a", "b"])
        #expect(try CSVFile.parse("\u{FEFF}a\n\"\u{FEFF}x\"\n", source: "k.csv").rawColumn("a") == ["\u{FEFF}x"])
    }

    @Test func textIsKeptAsWritten() throws {
        let table = try CSVFile.parse("name,city\n Zoë ,\"São Paulo\"\n東京,\"e\u{301}\"\n", source: "t.csv")
        #expect(try table.rawColumn("name") == [" Zoë ", "東京"])
        #expect(try table.rawColumn("city") == ["São Paulo", "e\u{301}"])
        #expect(try table.textColumn("name") == ["Zoë", "東京"])
    }

    @Test func raggedRowsNameTheirFirstLine() throws {
        #expect(throws: TableError.raggedRow(source: "r.csv", line: 3, expected: 2, found: 1)) {
            try CSVFile.parse("a,b\n1,2\nonly\n", source: "r.csv")
        }
        // A row whose quoted field spans lines 2–3 is reported at line 2; the next at line 4.
        #expect(throws: TableError.raggedRow(source: "r.csv", line: 4, expected: 2, found: 3)) {
            try CSVFile.parse("a,b\n\"x\ny\",1\n1,2,3\n", source: "r.csv")
        }
        #expect(throws: TableError.raggedRow(source: "r.csv", line: 2, expected: 1, found: 2)) {
            try CSVFile.parse("a\n,\n", source: "r.csv")
        }
    }

    @Test func anUnterminatedQuoteNamesTheLineItOpensOn() throws {
        #expect(throws: TableError.malformed(
            source: "o.csv", line: 3, reason: "a quoted field starts on this line and its closing quote is missing")) {
            try CSVFile.parse("a,b\n1,2\n3,\"four\n5,6\n7,8\n", source: "o.csv")
        }
        #expect(throws: TableError.malformed(
            source: "o.csv", line: 1, reason: "a quoted field starts on this line and its closing quote is missing")) {
            try CSVFile.parse("\"a,b\n1,2\n", source: "o.csv")
        }
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        #expect(throws: TableError.malformed(
            source: "c.csv", line: 3,
            reason: "field 2 goes on after its closing quote (a quote inside a quoted field is written twice)")) {
            try CSVFile.parse("a,b\n1,2\n3,\"4\"5\n", source: "c.csv")
        }
    }

    @Test func filesWithoutRowsOrNames() throws {
        #expect(throws: TableError.empty(source: "e.csv")) { try CSVFile.parse("", source: "e.csv") }
        #expect(throws: TableError.empty(source: "e.csv")) { try CSVFile.parse("\u{FEFF}\r\n \t\n", source: "e.csv") }
        #expect(throws: TableError.empty(source: "e.csv")) { try CSVFile.parse("\u{3000}\n\u{A0}", source: "e.csv") }
        #expect(throws: TableError.noDataRows(source: "h.csv")) { try CSVFile.parse("a,b", source: "h.csv") }
        #expect(throws: TableError.noDataRows(source: "h.csv")) { try CSVFile.parse("a,b\r\n\r\n  \n", source: "h.csv") }
        #expect(throws: TableError.emptyColumnName(source: "n.csv", position: 2)) {
            try CSVFile.parse("a, ,c\n1,2,3\n", source: "n.csv")
        }
        // A blank first line is an empty header, not a line to skip.
        #expect(throws: TableError.emptyColumnName(source: "n.csv", position: 1)) {
            try CSVFile.parse("\na,b\n1,2\n", source: "n.csv")
        }
    }

    @Test func readingAFileGivesWhatParsingItsTextGives() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tabular-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = "\u{FEFF}id,note\r\n1,\"a, \"\"b\"\"\r\nc\"\r\n2,d\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let read = try CSVFile.read(path: path)
        let parsed = try CSVFile.parse(text, source: path)
        #expect(try cells(read) == cells(parsed))
        #expect(read.lineNumbers == [2, 4])
        try Data([0x61, 0x0A, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect(throws: TableError.unreadable(path: path, reason: "not UTF-8 text")) { try CSVFile.read(path: path) }
    }
}
