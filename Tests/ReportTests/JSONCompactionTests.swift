import Foundation
import Testing
@testable import Report

/// Stored results printed one a line: the whitespace between tokens goes, strings stay whole.
struct JSONCompactionTests {
    @Test func indentedDocumentsComeOutOnOneLine() throws {
        let indented = JSONValue.object([
            ("name", .string("Q4 \"push\", north\tteam")), ("path", .string("C:\\ data")),
            ("values", .array([.number(0.5), .integer(-3), .null, .bool(true)])), ("empty", .object([])),
        ]).text
        #expect(indented.contains("\n"))
        let compact = JSONCompaction.compact(indented)
        #expect(compact == #"{"name":"Q4 \"push\", north\tteam","path":"C:\\ data","values":[0.5,-3,null,true],"empty":{}}"#)
        // The same document either way.
        let before = try JSONSerialization.jsonObject(with: Data(indented.utf8)) as? NSDictionary
        let after = try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? NSDictionary
        #expect(before == after)
    }

    @Test func compactTextIsLeftAsItIs() {
        let text = #"{"a":[1,2],"b":"x y"}"#
        #expect(JSONCompaction.compact(text) == text)
    }
}
