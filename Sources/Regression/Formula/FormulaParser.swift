/// Recursive-descent parser from tokens to response and terms.
///
/// Right-hand side grammar (lowest precedence first):
/// `sum := ['+'|'-'] product (('+'|'-') product)*`, `product := interaction ('*' interaction)*`,
/// `interaction := atom (':' atom)*`, `atom := '(' sum ')' | 0 | 1 | factor`.
struct FormulaParser {
    /// A parsed right-hand-side piece: terms plus what it says about the intercept.
    struct Piece {
        var terms: [Term] = []
        var intercept: Bool? = nil
    }

    private let source: String
    private let tokens: [FormulaToken]
    private var position = 0

    init(_ source: String) throws {
        self.source = source
        tokens = try FormulaLexer.tokens(source)
    }

    mutating func parseFormula() throws -> (response: Expression, responseName: String, terms: [Term], intercept: Bool) {
        guard let tilde = tokens.firstIndex(of: .symbol("~")) else { throw error("missing '~' between response and terms") }
        guard tilde > 0 else { throw error("missing response before '~'") }
        let (response, responseName) = try parseArithmetic(until: tilde)
        guard position == tilde else { throw error("unexpected '\(tokens[position].text)' in the response") }
        position += 1
        guard position < tokens.count else { throw error("no terms after '~'") }
        var intercept = true
        var terms: [Term] = []
        try parseSum(into: &terms, intercept: &intercept)
        if position < tokens.count {
            if tokens[position] == .symbol("^") {
                throw error("a power of terms ('^' or '**' outside I(), as in (a + b)^2) is not supported; write the terms "
                    + "and their interactions out, e.g. a + b + a:b, or use I(x^2) for the square of a variable")
            }
            throw error("unexpected '\(tokens[position].text)'")
        }
        return (response, responseName, terms, intercept)
    }

    // MARK: right-hand side

    private mutating func parseSum(into terms: inout [Term], intercept: inout Bool) throws {
        var sign = "+"
        if case .symbol(let s)? = peek, s == "+" || s == "-" { sign = s; position += 1 }
        while true {
            let piece = try parseProduct()
            if sign == "+" {
                for term in piece.terms where !terms.contains(term) { terms.append(term) }
                if let flag = piece.intercept { intercept = flag }
            } else {
                terms.removeAll { piece.terms.contains($0) }
                if let flag = piece.intercept { intercept = !flag }
            }
            guard case .symbol(let s)? = peek, s == "+" || s == "-" else { return }
            sign = s
            position += 1
        }
    }

    private mutating func parseProduct() throws -> Piece {
        var result = try parseInteraction()
        while peek == .symbol("*") {
            position += 1
            let right = try parseInteraction()
            try requireTerms(result, right, "*")
            var combined = result.terms
            for term in right.terms where !combined.contains(term) { combined.append(term) }
            for term in cross(result.terms, right.terms) where !combined.contains(term) { combined.append(term) }
            result = Piece(terms: combined)
        }
        return result
    }

    private mutating func parseInteraction() throws -> Piece {
        var result = try parseAtom()
        while peek == .symbol(":") {
            position += 1
            let right = try parseAtom()
            try requireTerms(result, right, ":")
            result = Piece(terms: cross(result.terms, right.terms))
        }
        return result
    }

    private mutating func parseAtom() throws -> Piece {
        guard let token = peek else { throw error("a term is missing at the end") }
        switch token {
        case .symbol("("):
            position += 1
            var terms: [Term] = []
            var intercept = true
            try parseSum(into: &terms, intercept: &intercept)
            try expect(")")
            return Piece(terms: terms)
        case .number(let value, let text):
            position += 1
            guard value == 0 || value == 1 else { throw error("a number (\(text)) cannot be a term; use I(...) for arithmetic") }
            return Piece(terms: [], intercept: value == 1)
        case .name:
            return Piece(terms: [Term(factors: [try parseFactor()])])
        default:
            throw error("unexpected '\(token.text)'")
        }
    }

