/// Why a KPI could not be computed from its inputs.
///
/// Descriptions are one line, e.g. `cannot compute cac: division by zero (new_customers is 0)`.
public enum KPIComputationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The KPI has no formula: its value must be given directly.
    case noFormula(kpi: String)
    /// An input the formula reads was not supplied.
    case missingInput(kpi: String, input: String)
    /// A divisor of the formula is zero; `divisor` is that part of the formula.
    case divisionByZero(kpi: String, divisor: String)
    /// The result overflowed to infinity.
    case notFinite(kpi: String)

    public var description: String {
        switch self {
        case .noFormula(let kpi): return "\(kpi) has no formula: its value must be given directly"
        case .missingInput(let kpi, let input): return "cannot compute \(kpi): input \"\(input)\" has no value"
        case .divisionByZero(let kpi, let divisor): return "cannot compute \(kpi): division by zero (\(divisor) is 0)"
        case .notFinite(let kpi): return "cannot compute \(kpi): the result is not a finite number"
        }
    }
}
