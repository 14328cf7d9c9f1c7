/// What is wrong with a scorecard definition, and on which line of its file.
///
/// Descriptions are one line, e.g.
/// `sc.yaml, line 12: unknown KPI "target_atainment" (did you mean target_attainment?)`.
public struct ScorecardDefinitionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (or other source) of the definition.
    public let source: String
    /// The 1-based line of the problem; `nil` when the scorecard was made in code or the
    /// problem concerns the whole file.
    public let line: Int?
    /// What is wrong.
    public let problem: Problem

    /// Creates an error.
    public init(source: String, line: Int?, problem: Problem) {
        self.source = source
        self.line = line
        self.problem = problem
    }

    /// The kinds of problems a scorecard definition can have.
    public enum Problem: Equatable, Sendable {
        /// The file cannot be read.
        case unreadable(String)
        /// The text is not valid YAML (libyaml's message), or is empty.
        case syntax(String)
        /// A node has the wrong shape, e.g. a list where a mapping belongs.
        case wrongType(what: String, expected: String)
        /// A required key is absent.
        case missingKey(String, in: String)
        /// A key that does not belong there, most often a typo.
        case unknownKey(String, in: String, allowed: [String])
        /// A name defined twice.
        case duplicateKey(String)
        /// The scorecard defines no role.
        case noRoles
        /// `template:` names no ``WeightTemplate``.
        case unknownTemplate(String)
        /// A dimension the role's template does not weigh.
        case dimensionNotInTemplate(dimension: String, template: String)
        /// Dimensions of the template that the role leaves without KPIs.
        case missingTemplateDimensions(role: String, template: String, missing: [String])
        /// A `weight:` on a dimension whose weight the template sets.
        case weightSetByTemplate(dimension: String, template: String)
        /// A dimension without a weight in a role without a template.
        case missingDimensionWeight(role: String, dimension: String)
        /// A weight of zero or less.
        case nonPositiveWeight(what: String)
        /// A role's dimension weights do not sum to 100.
        case dimensionWeights(role: String, sum: Double)
        /// A dimension's KPI weights do not sum to 100.
        case kpiWeights(role: String, dimension: String, sum: Double)
        /// A KPI id that is neither built in nor defined by the scorecard.
        case unknownKPI(String, suggestion: String?)
        /// A KPI listed twice in one role.
        case duplicateKPI(role: String, kpi: String)
        /// A rule name other than deduct_below, deduct_above, linear, threshold, bands.
        case unknownRule(String)
        /// A rule naming no kind, or several.
        case ruleKinds(found: [String])
        /// Rule parameters that cannot score, e.g. a cap above 100.
        case invalidRule(kpi: String, reason: String)
        /// A user KPI id that is not snake_case.
        case invalidKPIName(String)
        /// A user KPI that reuses a built-in id.
        case builtInRedefined(String)
        /// A user KPI's formula does not parse.
        case formula(kpi: String, FormulaSyntaxError)
        /// A `unit:` or `direction:` outside its choices.
        case unknownChoice(what: String, value: String, allowed: [String])
        /// User KPIs defined in terms of each other in a circle.
        case circularKPIs([String])
    }

    public var description: String {
        (line.map { "\(source), line \($0): " } ?? "\(source): ") + message
    }

    /// The rule names a scorecard file may use.
    static let ruleNames = ["deduct_below", "deduct_above", "linear", "threshold", "bands"]

    private var message: String {
        switch problem {
        case .unreadable(let reason): return "cannot be read (\(reason))"
        case .syntax(let reason): return "not valid YAML: \(reason)"
        case .wrongType(let what, let expected): return "\(what) must be \(expected)"
        case .missingKey(let key, let context): return "\(context) has no \"\(key)\""
        case .unknownKey(let key, let context, let allowed):
            return "unknown key \"\(key)\" in \(context)\(hint(key, allowed)) (keys: \(allowed.joined(separator: ", ")))"
        case .duplicateKey(let key): return "\"\(key)\" appears twice"
        case .noRoles: return "the scorecard has no roles"
        case .unknownTemplate(let name):
            let names = WeightTemplate.allCases.map(\.rawValue)
            return "unknown template \"\(name)\"\(hint(name, names)) (templates: \(names.joined(separator: ", ")))"
        case .dimensionNotInTemplate(let dimension, let template):
            let names = WeightTemplate(rawValue: template)?.weights.map(\.dimension) ?? []
            return "dimension \"\(dimension)\" is not in template \(template)\(hint(dimension, names)) (dimensions: \(names.joined(separator: ", ")))"
        case .missingTemplateDimensions(let role, let template, let missing):
            return "role \(role): template \(template) weighs \(missing.joined(separator: ", ")) but the role lists no KPIs there"
        case .weightSetByTemplate(let dimension, let template):
            return "dimension \"\(dimension)\" takes its weight from template \(template): remove its weight or the template"
        case .missingDimensionWeight(let role, let dimension):
            return "role \(role), dimension \(dimension): no weight (give one, or a template for the role)"
        case .nonPositiveWeight(let what): return "\(what): weights must be positive"
        case .dimensionWeights(let role, let sum):
            return "role \(role): dimension weights sum to \(Self.sum(sum)), not 100"
        case .kpiWeights(let role, let dimension, let sum):
            return "role \(role), dimension \(dimension): KPI weights sum to \(Self.sum(sum)), not 100"
        case .unknownKPI(let name, let suggestion):
            return "unknown KPI \"\(name)\"" + (suggestion.map { " (did you mean \($0)?)" } ?? "")
        case .duplicateKPI(let role, let kpi): return "role \(role): KPI \(kpi) appears twice"
        case .unknownRule(let name):
            return "unknown rule \"\(name)\"\(hint(name, Self.ruleNames)) (rules: \(Self.ruleNames.joined(separator: ", ")))"
        case .ruleKinds(let found):
            if found.isEmpty { return "the rule names none of \(Self.ruleNames.joined(separator: ", "))" }
            return "one rule per KPI, found \(found.joined(separator: " and "))"
        case .invalidRule(let kpi, let reason): return "rule of \(kpi): \(reason)"
        case .invalidKPIName(let name):
            return "\"\(name)\" is not a KPI id: use letters, digits and _, starting with a letter"
        case .builtInRedefined(let id): return "\(id) is a built-in KPI; give your KPI another id"
        case .formula(let kpi, let error): return "formula of \(kpi): \(error)"
        case .unknownChoice(let what, let value, let allowed):
            return "\(what) \"\(value)\" is not one of \(allowed.joined(separator: ", "))"
        case .circularKPIs(let cycle): return "KPIs defined in a circle: \(cycle.joined(separator: " → "))"
        }
    }

    private func hint(_ name: String, _ candidates: [String]) -> String {
        Suggestion.closest(to: name, among: candidates).map { " (did you mean \($0)?)" } ?? ""
    }

    /// A sum of weights as written, with every digit needed to tell it from 100.
    private static func sum(_ value: Double) -> String {
        let short = Format.number(value)
        return short == "100" ? String(value) : short
    }
}
