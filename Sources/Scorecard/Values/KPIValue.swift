/// One number for one entity (a person): the value of a KPI, or of an input a KPI's formula
/// reads (`actual` and `target` let `target_attainment` be computed).
///
/// Values come from any origin — a VALUES.csv file (``ValuesFile``), the store, or the
/// analytics (`projected_attainment`, `sales_contribution_rate`). The audit step marks values
/// it distrusts as ``excluded``: they then score like missing values, with the reason shown.
public struct KPIValue: Sendable, Equatable {
    /// The person (or other scored unit), e.g. an employee id.
    public var entity: String
    /// The entity's role, which picks its scorecard.
    public var role: String
    /// The entity's team, for team aggregates.
    public var team: String?
    /// The period the value belongs to, e.g. `2026Q1`.
    public var period: String?
    /// A KPI id or the name of a formula input.
    public var kpi: String
    /// The number.
    public var value: Double
    /// Whether the value must not count (e.g. flagged as possibly fabricated).
    public var excluded: Bool
    /// Why the value is excluded.
    public var exclusionReason: String?
    /// Where the value was read, for messages; `nil` for values made in code.
    public var location: FileLocation?

    /// Creates a value.
    public init(entity: String, role: String, team: String? = nil, period: String? = nil, kpi: String, value: Double,
                excluded: Bool = false, exclusionReason: String? = nil, location: FileLocation? = nil) {
        self.entity = entity
        self.role = role
        self.team = team
        self.period = period
        self.kpi = kpi
        self.value = value
        self.excluded = excluded
        self.exclusionReason = exclusionReason
        self.location = location
    }

    /// The same value marked as excluded for `reason`.
    public func excluding(reason: String) -> KPIValue {
        var copy = self
        copy.excluded = true
        copy.exclusionReason = reason
        return copy
    }
}
