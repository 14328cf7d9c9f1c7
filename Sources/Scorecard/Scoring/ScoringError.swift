/// What stops values from being scored, with the place in the values file when known.
///
/// Descriptions are one line, e.g. `values.csv, line 9: "target_atainment" is neither a KPI nor
/// an input of one (did you mean target_attainment?)` or
/// `entity "ana": cannot compute cac: the result is not a finite number`.
public struct ScoringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the offending value was read; `nil` when the problem has no single place.
    public let location: FileLocation?
    /// What is wrong.
    public let problem: Problem

    /// Creates an error.
    public init(location: FileLocation?, problem: Problem) {
        self.location = location
        self.problem = problem
    }

    /// The kinds of problems.
    public enum Problem: Equatable, Sendable {
        /// The name is not a KPI of the scorecard's catalogue nor an input of any formula.
        case unknownName(String, suggestion: String?)
        /// The value is NaN or infinite.
        case notFinite(entity: String, kpi: String)
        /// A value below 0 of a KPI that cannot be negative (``KPIDefinition/cannotBeNegative``).
        case negative(entity: String, kpi: String, value: Double)
        /// A value below 0 computed by the formula of a KPI that cannot be negative, from these
        /// inputs (by name).
        case negativeComputed(entity: String, kpi: String, value: Double, inputs: [String: Double])
        /// One entity appears with two roles.
        case conflictingRole(entity: String, first: String, second: String)
        /// One entity appears in two teams.
        case conflictingTeam(entity: String, first: String, second: String)
        /// Two values for the same entity and KPI (in the period scored).
        case duplicateValue(entity: String, kpi: String, first: FileLocation?)
        /// The values span several periods and none was chosen.
        case severalPeriods([String])
        /// Nothing to score (in the chosen period, when one was chosen).
        case noValues(period: String?, periods: [String])
        /// No entity has a role of the scorecard.
        case noScoredRoles(found: [String], scorecard: [String])
        /// A KPI's formula could not be evaluated for the entity (its result is not finite; a
        /// division by zero leaves the KPI without a value instead).
        case computation(entity: String, KPIComputationError)
    }

    public var description: String {
        (location.map { "\($0): " } ?? "") + message
    }

    private var message: String {
        switch problem {
        case .unknownName(let name, let suggestion):
            return "\"\(name)\" is neither a KPI nor an input of one" + (suggestion.map { " (did you mean \($0)?)" } ?? "")
        case .notFinite(let entity, let kpi): return "entity \"\(entity)\": the value of \(kpi) is not a finite number"
        case .negative(let entity, let kpi, let value):
            return "entity \"\(entity)\": \(kpi) \(Format.number(value)) is negative, which \(kpi) cannot be"
        case .negativeComputed(let entity, let kpi, let value, let inputs):
            let from = inputs.sorted { $0.key < $1.key }.map { "\($0.key) \(Format.number($0.value))" }.joined(separator: ", ")
            let check = inputs.values.contains { $0 < 0 } ? "check the negative input" : "check the inputs and the formula"
            return "entity \"\(entity)\": \(kpi) computed from \(from) is \(Format.number(value)), "
                + "which \(kpi) cannot be: \(check)"
        case .conflictingRole(let entity, let first, let second):
            return "entity \"\(entity)\" has role \(second) here but \(first) elsewhere"
        case .conflictingTeam(let entity, let first, let second):
            return "entity \"\(entity)\" is in team \(second) here but \(first) elsewhere"
        case .duplicateValue(let entity, let kpi, let first):
            return "a second value of \(kpi) for entity \"\(entity)\"" + (first.map { " (the first is on line \($0.line))" } ?? "")
        case .severalPeriods(let periods):
            return "the values cover several periods (\(periods.joined(separator: ", "))); score one period at a time"
        case .noValues(let period, let periods):
            guard let period else { return "there are no values to score" }
            return "no values for period \(period)" + (periods.isEmpty ? "" : " (periods: \(periods.joined(separator: ", ")))")
        case .noScoredRoles(let found, let scorecard):
            return "no entity has a role of the scorecard (roles in the values: \(found.joined(separator: ", ")); "
                + "in the scorecard: \(scorecard.joined(separator: ", ")))"
        case .computation(let entity, let error): return "entity \"\(entity)\": \(error)"
        }
    }
}
