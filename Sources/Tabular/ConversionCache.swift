import Synchronization

/// Numeric columns a ``Table`` has already converted, shared safely between threads.
///
/// A model reads the same column several times (to find complete rows, to build the design,
/// for the response); converting text to numbers once per column keeps that cheap.
final class ConversionCache: Sendable {
    private let storage = Mutex<[String: [Double?]]>([:])

    func values(for column: String) -> [Double?]? {
        storage.withLock { $0[column] }
    }

    func store(_ values: [Double?], for column: String) {
        storage.withLock { $0[column] = values }
    }
}
