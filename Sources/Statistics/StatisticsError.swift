/// Why a statistical computation was refused.
public enum StatisticsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A distribution parameter is out of its domain (e.g. degrees of freedom ≤ 0).
    case invalidParameter(name: String, value: Double)
    /// A summary of no values was asked for.
    case emptySample
    /// The sample contains NaN.
    case notANumber

    public var description: String {
        switch self {
        case .invalidParameter(let name, let value): return "\(name) = \(value) is outside its valid range"
        case .emptySample: return "no values to summarise"
        case .notANumber: return "the values contain NaN"
        }
    }
}
