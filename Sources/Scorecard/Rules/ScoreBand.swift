/// One band of a ``ScoringRule/bands(_:)`` rule: values from ``min`` to ``max`` (both
/// inclusive, either open) earn ``points``.
///
/// A band with neither bound matches every value ("otherwise") and belongs last.
public struct ScoreBand: Sendable, Equatable {
    /// The lowest value in the band; `nil` for no lower bound.
    public let min: Double?
    /// The highest value in the band; `nil` for no upper bound.
    public let max: Double?
    /// The KPI score (0–100) a value in the band earns.
    public let points: Double

    /// Creates a band.
    public init(min: Double? = nil, max: Double? = nil, points: Double) {
        self.min = min
        self.max = max
        self.points = points
    }

    /// Whether the value lies in the band (its bounds to 12 significant digits, as the values
    /// ``ScoringRule`` compares).
    public func contains(_ value: Double) -> Bool {
        (min.map { value >= ScoringRule.settled($0) } ?? true) && (max.map { value <= ScoringRule.settled($0) } ?? true)
    }

    /// Whether every value `other` holds lies in this band too.
    func covers(_ other: ScoreBand) -> Bool {
        (min.map { low in other.min.map { $0 >= low } ?? false } ?? true)
            && (max.map { high in other.max.map { $0 <= high } ?? false } ?? true)
    }

    /// `≥ 90`, `≤ 5`, `75–90` or `otherwise`.
    public var range: String {
        switch (min, max) {
        case let (low?, high?): return "\(Format.number(low))–\(Format.number(high))"
        case let (low?, nil): return "≥ \(Format.number(low))"
        case let (nil, high?): return "≤ \(Format.number(high))"
        case (nil, nil): return "otherwise"
        }
    }
}
