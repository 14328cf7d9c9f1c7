import Foundation
import LinearAlgebra

/// An arithmetic expression over data columns, as written inside `I(...)`, `log(...)` and
/// friends, or as a bare variable.
indirect enum Expression: Equatable, Sendable {
    case variable(String)
    case number(Double)
    case negate(Expression)
    case binary(String, Expression, Expression)
    case call(String, Expression)

    /// Functions a formula may call on a numeric expression.
    static let functions: Set<String> = ["log", "log10", "log2", "exp", "sqrt", "abs"]

    /// The data columns the expression reads, in order of first use.
    var variables: [String] {
        switch self {
        case .variable(let name): return [name]
        case .number: return []
        case .negate(let inner), .call(_, let inner): return inner.variables
        case .binary(_, let lhs, let rhs):
            let left = lhs.variables
            return left + rhs.variables.filter { !left.contains($0) }
        }
    }

    /// Evaluates the expression for every row; `nil` where an input is missing.
    ///
    /// Sums, differences, products, quotients and integer powers are carried in
    /// double-double, so a column such as `x^10` is exact to about 32 digits; other functions
    /// are evaluated in double precision.
    func evaluate(_ columns: [String: [Double?]], rows: Int) -> [DoubleDouble?] {
        switch self {
        case .variable(let name):
            return (columns[name] ?? []).map { $0.map(DoubleDouble.init) }
        case .number(let value):
            return Array(repeating: DoubleDouble(value), count: rows)
        case .negate(let inner):
            return inner.evaluate(columns, rows: rows).map { $0.map { -$0 } }
        case .binary(let op, let lhs, let rhs):
            let left = lhs.evaluate(columns, rows: rows)
            if op == "^", case .number(let exponent) = rhs, exponent == exponent.rounded(), abs(exponent) <= 64 {
                return left.map { $0.map { Expression.integerPower($0, Int(exponent)) } }
            }
            let right = rhs.evaluate(columns, rows: rows)
            return zip(left, right).map { pair in
                guard let a = pair.0, let b = pair.1 else { return nil }
                switch op {
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/": return a / b
                default: return DoubleDouble(pow(a.value, b.value))
                }
            }
        case .call(let function, let inner):
            return inner.evaluate(columns, rows: rows).map { value in
                value.map { x -> DoubleDouble in
                    switch function {
                    case "sqrt": return x.value >= 0 ? x.squareRoot() : DoubleDouble(.nan)
                    case "abs": return x.magnitude
                    case "exp": return DoubleDouble(exp(x.value))
                    case "log10": return DoubleDouble(log10(x.value))
                    case "log2": return DoubleDouble(log2(x.value))
                    default: return DoubleDouble(log(x.value))
                    }
                }
            }
        }
    }

    /// `x^k` for an integer `k` by repeated squaring in double-double.
    static func integerPower(_ x: DoubleDouble, _ k: Int) -> DoubleDouble {
        var result = DoubleDouble(1), square = x, remaining = abs(k)
        while remaining > 0 {
            if remaining & 1 == 1 { result = result * square }
            remaining >>= 1
            if remaining > 0 { square = square * square }
        }
        return k < 0 ? DoubleDouble(1) / result : result
    }
}
