import LinearAlgebra
import Tabular

/// What a formula means for a particular data set: which factors are categorical, their
/// levels, the order and coding of the terms. Learned once from the fitting data and reused
/// to build designs for new data (predictions) with identical columns.
public struct DesignSpecification: Sendable {
    /// The formula.
    public let formula: Formula
    /// Terms in column order.
    let codings: [TermCoding]
    /// Levels of every categorical factor, by factor name.
    let levels: [String: [String]]

    /// Column names of the design, starting with `Intercept` when there is one.
    public var columnNames: [String] {
        (formula.hasIntercept ? ["Intercept"] : []) + codings.flatMap(\.columnNames)
    }

    /// Names of the terms in column order, with the columns each produced.
    public var termColumns: [(term: String, columns: [String])] {
        (formula.hasIntercept ? [("Intercept", ["Intercept"])] : []) + codings.map { ($0.term.name, $0.columnNames) }
    }

    /// Learns the specification from `data`: a factor is categorical when written `C(...)` or
    /// when it is a bare variable whose column holds only text (no cell reads as a number);
    /// levels come from the rows that are
    /// complete for the whole formula.
    /// - Throws: ``Tabular/TableError`` for missing columns; ``RegressionError/singleLevel(factor:level:)``.
    public init(formula: Formula, data: Table, weights: String? = nil) throws {
        self.formula = formula
        let factors = formula.terms.flatMap(\.factors)
        var categorical = Set<Factor>()
        for factor in factors where factor.explicitlyCategorical {
            categorical.insert(factor)
        }
        for factor in factors where !factor.explicitlyCategorical {
            if case .variable(let name) = factor.expression, try data.isText(name) { categorical.insert(factor) }
        }
        let complete = try ModelRows.complete(in: data, formula: formula, categorical: categorical, extra: weights.map { [$0] } ?? [])
        var levels: [String: [String]] = [:]
        for factor in categorical {
            guard case .variable(let name) = factor.expression else { continue }
            let column = try data.textColumn(name)
            let found = CategoricalLevels.ordered(complete.compactMap { column[$0] })
            if found.count == 1 { throw RegressionError.singleLevel(factor: factor.name, level: found[0]) }
            levels[factor.name] = found
        }
        let isNumeric: (Factor) -> Bool = { !categorical.contains($0) }
        let ordered = TermCoding.patsyOrder(formula.terms, isNumeric: isNumeric)
        codings = TermCoding.codings(for: ordered, intercept: formula.hasIntercept, isNumeric: isNumeric, levels: levels)
        self.levels = levels
    }

    /// Builds the design for the given rows of `data` (all of them by default).
    /// - Throws: ``RegressionError/unknownLevel(factor:level:source:line:)`` for a level not
    ///   seen when fitting; ``RegressionError/nonFiniteValue(expression:source:line:)`` for
    ///   e.g. `log(0)`; ``Tabular/TableError`` for non-numeric cells.
    public func design(for data: Table, rows: [Int]? = nil) throws -> Design {
        let used = rows ?? Array(0..<data.rowCount)
        let n = used.count
        var hi: [[Double]] = formula.hasIntercept ? [Array(repeating: 1, count: n)] : []
        var lo: [[Double]] = formula.hasIntercept ? [Array(repeating: 0, count: n)] : []
        var cache: [String: [DoubleDouble?]] = [:]
        for coding in codings {
            var columns: [[DoubleDouble]] = [Array(repeating: DoubleDouble(1), count: n)]
            for (factor, kind) in zip(coding.term.factors, coding.codings) {
                let factorColumns = try values(of: factor, coding: kind, data: data, rows: used, cache: &cache)
                var next: [[DoubleDouble]] = []
                for factorColumn in factorColumns {
                    for column in columns { next.append(zip(column, factorColumn).map { $0 * $1 }) }
                }
                columns = next
            }
            for column in columns {
                hi.append(column.map(\.hi))
                lo.append(column.map(\.lo))
            }
        }
        let matrix = try Matrix(rows: n, columns: hi.count, columnMajor: hi.flatMap { $0 })
        let exact = lo.allSatisfy { $0.allSatisfy { $0 == 0 } }
        let low = exact ? nil : try Matrix(rows: n, columns: lo.count, columnMajor: lo.flatMap { $0 })
        return try Design(columnNames: columnNames, matrix: matrix, lowOrderPart: low, hasIntercept: formula.hasIntercept)
    }

    /// The columns one factor contributes for the chosen rows: one numeric column, or one
    /// indicator per coded level.
    private func values(of factor: Factor, coding: TermCoding.Coding, data: Table, rows: [Int],
                        cache: inout [String: [DoubleDouble?]]) throws -> [[DoubleDouble]] {
        switch coding {
        case .numeric:
            let all: [DoubleDouble?]
            if let cached = cache[factor.name] {
                all = cached
            } else {
                all = try NumericEvaluation.evaluate(factor.expression, name: factor.name, data: data)
                cache[factor.name] = all
            }
            return [try rows.map { row in
                guard let value = all[row] else {
                    throw RegressionError.nonFiniteValue(expression: factor.name, source: data.source, line: data.lineNumbers[row])
                }
                return value
            }]
        case .contrast(let levels), .full(let levels):
            guard case .variable(let name) = factor.expression else { return [] }
            let column = try data.textColumn(name)
            let coded: [String] = { if case .contrast = coding { return Array(levels.dropFirst()) } else { return levels } }()
            for row in rows {
                guard let value = column[row], levels.contains(value) else {
                    throw RegressionError.unknownLevel(factor: factor.name, level: column[row] ?? "", source: data.source,
                                                       line: data.lineNumbers[row])
                }
            }
            return coded.map { level in rows.map { DoubleDouble(column[$0] == level ? 1 : 0) } }
        }
    }
}
