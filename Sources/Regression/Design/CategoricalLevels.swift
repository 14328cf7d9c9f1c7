/// The levels of a categorical factor in coding order: numerically sorted when every level
/// reads as a number, otherwise sorted as text. The first level is the reference.
enum CategoricalLevels {
    static func ordered(_ values: some Sequence<String>) -> [String] {
        let distinct = Array(Set(values))
        let numbers = distinct.compactMap { level in Double(level).map { (level, $0) } }
        if numbers.count == distinct.count {
            return numbers.sorted { $0.1 < $1.1 }.map(\.0)
        }
        return distinct.sorted()
    }
}
