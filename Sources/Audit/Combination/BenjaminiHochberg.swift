/// The Benjamini–Hochberg step-up procedure (1995): controls the expected share of false
/// discoveries among the rejected hypotheses at `q` for independent or positively dependent
/// p-values.
public enum BenjaminiHochberg {
    /// BH-adjusted p-values (q-values) in the order given: `min over j ≥ rank of p₍ⱼ₎ · m / j`,
    /// at most 1. A hypothesis is rejected at level `q` when its adjusted value is at most `q`.
    public static func adjusted(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        guard m > 0 else { return [] }
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        var adjusted = Array(repeating: 1.0, count: m)
        var running = 1.0
        for rank in stride(from: m, through: 1, by: -1) {
            let index = order[rank - 1]
            running = min(running, pValues[index] * Double(m) / Double(rank))
            adjusted[index] = min(1, running)
        }
        return adjusted
    }

    /// Whether each hypothesis is rejected at false discovery rate `q`.
    public static func rejected(_ pValues: [Double], q: Double) -> [Bool] {
        adjusted(pValues).map { $0 <= q }
    }
}
