/// One KPI: its id, what it measures, and how it is computed from named inputs.
///
/// A KPI with a ``formula`` can be computed from its inputs with ``compute(inputs:)``; any KPI
/// can also be given directly as a value. Formula inputs may themselves be KPI ids, so
/// `sales_contribution_rate = sales_growth_rate × marketing_impact_coefficient` reuses the
/// sales growth KPI.
public struct KPIDefinition: Sendable, Equatable {
    /// The snake_case id used in scorecards and value files, e.g. `target_attainment`.
    public let id: String
    /// The name people read, e.g. "target attainment rate".
    public let name: String
    /// How the KPI follows from its inputs; `nil` when it can only be given as a value.
    public let formula: KPIFormula?
    /// What the number measures.
    public let unit: KPIUnit
    /// Whether higher or lower values are better.
    public let direction: KPIDirection
    /// The line of the scorecard file that defines a user's KPI; `nil` for built-in KPIs and
    /// KPIs made in code.
    public let line: Int?

    /// Creates a KPI definition.
    public init(id: String, name: String, formula: KPIFormula?, unit: KPIUnit, direction: KPIDirection,
                line: Int? = nil) {
        self.id = id
        self.name = name
        self.formula = formula
        self.unit = unit
        self.direction = direction
        self.line = line
    }

    /// The names the formula reads; empty when the KPI has no formula.
    public var inputs: [String] { formula?.inputs ?? [] }

    /// Whether a value below 0 is impossible: counts and durations, and costs, turnover and
    /// other lower-is-better money, percentages and ratios (a negative one would score as the
    /// best there is).
    public var cannotBeNegative: Bool {
        switch unit {
        case .count, .hours: return true
        case .currency, .currencyPerDay, .percent, .ratio: return direction == .lowerIsBetter
        case .score, .number: return false
        }
    }

    /// The KPI's value from the values of its inputs.
    ///
    /// `KPICatalogue.builtIn["target_attainment"]?.compute(inputs: ["actual": 480, "target": 500])`
    /// is 96.
    /// - Throws: ``KPIComputationError`` when the KPI has no formula, an input is missing, a
    ///   divisor is zero or the result is not finite.
    public func compute(inputs: [String: Double]) throws(KPIComputationError) -> Double {
        guard let formula else { throw .noFormula(kpi: id) }
        let value: Double
        do { value = try formula.root.evaluate(inputs) } catch {
            switch error {
            case .missingInput(let input): throw .missingInput(kpi: id, input: input)
            case .divisionByZero(let divisor): throw .divisionByZero(kpi: id, divisor: divisor)
            }
        }
        guard value.isFinite else { throw .notFinite(kpi: id) }
        return value
    }
}
