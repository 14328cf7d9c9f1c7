import Foundation

/// An error thrown when data or parameters handed to the `Statistics` module
/// cannot produce a meaningful result.
///
/// The module never traps on user data: empty samples, non-finite values,
/// probabilities outside `[0, 1]` and invalid distribution parameters are all
/// reported through this type.
public enum StatisticsError: Error, Equatable, Sendable {
    /// The sample contains no values.
    case emptyInput

    /// The statistic needs at least `required` values but the sample has `actual`.
    case insufficientData(required: Int, actual: Int)

    /// The value at position `index` (counted from the start of the collection,
    /// starting at 0) is NaN or infinite.
    case nonFiniteValue(index: Int)

    /// A probability argument is NaN or lies outside the closed interval `[0, 1]`.
    case invalidProbability(Double)

    /// A distribution parameter is out of its domain.
    ///
    /// - Parameters:
    ///   - name: The parameter's name as spelled in the initializer, for example
    ///     `"degreesOfFreedom"`.
    ///   - value: The rejected value.
    ///   - requirement: What the parameter must satisfy, for example
    ///     `"finite and greater than 0"`.
    case invalidParameter(name: String, value: Double, requirement: String)

    /// Two errors are equal when they have the same case and associated
    /// values; NaN values compare equal to each other here, so that an error
    /// reporting a NaN argument can be matched.
    public static func == (lhs: StatisticsError, rhs: StatisticsError) -> Bool {
        switch (lhs, rhs) {
        case (.emptyInput, .emptyInput):
            return true
        case let (.insufficientData(r1, a1), .insufficientData(r2, a2)):
            return r1 == r2 && a1 == a2
        case let (.nonFiniteValue(i1), .nonFiniteValue(i2)):
            return i1 == i2
        case let (.invalidProbability(p1), .invalidProbability(p2)):
            return p1 == p2 || (p1.isNaN && p2.isNaN)
        case let (.invalidParameter(n1, v1, q1), .invalidParameter(n2, v2, q2)):
            return n1 == n2 && q1 == q2 && (v1 == v2 || (v1.isNaN && v2.isNaN))
        default:
            return false
        }
    }
}

extension StatisticsError: CustomStringConvertible {
    /// A human-readable explanation of the error.
    public var description: String {
        switch self {
        case .emptyInput:
            return "The sample is empty."
        case let .insufficientData(required, actual):
            return "The statistic needs at least \(required) values, but the sample has \(actual)."
        case let .nonFiniteValue(index):
            return "The sample value at index \(index) is NaN or infinite."
        case let .invalidProbability(p):
            return "The probability \(p) is not in the interval [0, 1]."
        case let .invalidParameter(name, value, requirement):
            return "Invalid parameter \(name) = \(value): it must be \(requirement)."
        }
    }
}

extension StatisticsError: LocalizedError {
    /// The same text as ``description``, for APIs that present localized errors.
    public var errorDescription: String? { description }
}
