import LinearAlgebra
import Tabular

/// Fits linear models by least squares: ordinary (OLS), weighted (WLS) and ridge.
public enum LinearRegression {
    /// Fits `formula` on `data`.
    ///
    /// Rows missing a value in any column the formula (or the weights) reads are left out.
    /// - Parameters:
    ///   - formula: e.g. `"revenue ~ visits + I(visits^2) + C(region)"`.
    ///   - data: the observations.
    ///   - weights: a column of positive weights for weighted least squares.
    ///   - options: confidence level, covariance estimator, ridge penalty.
    /// - Throws: ``RegressionError`` (formula, collinearity, too few rows, bad weights) and
    ///   `TableError` (missing columns, non-numeric cells), each naming what to fix.
    public static func fit(_ formula: String, data: Table, weights: String? = nil,
                           options: RegressionOptions = RegressionOptions()) throws -> RegressionResult {
        let parsed = try Formula(formula)
        let specification = try DesignSpecification(formula: parsed, data: data, weights: weights)
        let categorical = Set(specification.codings.flatMap { coding in
            zip(coding.term.factors, coding.codings).compactMap { factor, kind -> Factor? in
                if case .numeric = kind { return nil }
                return factor
            }
        })
        let rows = try ModelRows.complete(in: data, formula: parsed, categorical: categorical,
                                          extra: weights.map { [$0] } ?? [])
        let design = try specification.design(for: data, rows: rows)
        let responseValues = try NumericEvaluation.evaluate(parsed.response, name: parsed.responseName, data: data)
        // Complete rows have every value; the checks only guard the invariant.
        let response = try rows.map { row in
            guard let value = responseValues[row] else {
                throw RegressionError.nonFiniteValue(expression: parsed.responseName, source: data.source, line: data.lineNumbers[row])
            }
            return value.value
        }
        var weightValues: [Double]?
        if let weights {
            let column = try data.numericColumn(weights)
            weightValues = try rows.map { row in
                guard let value = column[row], value > 0 else {
                    throw RegressionError.invalidWeight(column: weights, source: data.source, line: data.lineNumbers[row],
                                                        value: column[row] ?? .nan)
                }
                return value
            }
        }
        var result: RegressionResult
        do {
            result = try fit(design, response: response, weights: weightValues, options: options)
        } catch RegressionError.leverageOne(let covariance, nil, let observations) {
            throw RegressionError.leverageOne(covariance: covariance, source: data.source,
                                              observations: observations.map { data.lineNumbers[rows[$0 - 1]] })
        }
        result.specification = specification
        result.responseName = parsed.responseName
        result.rowsDropped = data.rowCount - rows.count
        return result
    }

    /// Fits a model to a design you built yourself.
    /// - Throws: ``RegressionError``.
    public static func fit(_ design: Design, response: [Double], weights: [Double]? = nil,
                           options: RegressionOptions = RegressionOptions()) throws -> RegressionResult {
        let n = design.matrix.rows, p = design.matrix.columns
        guard response.count == n else {
            throw RegressionError.invalidOption("\(response.count) responses for \(n) design rows")
        }
        guard options.level > 0, options.level < 1 else {
            throw RegressionError.invalidOption("confidence level \(options.level) must be between 0 and 1")
        }
        // Beyond 1e100 the penalized coefficients and their standard errors underflow to 0.
        if let lambda = options.ridge, !(lambda >= 0 && lambda <= 1e100) {
            throw RegressionError.invalidOption("ridge penalty \(lambda) must be a number from 0 to 1e100")
        }
        guard n > p else { throw RegressionError.tooFewRows(rows: n, parameters: p) }
        if let weights {
            guard weights.count == n, weights.allSatisfy({ $0 > 0 && $0.isFinite }) else {
                throw RegressionError.invalidOption("weights must be \(n) positive finite numbers")
            }
        }
        let system = WeightedSystem(design: design, response: response, weights: weights, ridge: options.ridge)
        let solution: LeastSquares.Solution
        do {
            solution = try LeastSquares.solve(system.matrix, lowOrderPart: system.lowOrderPart, system.response,
                                              options: .init(precision: options.precision))
        } catch LinearAlgebraError.rankDeficient(let deficiency) {
            throw RegressionError.collinear(CollinearityReport.relations(deficiency, names: design.columnNames))
        } catch let error as LinearAlgebraError {
            throw RegressionError.numerical(error)
        }
        return try RegressionResult(design: design, response: response, weights: weights, system: system,
                                    solution: solution, options: options)
    }
}
