import Foundation
import Regression
import Report
import Tabular
import Testing

/// The three renderings of a fit: the JSON keys and full precision, CSV shape, and the
/// summary table's content.
struct RegressionRenderingTests {
    static let fit: RegressionResult = {
        let table = try! CSVFile.parse("y,x,g\n1.5,1,a\n2.1,2,b\n3.9,3,a\n4.2,4,b\n5.8,5,a\n6.1,6,b\n", source: "r.csv")
        return try! LinearRegression.fit("y ~ x + g", data: table)
    }()

    @Test func jsonHasTheDocumentedKeysAndFullPrecision() throws {
        let text = RegressionRendering.json(Self.fit)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["n", "df_resid", "r_squared", "adj_r_squared", "f_statistic", "f_pvalue", "sigma",
                    "log_likelihood", "aic", "bic", "condition_number", "coefficients"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        #expect(coefficients.map { $0["term"] as? String } == ["Intercept", "g[T.b]", "x"])
        for key in ["term", "estimate", "std_error", "t", "p", "ci_low", "ci_high"] {
            #expect(coefficients[0][key] != nil, "missing coefficient key \(key)")
        }
        // Every estimate survives the round trip through the text exactly (read with Swift's
        // exact decimal conversion; JSONSerialization's own number parsing is not exact).
        let parsed = text.split(separator: "\n").filter { $0.contains("\"estimate\":") }
            .compactMap { Double($0.split(separator: ":")[1].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))) }
        #expect(parsed == Self.fit.estimates)
    }

    @Test func csvIsTheCoefficientTable() {
        let lines = RegressionRendering.csv(Self.fit).split(separator: "\n")
        #expect(lines.first == "term,estimate,std_error,t,p,ci_low,ci_high")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("Intercept,"))
        #expect(lines[1].split(separator: ",").count == 7)
    }

    @Test func tableShowsTermsAndFitStatistics() {
        let text = RegressionRendering.table(Self.fit, formula: "y ~ x + g")
        #expect(text.contains("Formula: y ~ x + g"))
        #expect(text.contains("g[T.b]"))
        #expect(text.contains("Residual standard error:"))
        #expect(text.contains("on 3 degrees of freedom"))
        #expect(text.contains("R-squared:"))
    }
}
