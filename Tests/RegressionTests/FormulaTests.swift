import Regression
import Tabular
import Testing

/// The formula language: term algebra, canonical names, patsy's column order, coding, and the
/// errors a user gets for a formula or data that cannot work.
struct FormulaTests {
    static let data = try! CSVFile.parse("""
        y,x,z,w,g,h
        1,1,2,1,a,u
        3,2,1,2,b,v
        2,3,5,4,c,u
        5,4,3,5,a,v
        4,5,4,9,b,u
        7,6,8,7,c,v
        6,7,6,4,a,u
        9,8,9,3,b,v
        """, source: "f.csv")

    func names(_ formula: String) throws -> [String] {
        try DesignSpecification(formula: Formula(formula), data: Self.data).columnNames
    }

    @Test func termAlgebra() throws {
        #expect(try names("y ~ x + z") == ["Intercept", "x", "z"])
        #expect(try names("y ~ x*z") == ["Intercept", "x", "z", "x:z"])
        #expect(try names("y ~ (x + z):w") == ["Intercept", "x:w", "z:w"])
        #expect(try names("y ~ x*z - x:z") == ["Intercept", "x", "z"])
        #expect(try names("y ~ x - 1") == ["x"])
        #expect(try names("y ~ 0 + x") == ["x"])
        #expect(try names("y ~ x + x:z + z:x") == ["Intercept", "x", "x:z"])
        #expect(try names("y ~ I(x ** 2) + log(z) + I(x/ 2)") == ["Intercept", "I(x^2)", "log(z)", "I(x/2)"])
    }

    @Test func categoricalCodingAndPatsyOrder() throws {
        // Text columns are categorical; numeric-free terms come first, as patsy orders them.
        #expect(try names("y ~ x + g") == ["Intercept", "g[T.b]", "g[T.c]", "x"])
        #expect(try names("y ~ x * C(g)") == ["Intercept", "C(g)[T.b]", "C(g)[T.c]", "x", "x:C(g)[T.b]", "x:C(g)[T.c]"])
        // Without an intercept the first categorical is coded in full.
        #expect(try names("y ~ C(g) + C(h) - 1") == ["C(g)[a]", "C(g)[b]", "C(g)[c]", "C(h)[T.v]"])
        // Without the main effect, the interaction with a numeric variable is coded in full.
        #expect(try names("y ~ x:C(g)") == ["Intercept", "x:C(g)[a]", "x:C(g)[b]", "x:C(g)[c]"])
        // Numbers as categories sort numerically.
        #expect(try names("y ~ C(w)").prefix(3) == ["Intercept", "C(w)[T.2]", "C(w)[T.3]"])
    }

    @Test func powersAreExactInTheDesign() throws {
        let x = 1.0 / 3.0
        let table = try CSVFile.parse("y,x\n1,\(x)\n2,0.7\n3,1.9\n", source: "p.csv")
        let spec = try DesignSpecification(formula: Formula("y ~ I(x^5)"), data: table)
        let design = try spec.design(for: table)
        let low = try #require(design.lowOrderPart)
        // hi + lo must carry x⁵ beyond double precision: the remainder is not zero.
        #expect(low[0, 1] != 0)
        // The naive product carries a few ulps of rounding; hi is within that of it.
        #expect(abs(design.matrix[0, 1] - x * x * x * x * x) <= 1e-15 * design.matrix[0, 1])
    }

    @Test func formulaErrors() {
        for bad in ["y x", "~ x", "y ~", "y ~ x +", "y ~ x^2", "y ~ foo(x)", "y ~ C(x + 1)", "y ~ 3", "y ~ (x", "y ~ x $ z"] {
            #expect(throws: RegressionError.self, "\(bad)") { try Formula(bad) }
        }
    }

    @Test func collinearTermsAreNamed() throws {
        let table = try CSVFile.parse("y,a,b\n1,1,2\n2,2,4\n3,3,6.0\n5,4,8\n4,5,10\n", source: "c.csv")
        #expect(throws: RegressionError.collinear(["b = 2·a"])) { try LinearRegression.fit("y ~ a + b", data: table) }
    }

    @Test func dataErrors() throws {
        let table = try CSVFile.parse("y,x,g,w\n1,1,a,1\n2,0,a,2\n3,2,a,-1\n", source: "d.csv")
        #expect(throws: RegressionError.nonFiniteValue(expression: "log(x)", source: "d.csv", line: 3)) {
            try LinearRegression.fit("y ~ log(x)", data: table)
        }
        #expect(throws: RegressionError.singleLevel(factor: "g", level: "a")) { try LinearRegression.fit("y ~ g", data: table) }
        #expect(throws: RegressionError.invalidWeight(column: "w", source: "d.csv", line: 4, value: -1)) {
            try LinearRegression.fit("y ~ x", data: table, weights: "w")
        }
        #expect(throws: RegressionError.tooFewRows(rows: 3, parameters: 3)) {
            try LinearRegression.fit("y ~ x + I(x^2)", data: table)
        }
        let typo = try CSVFile.parse("y,x\n1,1\n2,two\n3,3\n", source: "t.csv")
        #expect(throws: TableError.nonNumeric(source: "t.csv", line: 3, column: "x", value: "two")) {
            try LinearRegression.fit("y ~ x", data: typo)
        }
    }

    @Test func missingRowsAreLeftOutAndCounted() throws {
        let table = try CSVFile.parse("y,x,unused\n1,1,\n2,,5\n3,2,\nNA,3,1\n5,4,\n6,5,1\n", source: "m.csv")
        let fit = try LinearRegression.fit("y ~ x", data: table)
        #expect(fit.observationCount == 4)
        #expect(fit.rowsDropped == 2)
    }

    @Test func predictionsRejectUnseenLevels() throws {
        let fit = try LinearRegression.fit("y ~ x + g", data: Self.data)
        let new = try CSVFile.parse("x,g\n1,a\n2,zz\n", source: "new.csv")
        #expect(throws: RegressionError.unknownLevel(factor: "g", level: "zz", source: "new.csv", line: 3)) {
            try fit.predict(new)
        }
    }
}
