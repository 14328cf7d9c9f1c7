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
    /// HC2 and HC3 divide each squared residual by `1 − hᵢ`: an observation of leverage 1
    /// (the fit passes through it whatever its value, e.g. the one row of a category level)
    /// leaves them undefined. The observations are data lines when `source` names the data,
    /// else 1-based positions among the design's rows.
    case leverageOne(covariance: String, source: String?, observations: [Int])
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
        case .leverageOne(let covariance, let source, let observations):
            let shown = observations.prefix(5).map(String.init).joined(separator: ", ") + (observations.count > 5 ? ", …" : "")
            let place = source.map { "\($0), line\(observations.count > 1 ? "s" : "") \(shown)" }
                ?? "observation\(observations.count > 1 ? "s" : "") \(shown)"
            return "\(covariance) standard errors are undefined: \(place) \(observations.count > 1 ? "have" : "has") leverage 1 "
                + "(the fit passes through \(observations.count > 1 ? "them" : "it") whatever the value, as for the only row of a "
                + "category level); use HC0 or HC1, or leave \(observations.count > 1 ? "them" : "it") out"
        case .numerical(let error): return "numerical failure: \(error)"
        }
    }
}
