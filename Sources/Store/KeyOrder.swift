/// Records sorted by their natural key. Sorting does two jobs at once: rows with the same
/// key end up side by side, so repeats are found in one pass, and the store's B-trees
/// receive keys in ascending order, which SQLite inserts far faster than scattered keys.
enum KeyOrder {
    /// Record indices ordered by key, then by position; `keys[column][record]`.
    static func sorted(_ keys: [[String]], count: Int) -> [Int] {
        Array(0..<count).sorted { left, right in
            for column in keys {
                let a = column[left], b = column[right]
                if a != b { return a < b }
            }
            return left < right
        }
    }

    /// The repeat that comes first in file order, as (first record, repeating record).
    static func firstRepeat(_ keys: [[String]], in order: [Int]) -> (first: Int, repeat: Int)? {
        var found: (first: Int, repeat: Int)?
        var runStart = 0
        for position in order.indices.dropFirst() {
            let previous = order[position - 1], current = order[position]
            if keys.contains(where: { $0[previous] != $0[current] }) {
                runStart = position
                continue
            }
            // Within a run of equal keys, records are in file order: the run's first record
            // is the original and this one repeats it.
            if found.map({ current < $0.repeat }) ?? true { found = (order[runStart], current) }
        }
        return found
    }
}
