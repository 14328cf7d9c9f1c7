/// The levels of a categorical factor in coding order: numerically sorted when every level
/// reads as a number, otherwise sorted as text. The first level is the reference.
enum CategoricalLevels {
    static func ordered(_ values: some Sequence<String>) -> [String] {
        let distinct = Array(Set(values))
        let numbers = distinct.compactMap(Double.init)
        if numbers.count == distinct.count {
            return distinct.sorted { Double($0)! < Double($1)! }
        }
        return distinct.sorted()
    }
}
