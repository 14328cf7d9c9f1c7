import ArgumentParser
import Foundation
import Regression
import Report
import Tabular

/// `kpi regress`: fit a linear model to a CSV file and print the inference.
struct RegressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Fit a linear regression (OLS, WLS or ridge) with full inference.",
        discussion: """
            The formula follows R and patsy: `y ~ x1 + x2`, `- 1` for no intercept, `I(x^2)` for \
            powers, `log(x)`, `C(region)` for categorical variables, `a:b` and `a*b` for interactions.

            Example:
              kpi regress notebooks-data/rep_weeks.csv --formula "revenue ~ visits + C(region)" --robust hc3
            """)

    @Argument(help: "CSV file with a header row ('-' reads standard input).")
    var data: String

    @Option(help: "Model formula, e.g. \"revenue ~ visits + I(visits^2) + C(region)\".")
    var formula: String

    @Option(help: "Column of positive weights for weighted least squares.")
    var weights: String?

    @Option(help: "Heteroscedasticity-consistent standard errors: hc0, hc1, hc2 or hc3.")
    var robust: RobustChoice?

    @Option(parsing: .unconditional, help: "Ridge penalty λ ≥ 0 on all coefficients but the intercept.")
    var ridge: Double?

    @Option(parsing: .unconditional, help: "Confidence level of the intervals.")
    var level: Double = 0.95

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        guard level > 0, level < 1 else { throw ValidationError("--level must be between 0 and 1, e.g. 0.95") }
        if let ridge, !(ridge >= 0 && ridge <= 1e100) { throw ValidationError("--ridge must be a number from 0 to 1e100") }
    }

    func run() throws {
        let table = try CSVFile.read(path: data)
        let options = RegressionOptions(level: level, covariance: robust?.covariance ?? .classical, ridge: ridge)
        let result = try LinearRegression.fit(formula, data: table, weights: weights, options: options)
        let output: String
        switch format {
        case .table: output = RegressionRendering.table(result, formula: formula)
        case .json: output = RegressionRendering.json(result)
        case .csv: output = RegressionRendering.csv(result)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// The `--robust` choices.
enum RobustChoice: String, ExpressibleByArgument, CaseIterable {
    case hc0, hc1, hc2, hc3

    var covariance: CovarianceType { CovarianceType(rawValue: rawValue)! }
}
