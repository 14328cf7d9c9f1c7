import Scorecard
import Tabular
import Testing

/// Reading VALUES.csv: required and optional columns, exclusions, and errors that name the
/// file, line and column.
struct ValuesFileTests {
    func read(_ text: String) throws -> [KPIValue] {
        try ValuesFile.values(from: try CSVFile.parse(text, source: "values.csv"))
    }

    @Test func requiredColumnsOnly() throws {
        let values = try read("entity,role,kpi,value\nana,sales_rep,target_attainment,96\n")
        #expect(values == [KPIValue(entity: "ana", role: "sales_rep", kpi: "target_attainment", value: 96,
                                    location: FileLocation(source: "values.csv", line: 2))])
    }

    @Test func optionalColumnsAndExclusions() throws {
        let values = try read("""
            kpi,value,entity,role,team,period,excluded,comment
            actual,480,ana,sales_rep,north,2026Q1,,from CRM
            target,500,ana,sales_rep,north,2026Q1,,
            visit_rate,140,ana,sales_rep,north,2026Q1,audit: visits logged twice,
            nps,40,ana,sales_rep,north,2026Q1,FALSE,
            cac,90,ana,sales_rep,north,2026Q1,0,

            """)
        #expect(values.count == 5)
        // A cell that says no excludes nothing.
        #expect(!values[3].excluded && !values[4].excluded)
        #expect(values[0].team == "north")
        #expect(values[0].period == "2026Q1")
        #expect(!values[0].excluded)
        #expect(values[2].excluded)
        #expect(values[2].exclusionReason == "audit: visits logged twice")
        #expect(values[2].location == FileLocation(source: "values.csv", line: 4))
    }

    @Test func emptyValueMeansNoValue() throws {
        let values = try read("entity,role,kpi,value\nana,r,nps,\nana,r,cac,NA\nana,r,visit_rate,90\n")
        #expect(values.map(\.kpi) == ["visit_rate"])
    }

    @Test func missingColumnIsNamed() {
        #expect(throws: TableError.missingColumn(source: "values.csv", name: "role", available: ["entity", "kpi", "value"])) {
            try read("entity,kpi,value\nana,nps,40\n")
        }
    }

    @Test func nonNumericValueNamesLineAndColumn() {
        let expected = TableError.nonNumeric(source: "values.csv", line: 3, column: "value", value: "ninety")
        #expect(throws: expected) { try read("entity,role,kpi,value\nana,r,nps,40\nben,r,nps,ninety\n") }
        #expect(expected.description == "values.csv, line 3, column \"value\": \"ninety\" is not a number")
    }

    @Test func emptyIdentityCellsAreErrors() {
        #expect(throws: TableError.malformed(source: "values.csv", line: 3, reason: "column \"entity\" is empty")) {
            try read("entity,role,kpi,value\nana,r,nps,40\n,r,nps,30\n")
        }
    }

    @Test func fileThatDoesNotExist() {
        #expect(throws: TableError.fileNotFound(path: "/no/values.csv")) { try ValuesFile.read(path: "/no/values.csv") }
    }
}
