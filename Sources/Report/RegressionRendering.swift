import Foundation
import Regression
import TextTable

/// Renders a fitted regression as a summary table, JSON or CSV.
public enum RegressionRendering {
    /// A summary in the manner of R's `summary(lm)` and statsmodels' `summary()`.
    public static func table(_ result: RegressionResult, formula: String? = nil) -> String {
        let level = result.options.level
        let lowTitle = "[" + NumberFormat.significant((1 - level) / 2, 3)
        let highTitle = NumberFormat.significant(1 - (1 - level) / 2, 3) + "]"
        let coefficientTable = TextTable<CoefficientEstimate> { c in
            [Column(title: "", value: c.term),
             Column(title: "Estimate", value: NumberFormat.significant(c.estimate, 6), align: .right),
             Column(title: "Std. Error", value: NumberFormat.significant(c.standardError, 5), align: .right),
             Column(title: "t value", value: String(format: "%.3f", c.tStatistic), align: .right),
             Column(title: "Pr(>|t|)", value: NumberFormat.pValue(c.pValue), align: .right),
             Column(title: "", value: NumberFormat.stars(c.pValue)),
             Column(title: lowTitle, value: NumberFormat.significant(c.lower, 6), align: .right),
             Column(title: highTitle, value: NumberFormat.significant(c.upper, 6), align: .right)]
        }
        var lines: [String] = []
        if let formula { lines.append("Formula: \(formula)") }
        lines.append(methodLine(result))
        var observations = "Observations: \(result.observationCount)"
        if result.rowsDropped > 0 { observations += " (\(result.rowsDropped) rows with missing values left out)" }
        lines.append(observations)
        lines.append("")
        lines.append(coefficientTable.string(for: result.coefficients, style: Style.simple) ?? "")
        lines.append("Signif. codes: 0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1")
        lines.append("Standard errors: " + covarianceLabel(result.options.covariance))
        lines.append("")
        let df = degrees(result.residualDegreesOfFreedom)
        lines.append("Residual standard error: \(NumberFormat.significant(result.sigma, 6)) on \(df) degrees of freedom")
        lines.append("R-squared: \(NumberFormat.significant(result.rSquared, 6)),  Adjusted R-squared: \(NumberFormat.significant(result.adjustedRSquared, 6))")
        if result.fStatistic.isFinite {
            lines.append("F-statistic: \(NumberFormat.significant(result.fStatistic, 6)) on \(degrees(result.modelDegreesOfFreedom)) and \(df) DF,  p-value: \(NumberFormat.pValue(result.fPValue))")
        }
        lines.append("Log-likelihood: \(NumberFormat.significant(result.logLikelihood, 7)),  AIC: \(NumberFormat.significant(result.aic, 7)),  BIC: \(NumberFormat.significant(result.bic, 7))")
        var condition = "Condition number: \(NumberFormat.significant(result.conditionNumber, 4))"
        if result.usedExtendedPrecision { condition += " (solved in double-double precision)" }
        lines.append(condition)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object with the fit statistics and the coefficient table, numbers to 17
    /// significant digits.
    public static func json(_ result: RegressionResult) -> String {
        let coefficients: [JSONValue] = result.coefficients.map { c in
            .object([("term", .string(c.term)), ("estimate", .number(c.estimate)), ("std_error", .number(c.standardError)),
                     ("t", .number(c.tStatistic)), ("p", .number(c.pValue)), ("ci_low", .number(c.lower)),
                     ("ci_high", .number(c.upper))])
        }
        let object: JSONValue = .object([
            ("n", .integer(result.observationCount)),
            ("rows_dropped", .integer(result.rowsDropped)),
            ("df_resid", .number(result.residualDegreesOfFreedom)),
            ("r_squared", .number(result.rSquared)),
            ("adj_r_squared", .number(result.adjustedRSquared)),
            ("f_statistic", .number(result.fStatistic)),
            ("f_pvalue", .number(result.fPValue)),
            ("sigma", .number(result.sigma)),
            ("log_likelihood", .number(result.logLikelihood)),
            ("aic", .number(result.aic)),
            ("bic", .number(result.bic)),
            ("condition_number", .number(result.conditionNumber)),
            ("covariance", .string(result.options.covariance.rawValue)),
            ("level", .number(result.options.level)),
            ("coefficients", .array(coefficients)),
        ])
        return JSONWriter.render(object) + "\n"
    }

    /// The coefficient table as CSV: `term,estimate,std_error,t,p,ci_low,ci_high`.
    public static func csv(_ result: RegressionResult) -> String {
        var lines = ["term,estimate,std_error,t,p,ci_low,ci_high"]
        for c in result.coefficients {
            let numbers = [c.estimate, c.standardError, c.tStatistic, c.pValue, c.lower, c.upper].map(NumberFormat.full)
            lines.append(([CSVField.escape(c.term)] + numbers).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func methodLine(_ result: RegressionResult) -> String {
        if let lambda = result.options.ridge { return "Method: ridge regression (λ = \(NumberFormat.significant(lambda, 6)), intercept not penalized)" }
        return result.weights == nil ? "Method: ordinary least squares" : "Method: weighted least squares"
    }

    private static func covarianceLabel(_ type: CovarianceType) -> String {
        switch type {
        case .classical: return "classical (constant error variance)"
        default: return "\(type.rawValue.uppercased()) (heteroscedasticity-consistent); tests use t with the residual df"
        }
    }

    private static func degrees(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}

/// CSV quoting of one field (RFC 4180).
public enum CSVField {
    /// The field as it goes between commas: quoted, with quotes doubled, when it holds a
    /// comma, a quote or a line break.
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
