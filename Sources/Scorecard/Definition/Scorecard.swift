/// A scorecard: the roles it scores, each with weighted dimensions of weighted KPIs, and the
/// KPIs it may use (the built-in catalogue plus its own formulas).
///
/// Read one from YAML with ``ScorecardFile``, or build one in code; either way the
/// initializer checks it, so a `Scorecard` value is always consistent: weights positive and
/// summing to 100 in every role and dimension, every KPI known and used once per role, every
/// rule able to score, no user KPI defined in terms of itself. Score values with
/// ``score(_:period:)``.
public struct Scorecard: Sendable {
    /// The scorecard's name, e.g. `sales-2026Q1`.
    public let name: String
    /// The roles it scores, in file order.
    public let roles: [RoleDefinition]
    /// The built-in KPIs followed by the scorecard's own.
    public let catalogue: KPICatalogue
    /// Where the definition came from, as messages name it (usually the file path).
    public let source: String

    /// Creates and checks a scorecard.
    /// - Parameters:
    ///   - customKPIs: the scorecard's own KPIs, defined by formulas over inputs.
    ///   - source: the name errors use for the definition, e.g. its file.
    /// - Throws: ``ScorecardDefinitionError`` with the line (when known) of the first problem.
    public init(name: String, roles: [RoleDefinition], customKPIs: [KPIDefinition] = [],
                source: String = "scorecard") throws(ScorecardDefinitionError) {
        self.name = name
        self.roles = roles
        self.source = source
        self.catalogue = try Self.catalogue(adding: customKPIs, source: source)
        try checkRoles()
    }

    /// The role of that name.
    public func role(named name: String) -> RoleDefinition? {
        roles.first { $0.name == name }
    }

    private static func catalogue(adding custom: [KPIDefinition], source: String) throws(ScorecardDefinitionError)
        -> KPICatalogue {
        var seen = Set<String>()
        for definition in custom {
            let fail = { (problem: ScorecardDefinitionError.Problem) in
                ScorecardDefinitionError(source: source, line: definition.line, problem: problem)
            }
            guard KPICatalogue.builtIn[definition.id] == nil else { throw fail(.builtInRedefined(definition.id)) }
            guard seen.insert(definition.id).inserted else { throw fail(.duplicateKey(definition.id)) }
        }
        let catalogue = KPICatalogue.builtIn.adding(custom)
        if let cycle = catalogue.dependencyCycle() {
            let line = custom.first { cycle.contains($0.id) }?.line
            throw ScorecardDefinitionError(source: source, line: line, problem: .circularKPIs(cycle))
        }
        return catalogue
    }

    private func checkRoles() throws(ScorecardDefinitionError) {
        guard !roles.isEmpty else { throw ScorecardDefinitionError(source: source, line: nil, problem: .noRoles) }
        var rolesSeen = Set<String>()
        for role in roles {
            guard rolesSeen.insert(role.name).inserted else { throw fail(role.line, .duplicateKey(role.name)) }
            var kpisSeen = Set<String>(), dimensionsSeen = Set<String>()
            for dimension in role.dimensions {
                guard dimensionsSeen.insert(dimension.name).inserted else { throw fail(dimension.line, .duplicateKey(dimension.name)) }
                guard dimension.weight > 0 else {
                    throw fail(dimension.line, .nonPositiveWeight(what: "role \(role.name), dimension \(dimension.name)"))
                }
                for entry in dimension.kpis {
                    try check(entry, role: role.name, dimension: dimension.name)
                    guard kpisSeen.insert(entry.kpi).inserted else {
                        throw fail(entry.line, .duplicateKPI(role: role.name, kpi: entry.kpi))
                    }
                }
                let sum = dimension.kpis.reduce(0) { $0 + $1.weight }
                guard Self.isHundred(sum) else {
                    throw fail(dimension.line, .kpiWeights(role: role.name, dimension: dimension.name, sum: sum))
                }
            }
            let sum = role.dimensions.reduce(0) { $0 + $1.weight }
            guard Self.isHundred(sum) else { throw fail(role.line, .dimensionWeights(role: role.name, sum: sum)) }
        }
    }

    private func check(_ entry: WeightedKPI, role: String, dimension: String) throws(ScorecardDefinitionError) {
        guard catalogue[entry.kpi] != nil else {
            throw fail(entry.line, .unknownKPI(entry.kpi, suggestion: catalogue.suggestion(for: entry.kpi)))
        }
        guard entry.weight > 0 else {
            throw fail(entry.line, .nonPositiveWeight(what: "role \(role), dimension \(dimension), KPI \(entry.kpi)"))
        }
        if let reason = entry.rule.problem { throw fail(entry.line, .invalidRule(kpi: entry.kpi, reason: reason)) }
    }

    private func fail(_ line: Int?, _ problem: ScorecardDefinitionError.Problem) -> ScorecardDefinitionError {
        ScorecardDefinitionError(source: source, line: line, problem: problem)
    }

    /// Weights are percentages; sums within rounding of 100 (33.3 + 33.3 + 33.4) count as 100.
    private static func isHundred(_ sum: Double) -> Bool { abs(sum - 100) <= 1e-9 }
}
