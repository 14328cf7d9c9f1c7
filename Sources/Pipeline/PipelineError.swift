import Scorecard

/// Why the main job could not run, in one line naming the file (and line) to fix.
public enum PipelineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The project file cannot be read.
    case unreadable(path: String, reason: String)
    /// The project file has a problem on this line.
    case project(source: String, line: Int?, problem: String)
    /// A role in the people file has no scorecard section (the person cannot be scored).
    case noTargets(period: String)
    /// The HTML report cannot be written to this path.
    case unwritableReport(path: String, reason: String)
    /// A KPI value's role or team for a person differs from the people file's.
    case valueDisagreesWithPeople(entity: String, kpi: String, field: String, value: String, people: String, file: String)
    /// Scoring refused the values taken together (a formula that cannot be computed, one
    /// person with two roles or teams in KPI values stored from different files), which the
    /// checks of one file at ingest could not see.
    case valuesRefused(ScoringError)

    /// How to correct a value the store already keeps.
    static let correction = "a store keeps each row as first ingested: to correct it, start a new store and run again"

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
        case .project(let source, let line, let problem):
            return line.map { "\(source), line \($0): \(problem)" } ?? "\(source): \(problem)"
        case .noTargets(let period): return "no targets for period \(period): attainment cannot be computed"
        case .unwritableReport(let path, let reason): return "\(path): the report cannot be written (\(reason))"
        case .valueDisagreesWithPeople(let entity, let kpi, let field, let value, let people, let file):
            return "\(file): the \(kpi) value of \(entity) gives the \(field) \(value), the people file \(people); they must agree "
                + "(\(Self.correction))"
        case .valuesRefused(let error):
            switch error.problem {
            case .conflictingRole, .conflictingTeam: return "\(error), in the stored KPI values (\(Self.correction))"
            default: return "\(error) (if a stored KPI value is wrong: \(Self.correction))"
            }
        }
    }
}
