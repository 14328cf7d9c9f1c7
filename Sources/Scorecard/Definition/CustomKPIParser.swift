import Yams

/// Reads the scorecard's own KPIs:
///
/// ```yaml
/// kpis:
///   mql_to_sql_rate:
///     name: MQL to SQL conversion   # optional; the id by default
///     formula: sql / mql × 100
///     unit: percent                 # optional; number by default
///     direction: higher             # optional; higher or lower, higher by default
/// ```
struct CustomKPIParser {
    let reader: YAMLReader

    func kpis(_ node: Node) throws -> [KPIDefinition] {
        try reader.map(node, context: "kpis").entries.map(definition)
    }

    private func definition(_ entry: YAMLReader.Map.Entry) throws -> KPIDefinition {
        let id = entry.key
        guard Self.isIdentifier(id) else { throw reader.error(entry.keyNode, .invalidKPIName(id)) }
        let map = try reader.map(entry.value, context: "KPI \(id)", allowed: ["name", "formula", "unit", "direction"])
        let formulaNode = try reader.required("formula", in: map)
        let formula: KPIFormula
        do { formula = try KPIFormula(parsing: try reader.text(formulaNode, what: "formula of \(id)")) } catch let error as FormulaSyntaxError {
            throw reader.error(formulaNode, .formula(kpi: id, error))
        }
        let unit = try choice(map["unit"], what: "unit", default: KPIUnit.number)
        let direction = try choice(map["direction"], what: "direction", default: KPIDirection.higherIsBetter)
        let name = try map["name"].map { try reader.text($0, what: "name of \(id)") } ?? id
        return KPIDefinition(id: id, name: name, formula: formula, unit: unit, direction: direction,
                             line: reader.line(entry.keyNode))
    }

    private func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node?, what: String, default fallback: Choice) throws
        -> Choice where Choice.RawValue == String {
        guard let node else { return fallback }
        let text = try reader.text(node, what: what)
        guard let value = Choice(rawValue: text) else {
            throw reader.error(node, .unknownChoice(what: what, value: text, allowed: Choice.allCases.map(\.rawValue)))
        }
        return value
    }

    /// KPI ids follow the catalogue's snake_case: a letter, then letters, digits or `_`.
    static func isIdentifier(_ id: String) -> Bool {
        guard let first = id.first, first.isLetter else { return false }
        return id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
