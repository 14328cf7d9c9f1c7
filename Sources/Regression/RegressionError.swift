import LinearAlgebra

/// Why a model could not be fitted, phrased for the person who wrote the formula or the data.
public enum RegressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The formula does not parse.
    case formula(String, source: String)
    /// A computed value is not finite (e.g. `log` of zero) on this line of the data.
    case nonFiniteValue(expression: String, source: String, line: Int)
    /// Weights must be positive and finite.
    case invalidWeight(column: String, source: String, line: Int, value: Double)
    /// Not enough complete rows for the number of coefficients.
    case tooFewRows(rows: Int, parameters: Int)
    /// A categorical variable with a single level cannot be coded.
    case singleLevel(factor: String, level: String)
    /// New data holds a level the model was not fitted with.
    case unknownLevel(factor: String, level: String, source: String, line: Int)
    /// The design's columns are linearly dependent: each dependent column with the columns
    /// that make it, in term names, e.g. `x2 = 2·x1`.
    case collinear([String])
    /// An invalid setting (confidence level, ridge penalty, …).
    case invalidOption(String)
    /// A numerical failure that is not the data's fault.
    case numerical(LinearAlgebraError)

    public var description: String {
        switch self {
        case .formula(let message, let source): return "formula \"\(source)\": \(message)"
        case .nonFiniteValue(let expression, let source, let line):
            return "\(source), line \(line): \(expression) is not a finite number"
        case .invalidWeight(let column, let source, let line, let value):
            return "\(source), line \(line), column \"\(column)\": weight \(value) must be positive"
        case .tooFewRows(let rows, let parameters):
            return "\(rows) complete rows are too few for \(parameters) coefficients (need more rows than coefficients)"
        case .singleLevel(let factor, let level):
            return "\(factor) has the single level \"\(level)\"; a categorical term needs at least two"
        case .unknownLevel(let factor, let level, let source, let line):
            return "\(source), line \(line): \(factor) level \"\(level)\" was not in the data the model was fitted on"
        case .collinear(let relations):
            return "the design is rank deficient; collinear terms: " + relations.joined(separator: "; ")
        case .invalidOption(let message): return message
        case .numerical(let error): return "numerical failure: \(error)"
        }
    }
}
