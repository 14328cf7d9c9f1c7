/// Where a value was read: a file (or other source) and a 1-based line.
public struct FileLocation: Sendable, Equatable, CustomStringConvertible {
    /// The file or source name, as messages show it.
    public let source: String
    /// The 1-based line.
    public let line: Int

    /// Creates a location.
    public init(source: String, line: Int) {
        self.source = source
        self.line = line
    }

    /// `values.csv, line 4`.
    public var description: String { "\(source), line \(line)" }
}
