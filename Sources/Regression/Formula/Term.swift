/// One factor of a model term: a numeric expression, or a categorical variable.
public struct Factor: Hashable, Sendable {
    /// The canonical name used in column names, e.g. `visits`, `I(leads^2)`, `C(region)`.
    public let name: String
    /// The expression that produces the factor's values.
    let expression: Expression
    /// `true` when written as `C(...)`: categorical whatever the column holds. A bare
    /// variable whose column holds text is categorical too (decided against the data).
    let explicitlyCategorical: Bool

    public static func == (lhs: Factor, rhs: Factor) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// A model term: the interaction of one or more factors (one factor is a main effect).
/// The order of factors is kept for naming; equality ignores it (`a:b` is `b:a`).
public struct Term: Hashable, Sendable {
    /// Factors in the order written.
    public let factors: [Factor]

    /// The term's name, e.g. `visits:C(region)`.
    public var name: String { factors.map(\.name).joined(separator: ":") }

    /// The term with the factors of both, without repeats (`a:b` times `b:c` is `a:b:c`).
    func interacting(with other: Term) -> Term {
        Term(factors: factors + other.factors.filter { !factors.contains($0) })
    }

    public static func == (lhs: Term, rhs: Term) -> Bool { Set(lhs.factors) == Set(rhs.factors) }
    public func hash(into hasher: inout Hasher) { hasher.combine(Set(factors)) }
}
