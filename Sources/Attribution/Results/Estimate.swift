/// A number with its interval: the point estimate and the bootstrap percentile interval at
/// the result's level (`low == high == value` when no bootstrap was run).
public struct Estimate: Sendable, Equatable {
    public var value: Double
    public var low: Double
    public var high: Double

    public init(value: Double, low: Double, high: Double) {
        self.value = value
        self.low = low
        self.high = high
    }

    /// An exact number (no uncertainty), e.g. the contribution of a channel that never spent.
    public static func exact(_ value: Double) -> Estimate { Estimate(value: value, low: value, high: value) }

    /// The point `value` with the `level` percentile interval of `replicates` (type-7
    /// quantiles), cut at `floor` (for a quantity that cannot be negative, whose replicates
    /// can) and widened to include the point if it falls outside; without replicates the
    /// interval is the point.
    static func from(_ value: Double, replicates: [Double], level: Double, floor: Double = -.infinity) -> Estimate {
        var sorted = replicates.filter(\.isFinite)
        guard !sorted.isEmpty else { return .exact(value) }
        sorted.sort()
        func quantile(_ p: Double) -> Double {
            let h = Double(sorted.count - 1) * p
            let lower = Int(h.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
            return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
        }
        let tail = (1 - level) / 2
        return Estimate(value: value, low: min(max(quantile(tail), floor), value), high: max(quantile(1 - tail), value, floor))
    }
}
