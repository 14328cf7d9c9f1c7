/// Recursive-descent parser of the formula language:
///
/// ```
/// sum     = product (("+" | "-") product)*
/// product = unary (("*" | "/") unary)*
/// unary   = ("-" | "+") unary | primary
/// primary = number | name | "(" sum ")"
/// ```
struct FormulaParser {
    private enum Token: Equatable {
        case number(Double)
        case name(String)
        case plus, minus, times, divide, open, close, end

        var text: String {
            switch self {
            case .number(let value): return Format.number(value)
            case .name(let name): return name
            case .plus: return "+"
            case .minus: return "-"
            case .times: return "*"
            case .divide: return "/"
            case .open: return "("
            case .close: return ")"
            case .end: return "end of formula"
            }
        }
    }

    private let source: String
    /// Tokens with their 1-based character positions; the last one is `.end`.
    private let tokens: [(token: Token, position: Int)]
    private var index = 0

    init(_ source: String) throws(FormulaSyntaxError) {
        self.source = source
        self.tokens = try Self.tokenize(source)
    }

    mutating func parseFormula() throws(FormulaSyntaxError) -> FormulaNode {
        if tokens[index].token == .end { throw error("the formula is empty") }
        let node = try parseSum()
        switch tokens[index].token {
        case .end: return node
        case .number, .name, .open: throw error("an operator is missing before \"\(tokens[index].token.text)\"")
        default: throw error("unexpected \"\(tokens[index].token.text)\"")
        }
    }

    private mutating func parseSum() throws(FormulaSyntaxError) -> FormulaNode {
        var node = try parseProduct()
        while true {
            switch tokens[index].token {
            case .plus: index += 1; node = .binary(.add, node, try parseProduct())
            case .minus: index += 1; node = .binary(.subtract, node, try parseProduct())
            default: return node
            }
        }
    }

    private mutating func parseProduct() throws(FormulaSyntaxError) -> FormulaNode {
        var node = try parseUnary()
        while true {
            switch tokens[index].token {
            case .times: index += 1; node = .binary(.multiply, node, try parseUnary())
            case .divide: index += 1; node = .binary(.divide, node, try parseUnary())
            default: return node
            }
        }
    }

    private mutating func parseUnary() throws(FormulaSyntaxError) -> FormulaNode {
        switch tokens[index].token {
        case .minus: index += 1; return .negate(try parseUnary())
        case .plus: index += 1; return try parseUnary()
        default: return try parsePrimary()
        }
    }

    private mutating func parsePrimary() throws(FormulaSyntaxError) -> FormulaNode {
        let token = tokens[index].token
        switch token {
        case .number(let value): index += 1; return .number(value)
        case .name(let name): index += 1; return .input(name)
        case .open:
            index += 1
            let node = try parseSum()
            guard tokens[index].token == .close else { throw error("expected \")\"") }
            index += 1
            return node
        case .end: throw error("the formula ends where a number, name or \"(\" is expected")
        default: throw error("expected a number, name or \"(\" but found \"\(token.text)\"")
        }
    }

    private func error(_ message: String) -> FormulaSyntaxError {
        FormulaSyntaxError(formula: source, position: tokens[index].position, message: message)
    }

    private static func tokenize(_ source: String) throws(FormulaSyntaxError) -> [(token: Token, position: Int)] {
        let characters = Array(source)
        var tokens: [(token: Token, position: Int)] = []
        var i = 0
        while i < characters.count {
            let c = characters[i], position = i + 1
            if c.isWhitespace { i += 1; continue }
            if let symbol = symbol(c) {
                tokens.append((symbol, position))
                i += 1
            } else if c.isASCII, c.isNumber || c == "." {
                var end = i
                while end < characters.count, characters[end].isASCII, characters[end].isNumber || characters[end] == "." {
                    end += 1
                }
                let text = String(characters[i..<end])
                guard let value = Double(text), value.isFinite else {
                    throw FormulaSyntaxError(formula: source, position: position, message: "\"\(text)\" is not a number")
                }
                tokens.append((.number(value), position))
                i = end
            } else if c.isLetter || c == "_" {
                var end = i
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" {
                    end += 1
                }
                tokens.append((.name(String(characters[i..<end])), position))
                i = end
            } else {
                throw FormulaSyntaxError(formula: source, position: position, message: "unexpected character \"\(c)\"")
            }
        }
        tokens.append((.end, characters.count + 1))
        return tokens
    }

    /// Operators and parentheses, with the typographic forms used in the domain's formulas.
    private static func symbol(_ c: Character) -> Token? {
        switch c {
        case "+": return .plus
        case "-", "−": return .minus
        case "*", "×": return .times
        case "/", "÷": return .divide
        case "(": return .open
        case ")": return .close
        default: return nil
        }
    }
}
