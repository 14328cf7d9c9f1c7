/// What went wrong with the store itself or with runs and their results.
///
/// Descriptions are single lines meant for end users.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file was written by a newer KPIKit whose schema this version does not know.
    case newerSchema(path: String)
    /// No run has this id.
    case unknownRun(RunID)
    /// The run has finished; its results can no longer change.
    case runFinished(RunID)
    /// A run already holds a result of this kind and key.
    case duplicateResult(run: RunID, kind: ResultKind, key: String)
    /// The text given as a result is not JSON.
    case invalidJSON(run: RunID, kind: ResultKind, key: String)
    /// A stored date or period that does not read back (the file was changed outside KPIKit).
    case unreadableValue(table: String, value: String)
    /// The file cannot be opened as a store: not SQLite, unreadable, or in a folder that
    /// cannot be written.
    case unopenable(path: String, reason: String)

    /// One line saying what went wrong.
    public var description: String {
        switch self {
        case .newerSchema(let path):
            return "\(path): written by a newer version of KPIKit (unknown schema migrations)"
        case .unknownRun(let run): return "no run \(run)"
        case .runFinished(let run): return "run \(run) has finished; its results cannot change"
        case .duplicateResult(let run, let kind, let key):
            return "run \(run) already has a \(kind) result for \"\(key)\""
        case .invalidJSON(let run, let kind, let key):
            return "run \(run), \(kind) result \"\(key)\": not valid JSON"
        case .unreadableValue(let table, let value):
            return "the store's \(table) table holds \"\(value)\", which is not a valid date or period"
        case .unopenable(let path, let reason):
            return "\(path): the store cannot be opened (\(reason)); it must be a KPIKit store or a new file in a writable folder"
        }
    }
}
