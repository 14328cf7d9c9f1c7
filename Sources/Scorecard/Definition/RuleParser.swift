import Yams

/// Reads a KPI's `rule:` mapping, e.g. `{deduct_below: 100, points_per_pct: 1}`,
/// `{linear: {target: 10, cap: 100}}`, `{threshold: {max: 10}}` or
/// `{bands: [{min: 90, points: 100}, {points: 0}]}`.
struct RuleParser {
    let reader: YAMLReader

    func rule(_ node: Node, kpi: String) throws -> ScoringRule {
        guard node.mapping != nil else {
            throw reader.error(node, .wrongType(what: "the rule of \(kpi)", expected: "a mapping such as {linear: {target: 10}}"))
        }
        let map = try reader.map(node, context: "the rule of \(kpi)")
        var kinds: [YAMLReader.Map.Entry] = []
        for entry in map.entries where entry.key != "points_per_pct" {
            guard ScorecardDefinitionError.ruleNames.contains(entry.key) else { throw reader.error(entry.keyNode, .unknownRule(entry.key)) }
            kinds.append(entry)
        }
        guard kinds.count == 1, let kind = kinds.first else { throw reader.error(node, .ruleKinds(found: kinds.map(\.key))) }
        if let rate = map.entry("points_per_pct"), !kind.key.hasPrefix("deduct_") {
            throw reader.error(rate.keyNode, .unknownKey("points_per_pct", in: "a \(kind.key) rule", allowed: [kind.key]))
        }
        let rule = try parse(kind, rate: map["points_per_pct"], kpi: kpi)
        if let reason = rule.problem { throw reader.error(kind.value, .invalidRule(kpi: kpi, reason: reason)) }
        return rule
    }

    private func parse(_ kind: YAMLReader.Map.Entry, rate: Node?, kpi: String) throws -> ScoringRule {
        let what = "\(kind.key) of \(kpi)"
        switch kind.key {
        case "deduct_below", "deduct_above":
            let level = try reader.number(kind.value, what: what)
            let perUnit = try rate.map { try reader.number($0, what: "points_per_pct of \(kpi)") } ?? 1
            return kind.key == "deduct_below" ? .deductBelow(level: level, pointsPerUnit: perUnit)
                : .deductAbove(level: level, pointsPerUnit: perUnit)
        case "linear":
            let map = try reader.map(kind.value, context: what, allowed: ["target", "cap"])
            let target = try reader.number(try reader.required("target", in: map), what: "target of \(kpi)")
            let cap = try map["cap"].map { try reader.number($0, what: "cap of \(kpi)") } ?? 100
            return .linear(target: target, cap: cap)
        case "threshold":
            let map = try reader.map(kind.value, context: what, allowed: ["min", "max"])
            return .threshold(min: try bound("min", of: map, kpi: kpi), max: try bound("max", of: map, kpi: kpi))
        default:
            let bands = try reader.list(kind.value, what: what).map { node in
                let map = try reader.map(node, context: "a band of \(kpi)", allowed: ["min", "max", "points"])
                let points = try reader.number(try reader.required("points", in: map), what: "points of a band of \(kpi)")
                return ScoreBand(min: try bound("min", of: map, kpi: kpi), max: try bound("max", of: map, kpi: kpi), points: points)
            }
            return .bands(bands)
        }
    }

    private func bound(_ key: String, of map: YAMLReader.Map, kpi: String) throws -> Double? {
        try map[key].map { try reader.number($0, what: "\(key) of \(kpi)") }
    }
}
