/// Why a linear-algebra operation could not produce a result.
///
/// Every LAPACK status other than success becomes one of these; none of them is a crash.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Operand shapes do not fit together.
    case dimensionMismatch(String)
    /// An operand holds NaN or infinity.
    case nonFinite(String)
    /// A matrix that must be positive definite is not: the leading minor of this order
    /// (1-based) is not positive.
    case notPositiveDefinite(minor: Int)
    /// A triangular or square system is exactly singular at this 1-based position.
    case singular(position: Int)
    /// An iterative routine (SVD, eigen) did not converge.
    case noConvergence(routine: String, info: Int)
    /// The least-squares design does not have full column rank.
    case rankDeficient(RankDeficiency)
    /// LAPACK reported an argument error; this indicates a bug in the caller.
    case invalidArgument(routine: String, position: Int)

    public var description: String {
        switch self {
        case .dimensionMismatch(let what): return "dimension mismatch: \(what)"
        case .nonFinite(let what): return "non-finite values in \(what)"
        case .notPositiveDefinite(let minor):
            return "matrix is not positive definite (leading minor \(minor) is not positive)"
        case .singular(let position): return "matrix is singular (zero pivot at \(position))"
        case .noConvergence(let routine, let info):
            return "\(routine) did not converge (info \(info))"
        case .rankDeficient(let deficiency): return deficiency.description
        case .invalidArgument(let routine, let position):
            return "internal error: \(routine) rejected argument \(position)"
        }
    }
}

/// How a design matrix fails to have full column rank.
///
/// The columns are split into a basis (independent columns) and dependent columns; each
/// dependent column is reported with the combination of basis columns that reproduces it.
public struct RankDeficiency: Equatable, Sendable, CustomStringConvertible {
    /// The numerical rank.
    public let rank: Int
    /// Number of columns of the design.
    public let columnCount: Int
    /// One entry per dependent column.
    public let dependencies: [Dependency]

    /// A column that is (numerically) a linear combination of others.
    public struct Dependency: Equatable, Sendable {
        /// The dependent column (zero-based).
        public let column: Int
        /// Basis columns with their weights: `column ≈ Σ weight · x[basisColumn]`.
        /// Negligible weights are left out.
        public let combination: [(column: Int, weight: Double)]

        public static func == (lhs: Dependency, rhs: Dependency) -> Bool {
            lhs.column == rhs.column
                && lhs.combination.map(\.column) == rhs.combination.map(\.column)
                && lhs.combination.map(\.weight) == rhs.combination.map(\.weight)
        }
    }

    public var description: String {
        let parts = dependencies.map { dependency -> String in
            let terms = dependency.combination.map { "\($0.weight)·column \($0.column)" }
            return "column \(dependency.column) = " + (terms.isEmpty ? "0" : terms.joined(separator: " + "))
        }
        return "rank deficient (rank \(rank) of \(columnCount)): " + parts.joined(separator: "; ")
    }
}
