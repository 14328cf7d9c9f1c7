/// A one-line reason that input cannot be used, naming the file, line and column or the
/// series at fault.
public struct InputError: Error, CustomStringConvertible, Sendable {
    /// The reason, as printed.
    public let description: String

    /// An error with its message.
    public init(_ description: String) { self.description = description }
}
