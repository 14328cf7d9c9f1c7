/// A model formula in the style of R and patsy: `response ~ terms`.
///
/// Supported on the right-hand side:
/// - `a + b` adds terms, `a - b` removes them; `- 1` or `+ 0` drops the intercept, `+ 1`
///   restores it.
/// - `a:b` is the interaction of `a` and `b`; `a*b` is `a + b + a:b`; parentheses group:
///   `(a + b):c` is `a:c + b:c`.
/// - `I(expr)` evaluates arithmetic (`+ - * / ^`, `**` is `^`), e.g. `I(x^2)`, `I(price/100)`.
/// - `log`, `log10`, `log2`, `exp`, `sqrt`, `abs` of an expression.
/// - `C(name)` makes a variable categorical (treatment coding, the first level in sorted
///   order as reference); a column holding text is categorical without it.
/// - Names with other characters are quoted with backticks: `` `net revenue` ``.
public struct Formula: Sendable, CustomStringConvertible {
    /// The formula as written.
    public let source: String
    /// The response expression (left-hand side).
    let response: Expression
    /// The response's name, e.g. `revenue` or `log(revenue)`.
    public let responseName: String
    /// Terms in the order first written (the design orders them for columns).
    public let terms: [Term]
    /// Whether the model has an intercept.
    public let hasIntercept: Bool

    /// Parses a formula.
    /// - Throws: ``RegressionError/formula(_:source:)`` describing the first problem.
    public init(_ source: String) throws {
        var parser = try FormulaParser(source)
        let parsed = try parser.parseFormula()
        if parsed.terms.isEmpty, !parsed.intercept {
            throw RegressionError.formula("the model has no terms and no intercept; nothing to fit", source: source)
        }
        // The response explaining itself fits perfectly and says nothing.
        if let term = parsed.terms.first(where: { $0.factors.contains { $0.name == parsed.responseName } }) {
            throw RegressionError.formula("the response \(parsed.responseName) is also a term (\(term.name)) on the right-hand side", source: source)
        }
        self.source = source
        response = parsed.response
        responseName = parsed.responseName
        terms = parsed.terms
        hasIntercept = parsed.intercept
    }

    public var description: String { source }

    /// Every data column the formula reads.
    public var variables: [String] {
        var seen: [String] = []
        for name in response.variables + terms.flatMap({ $0.factors.flatMap(\.expression.variables) })
        where !seen.contains(name) { seen.append(name) }
        return seen
    }
}
