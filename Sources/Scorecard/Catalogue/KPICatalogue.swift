/// The KPIs a scorecard can use: the built-in catalogue of the domain plus the scorecard's
/// own formulas.
public struct KPICatalogue: Sendable {
    /// The domain's KPIs (see DOMAIN.md) and the analytics' `projected_attainment` and
    /// `attainment_probability`.
    public static let builtIn = KPICatalogue(BuiltInKPIs.all)

    /// Every definition, built-in ones first, in catalogue order.
    public let definitions: [KPIDefinition]
    private let positions: [String: Int]

    /// A catalogue of the given definitions; ids are unique (``Scorecard`` checks user
    /// definitions before building one).
    init(_ definitions: [KPIDefinition]) {
        self.definitions = definitions
        self.positions = Dictionary(definitions.enumerated().map { ($0.element.id, $0.offset) },
                                    uniquingKeysWith: { first, _ in first })
    }

    /// The definition with that id.
    public subscript(id: String) -> KPIDefinition? {
        positions[id].map { definitions[$0] }
    }

    /// The catalogue with `extra` definitions appended.
    func adding(_ extra: [KPIDefinition]) -> KPICatalogue {
        KPICatalogue(definitions + extra)
    }

    /// The names a value may carry: KPI ids and the inputs of every formula.
    public var valueNames: Set<String> {
        Set(definitions.map(\.id)).union(definitions.flatMap(\.inputs))
    }

    /// The KPI id closest in spelling to a mistyped one, if any is close.
    public func suggestion(for id: String) -> String? {
        Suggestion.closest(to: id, among: definitions.map(\.id))
    }

    /// A chain of KPIs whose formulas depend on each other in a circle, e.g.
    /// `["a", "b", "a"]`, or `nil` when the formulas are free of cycles.
    public func dependencyCycle() -> [String]? {
        var finished = Set<String>()
        for definition in definitions {
            var path: [String] = []
            if let cycle = cycle(from: definition.id, path: &path, finished: &finished) { return cycle }
        }
        return nil
    }

    private func cycle(from id: String, path: inout [String], finished: inout Set<String>) -> [String]? {
        if let start = path.firstIndex(of: id) { return Array(path[start...]) + [id] }
        guard !finished.contains(id), let definition = self[id] else { return nil }
        path.append(id)
        for input in definition.inputs {
            if let found = cycle(from: input, path: &path, finished: &finished) { return found }
        }
        path.removeLast()
        finished.insert(id)
        return nil
    }
}
