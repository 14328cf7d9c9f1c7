/// A KPI's formula over named inputs, e.g. `actual / target × 100`.
///
/// The language has numbers (`100`, `0.5`), input names (letters, digits and `_`, not starting
/// with a digit), the operators `+`, `-` (or `−`), `*` (or `×`), `/` (or `÷`), unary minus and
/// parentheses. Multiplication and division bind tighter than addition and subtraction;
/// operators of equal precedence group from the left, so `a / b * 100` is `(a / b) * 100`.
public struct KPIFormula: Sendable, Equatable, CustomStringConvertible {
    /// The formula as it was written.
    public let source: String
    let root: FormulaNode

    /// Parses a formula.
    /// - Throws: ``FormulaSyntaxError`` with the position of the first problem.
    public init(parsing source: String) throws(FormulaSyntaxError) {
        var parser = try FormulaParser(source)
        self.source = source
        self.root = try parser.parseFormula()
    }

    /// The names the formula reads, in order of first appearance.
    public var inputs: [String] { root.inputs }

    /// The formula in canonical form, with `+ − × ÷` and only the parentheses it needs.
    public var description: String { root.text }
}
