/// What is wrong with the text of a formula, and where.
///
/// The description is one line, e.g. `"actual / (target": position 16: expected ")"`.
public struct FormulaSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The formula text.
    public let formula: String
    /// The 1-based character position of the problem.
    public let position: Int
    /// What was expected or found there.
    public let message: String

    /// Creates a syntax error.
    public init(formula: String, position: Int, message: String) {
        self.formula = formula
        self.position = position
        self.message = message
    }

    /// One line even for a formula written over several lines in YAML.
    public var description: String {
        "\"\(formula.split(whereSeparator: \.isNewline).joined(separator: " "))\": position \(position): \(message)"
    }
}