    private mutating func parseFactor() throws -> Factor {
        guard case .name(let name)? = peek else { throw error("expected a variable name") }
        if position + 1 < tokens.count, tokens[position + 1] == .symbol("(") {
            let start = position
            position += 2
            let (inner, _) = try parseArithmetic(until: tokens.count)
            try expect(")")
            let text = tokens[start..<position].map(\.text).joined()
            switch name {
            case "I": return Factor(name: text, expression: inner, explicitlyCategorical: false)
            case "C":
                guard case .variable = inner else { throw error("C(...) takes a variable name") }
                return Factor(name: text, expression: inner, explicitlyCategorical: true)
            default:
                guard Expression.functions.contains(name) else { throw error("unknown function '\(name)'") }
                return Factor(name: text, expression: .call(name, inner), explicitlyCategorical: false)
            }
        }
        position += 1
        if peek == .symbol("^") { throw error("write powers as I(\(name)^k)") }
        return Factor(name: FormulaToken.name(name).text, expression: .variable(name), explicitlyCategorical: false)
    }

    // MARK: arithmetic inside I(), functions and the response

    /// Parses an arithmetic expression; returns it with its canonical text.
    private mutating func parseArithmetic(until end: Int) throws -> (Expression, String) {
        let start = position
        let expression = try parseAdditive(end)
        return (expression, tokens[start..<position].map(\.text).joined())
    }

    private mutating func parseAdditive(_ end: Int) throws -> Expression {
        var left = try parseMultiplicative(end)
        while position < end, case .symbol(let s)? = peek, s == "+" || s == "-" {
            position += 1
            left = .binary(s, left, try parseMultiplicative(end))
        }
        return left
    }

    private mutating func parseMultiplicative(_ end: Int) throws -> Expression {
        var left = try parseUnary(end)
        while position < end, case .symbol(let s)? = peek, s == "*" || s == "/" {
            position += 1
            left = .binary(s, left, try parseUnary(end))
        }
        return left
    }

    private mutating func parseUnary(_ end: Int) throws -> Expression {
        if position < end, peek == .symbol("-") {
            position += 1
            return .negate(try parseUnary(end))
        }
        let base = try parsePrimary(end)
        if position < end, peek == .symbol("^") {
            position += 1
            return .binary("^", base, try parseUnary(end))
        }
        return base
    }

    private mutating func parsePrimary(_ end: Int) throws -> Expression {
        guard position < end, let token = peek else { throw error("an expression is incomplete") }
        position += 1
        switch token {
        case .number(let value, _): return .number(value)
        case .symbol("("):
            let inner = try parseAdditive(end)
            try expect(")")
            return inner
        case .name(let name):
            guard peek == .symbol("(") else { return .variable(name) }
            guard Expression.functions.contains(name) else { throw error("unknown function '\(name)'") }
            position += 1
            let inner = try parseAdditive(end)
            try expect(")")
            return .call(name, inner)
        default: throw error("unexpected '\(token.text)'")
        }
    }

    // MARK: helpers

    private var peek: FormulaToken? { position < tokens.count ? tokens[position] : nil }

    private mutating func expect(_ symbol: String) throws {
        guard peek == .symbol(symbol) else { throw error("expected '\(symbol)'") }
        position += 1
    }

    private func cross(_ left: [Term], _ right: [Term]) -> [Term] {
        var result: [Term] = []
        for a in left { for b in right { let t = a.interacting(with: b); if !result.contains(t) { result.append(t) } } }
        return result
    }

    private func requireTerms(_ left: Piece, _ right: Piece, _ op: String) throws {
        if left.terms.isEmpty || right.terms.isEmpty { throw error("'\(op)' needs a term on both sides") }
    }

    private func error(_ message: String) -> RegressionError { .formula(message, source: source) }
}
