import Yams

/// Reads the `roles:` mapping: each role's template or dimension weights, and each
/// dimension's weighted KPIs with their rules.
struct RoleParser {
    let reader: YAMLReader

    func roles(_ node: Node) throws -> [RoleDefinition] {
        try reader.map(node, context: "roles").entries.map { entry in
            try role(entry.key, keyNode: entry.keyNode, node: entry.value)
        }
    }

    private func role(_ name: String, keyNode: Node, node: Node) throws -> RoleDefinition {
        let map = try reader.map(node, context: "role \(name)", allowed: ["template", "dimensions"])
        var template: WeightTemplate?
        if let templateNode = map["template"] {
            let templateName = try reader.text(templateNode, what: "template of role \(name)")
            guard let known = WeightTemplate(rawValue: templateName) else {
                throw reader.error(templateNode, .unknownTemplate(templateName))
            }
            template = known
        }
        let dimensionsNode = try reader.required("dimensions", in: map)
        let dimensions = try reader.map(dimensionsNode, context: "dimensions of role \(name)").entries.map { entry in
            try dimension(entry, role: name, template: template)
        }
        if let template {
            let missing = template.weights.map(\.dimension).filter { wanted in !dimensions.contains { $0.name == wanted } }
            if !missing.isEmpty {
                let line = map.entry("dimensions")?.keyNode
                throw reader.error(line, .missingTemplateDimensions(role: name, template: template.rawValue, missing: missing))
            }
        }
        return RoleDefinition(name: name, dimensions: dimensions, line: reader.line(keyNode))
    }

    private func dimension(_ entry: YAMLReader.Map.Entry, role: String, template: WeightTemplate?) throws -> DimensionDefinition {
        let name = entry.key
        let map = try reader.map(entry.value, context: "dimension \(name) of role \(role)", allowed: ["weight", "kpis"])
        let weight: Double
        if let template {
            if let given = map.entry("weight") {
                throw reader.error(given.keyNode, .weightSetByTemplate(dimension: name, template: template.rawValue))
            }
            guard let fromTemplate = template.weight(of: name) else {
                throw reader.error(entry.keyNode, .dimensionNotInTemplate(dimension: name, template: template.rawValue))
            }
            weight = fromTemplate
        } else {
            guard let given = map["weight"] else {
                throw reader.error(entry.keyNode, .missingDimensionWeight(role: role, dimension: name))
            }
            weight = try reader.number(given, what: "weight of dimension \(name)")
        }
        let kpis = try reader.list(try reader.required("kpis", in: map), what: "kpis of dimension \(name)").map { node in
            try weightedKPI(node, dimension: name)
        }
        return DimensionDefinition(name: name, weight: weight, kpis: kpis, line: reader.line(entry.keyNode))
    }

    private func weightedKPI(_ node: Node, dimension: String) throws -> WeightedKPI {
        let map = try reader.map(node, context: "a KPI of dimension \(dimension)", allowed: ["kpi", "weight", "rule"])
        let kpiNode = try reader.required("kpi", in: map)
        let id = try reader.text(kpiNode, what: "kpi")
        let weight = try reader.number(try reader.required("weight", in: map), what: "weight of \(id)")
        let rule = try RuleParser(reader: reader).rule(try reader.required("rule", in: map), kpi: id)
        return WeightedKPI(kpi: id, weight: weight, rule: rule, line: reader.line(kpiNode))
    }
}
