/// The parsed form of a ``KPIFormula``: numbers, input names and the four arithmetic
/// operations.
indirect enum FormulaNode: Sendable, Equatable {
    case number(Double)
    case input(String)
    case negate(FormulaNode)
    case binary(FormulaOperator, FormulaNode, FormulaNode)

    /// The input names in order of first appearance, each once.
    var inputs: [String] {
        var names: [String] = []
        collectInputs(into: &names)
        return names
    }

    private func collectInputs(into names: inout [String]) {
        switch self {
        case .number: break
        case .input(let name): if !names.contains(name) { names.append(name) }
        case .negate(let operand): operand.collectInputs(into: &names)
        case .binary(_, let left, let right):
            left.collectInputs(into: &names)
            right.collectInputs(into: &names)
        }
    }

    /// The value for the given inputs.
    /// - Throws: ``FormulaFailure`` for a missing input or a zero divisor.
    func evaluate(_ inputs: [String: Double]) throws(FormulaFailure) -> Double {
        switch self {
        case .number(let value): return value
        case .input(let name):
            guard let value = inputs[name] else { throw .missingInput(name) }
            return value
        case .negate(let operand): return -(try operand.evaluate(inputs))
        case .binary(let op, let left, let right):
            let l = try left.evaluate(inputs), r = try right.evaluate(inputs)
            switch op {
            case .add: return l + r
            case .subtract: return l - r
            case .multiply: return l * r
            case .divide:
                guard r != 0 else { throw .divisionByZero(divisor: right.text) }
                return l / r
            }
        }
    }

    /// The formula written out with + − × ÷ and only the parentheses it needs.
    var text: String { text(parentPrecedence: 0, rightOperand: false) }

    private func text(parentPrecedence: Int, rightOperand: Bool) -> String {
        switch self {
        case .number(let value): return Format.number(value)
        case .input(let name): return name
        case .negate(let operand): return "−" + operand.text(parentPrecedence: 3, rightOperand: false)
        case .binary(let op, let left, let right):
            let body = left.text(parentPrecedence: op.precedence, rightOperand: false) + " \(op.rawValue) "
                + right.text(parentPrecedence: op.precedence, rightOperand: true)
            let needsParentheses = op.precedence < parentPrecedence
                || (op.precedence == parentPrecedence && rightOperand)
            return needsParentheses ? "(\(body))" : body
        }
    }
}

/// The binary operators of the formula language, with their canonical symbols.
enum FormulaOperator: String, Sendable {
    case add = "+", subtract = "−", multiply = "×", divide = "÷"

    /// Multiplication and division bind tighter than addition and subtraction.
    var precedence: Int { self == .add || self == .subtract ? 1 : 2 }
}

/// Why a formula could not be evaluated.
enum FormulaFailure: Error, Equatable {
    case missingInput(String)
    case divisionByZero(divisor: String)
}
