/// A lexical token of a model formula.
enum FormulaToken: Equatable, Sendable {
    case name(String)
    case number(Double, text: String)
    case symbol(String)  // ~ + - * / ^ : ( ) ,

    /// The token as it appears in canonical term names (`**` is written `^`).
    var text: String {
        switch self {
        case .name(let name):
            return name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) ? name : "`\(name)`"
        case .number(_, let text): return text
        case .symbol(let symbol): return symbol
        }
    }
}

/// Splits a formula string into tokens.
enum FormulaLexer {
    static func tokens(_ source: String) throws -> [FormulaToken] {
        var tokens: [FormulaToken] = []
        let characters = Array(source)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c.isWhitespace { i += 1; continue }
            if c.isLetter || c == "_" || c == "." && !(i + 1 < characters.count && characters[i + 1].isNumber) {
                var j = i
                while j < characters.count, characters[j].isLetter || characters[j].isNumber || characters[j] == "_" || characters[j] == "." { j += 1 }
                tokens.append(.name(String(characters[i..<j])))
                i = j
            } else if c.isNumber || c == "." {
                var j = i
                while j < characters.count, characters[j].isNumber || characters[j] == "." { j += 1 }
                if j < characters.count, characters[j] == "e" || characters[j] == "E" {
                    var k = j + 1
                    if k < characters.count, characters[k] == "+" || characters[k] == "-" { k += 1 }
                    if k < characters.count, characters[k].isNumber {
                        j = k
                        while j < characters.count, characters[j].isNumber { j += 1 }
                    }
                }
                let text = String(characters[i..<j])
                guard let value = Double(text) else {
                    throw RegressionError.formula("'\(text)' is not a number", source: source)
                }
                tokens.append(.number(value, text: text))
                i = j
            } else if c == "`" {
                guard let end = characters[(i + 1)...].firstIndex(of: "`") else {
                    throw RegressionError.formula("unclosed backtick", source: source)
                }
                tokens.append(.name(String(characters[(i + 1)..<end])))
                i = end + 1
            } else if c == "*", i + 1 < characters.count, characters[i + 1] == "*" {
                tokens.append(.symbol("^"))
                i += 2
            } else if "~+-*/^:(),".contains(c) {
                tokens.append(.symbol(String(c)))
                i += 1
            } else {
                let hint = c == "'" || c == "\"" ? " (quotes are not formula syntax: a column name with other characters is "
                    + "written in backticks, `net revenue`; options such as C(g, Treatment('b')) are not supported)" : ""
                throw RegressionError.formula("unexpected character '\(c)'" + hint, source: source)
            }
        }
        return tokens
    }
}
