import Statistics
import Synchronization

/// Two-sided Student t critical values, remembered per degrees of freedom and level.
///
/// Fitting many small models of the same shape (one per sales representative, say) asks for
/// the same quantile every time, and solving for it costs more than the rest of a small
/// fit's inference. The memory is bounded and shared by all threads.
enum CriticalValues {
    private struct Key: Hashable {
        let degreesOfFreedom: Double
        let level: Double
    }

    /// At most this many values are kept; past it the memory starts afresh.
    private static let capacity = 256
    private static let remembered = Mutex<[Key: Double]>([:])

    /// The `t` with `P(|T| ≤ t) = level` under `distribution`.
    static func studentT(_ distribution: StudentT, level: Double) -> Double {
        let key = Key(degreesOfFreedom: distribution.degreesOfFreedom, level: level)
        if let known = remembered.withLock({ $0[key] }) { return known }
        let value = distribution.quantile(0.5 + level / 2)
        remembered.withLock { values in
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
        return value
    }
}
