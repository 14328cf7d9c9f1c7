import Foundation
import Tabular
import Testing

/// Reading CSV text: shapes, quoting, line numbers and the errors users see.
struct CSVFileTests {
    @Test func readsColumnsAndLineNumbers() throws {
        let table = try CSVFile.parse("a,b\n1,x\n\n2,\"y, z\"\n", source: "t.csv")
        #expect(table.columnNames == ["a", "b"])
        #expect(table.rowCount == 2)
        #expect(table.lineNumbers == [2, 4])
        #expect(try table.numericColumn("a") == [1, 2])
        #expect(try table.textColumn("b") == ["x", "y, z"])
    }

    @Test func lineNumbersCountNewlinesInsideQuotes() throws {
        let table = try CSVFile.parse("a,b\n\"two\nlines\",1\nplain,oops\n", source: "q.csv")
        #expect(table.lineNumbers == [2, 4])
        #expect(throws: TableError.nonNumeric(source: "q.csv", line: 4, column: "b", value: "oops")) {
            try table.numericColumn("b")
        }
    }

    @Test func crlfLineEndsAndByteOrderMark() throws {
        let table = try CSVFile.parse("\u{FEFF}x,y\r\n1,2\r\n3,4\r\n", source: "w.csv")
        #expect(table.columnNames == ["x", "y"])
        #expect(try table.numericColumn("y") == [2, 4])
        #expect(table.lineNumbers == [2, 3])
    }

    @Test func missingCellsAreNil() throws {
        let table = try CSVFile.parse("x,y\n1,a\n\"\",b\nNA,c\n4,\n", source: "m.csv")
        #expect(try table.numericColumn("x") == [1, nil, nil, 4])
        #expect(try table.textColumn("y") == ["a", "b", "c", nil])
    }

    @Test func errorsNameFileLineAndColumn() throws {
        #expect(throws: TableError.raggedRow(source: "r.csv", line: 3, expected: 2, found: 3)) {
            try CSVFile.parse("a,b\n1,2\n3,4,5\n", source: "r.csv")
        }
        #expect(throws: TableError.empty(source: "e.csv")) { try CSVFile.parse("  \n", source: "e.csv") }
        #expect(throws: TableError.noDataRows(source: "h.csv")) { try CSVFile.parse("a,b\n", source: "h.csv") }
        #expect(throws: TableError.duplicateColumn(source: "d.csv", name: "a")) { try CSVFile.parse("a,a\n1,2\n", source: "d.csv") }
        let table = try CSVFile.parse("a,b\n1,NaN\n2,inf\n", source: "n.csv")
        #expect(throws: TableError.nonFinite(source: "n.csv", line: 2, column: "b", value: "NaN")) { try table.numericColumn("b") }
        #expect(throws: TableError.missingColumn(source: "n.csv", name: "c", available: ["a", "b"])) { try table.numericColumn("c") }
        // Two raises of 1e308 would add up to infinity; 1e-320 squares to nothing.
        let sizes = try CSVFile.parse("a,b,c\n1e308,0,-1e100\n2,1e-320,1e-100\n", source: "s.csv")
        #expect(throws: TableError.outOfRange(source: "s.csv", line: 2, column: "a", value: "1e308")) { try sizes.numericColumn("a") }
        #expect(throws: TableError.outOfRange(source: "s.csv", line: 3, column: "b", value: "1e-320")) { try sizes.numericColumn("b") }
        #expect(try sizes.numericColumn("c") == [-1e100, 1e-100])
        #expect(throws: TableError.fileNotFound(path: "/no/such/file.csv")) { try CSVFile.read(path: "/no/such/file.csv") }
    }

    @Test func errorDescriptionsAreOneLine() {
        let error = TableError.nonNumeric(source: "s.csv", line: 14, column: "visits", value: "twelve")
        #expect(error.description == "s.csv, line 14, column \"visits\": \"twelve\" is not a number")
    }

    @Test func textColumnsAreThoseWithoutNumbers() throws {
        let table = try CSVFile.parse("region,count,mixed\nnorth,1,2\nsouth,2,two\n", source: "t.csv")
        #expect(try table.isText("region"))
        #expect(try !table.isText("count"))
        #expect(try !table.isText("mixed"))
    }
}
