/// Records sorted by their natural key. Sorting does two jobs at once: rows with the same
/// key end up side by side, so repeats are found in one pass, and the store's B-trees
/// receive keys in ascending order, which SQLite inserts far faster than scattered keys.
///
/// Text is compared only among each column's distinct values: every record's key becomes a
/// tuple of ranks (``KeyRanks``), which for the usual files packs, with the record's
/// position, into one 64-bit integer, so millions of records sort as integers. Reading the
/// keys back in order then needs no text from the records either (``value(_:at:)``).
struct KeyOrder {
    /// Record indices ordered by key, then by position.
    let order: [Int]
    /// The repeat that comes first in file order, as (first record, repeating record).
    let firstRepeat: (first: Int, repeat: Int)?
    /// Each key column's distinct values, ascending: `distinct[column][rank]`.
    private let distinct: [[String]]
    private let ranks: Ranks

    /// Where the ranks of the records, in key order, are read from.
    private enum Ranks {
        /// From the sorted words: column `c`'s rank is `word >> shifts[c] & masks[c]`.
        case packed(words: [UInt64], shifts: [UInt64], masks: [UInt64])
        /// `ranks[column][record]`.
        case separate([[UInt32]])
    }

    /// Orders records by key; `keys[column][record]`, `count` records.
    init(_ keys: [[String]], count: Int) {
        let columns = keys.map(KeyRanks.init)
        distinct = columns.map(\.values)
        let widths = columns.map { UInt64(KeyOrder.bitWidth(holding: $0.values.count)) }
        let positionBits = UInt64(KeyOrder.bitWidth(holding: count))
        guard widths.reduce(positionBits, +) <= 64 else {
            let ranks = columns.map(\.ranks)
            let order = Array(0..<count).sorted { left, right in
                for column in ranks where column[left] != column[right] { return column[left] < column[right] }
                return left < right
            }
            firstRepeat = KeyOrder.firstRepeat(in: order) { position, next in
                ranks.allSatisfy { $0[order[position]] == $0[order[next]] }
            }
            self.order = order
            self.ranks = .separate(ranks)
            return
        }
        // rank₀ … rankₙ position, most significant first.
        var words = [UInt64](repeating: 0, count: count)
        for (column, width) in zip(columns, widths) where width > 0 {
            column.ranks.withUnsafeBufferPointer { ranks in
                for record in 0..<count { words[record] = words[record] << width | UInt64(ranks[record]) }
            }
        }
        for record in 0..<count { words[record] = words[record] << positionBits | UInt64(record) }
        words.sort()
        let positionMask: UInt64 = positionBits == 64 ? .max : (1 << positionBits) - 1
        let order = words.map { Int($0 & positionMask) }
        self.order = order
        firstRepeat = KeyOrder.firstRepeat(in: order) { words[$0] >> positionBits == words[$1] >> positionBits }
        var shifts: [UInt64] = []
        var shift = positionBits
        for width in widths.reversed() {
            shifts.insert(shift, at: 0)
            shift += width
        }
        ranks = .packed(words: words, shifts: shifts, masks: widths.map { $0 == 0 ? 0 : (1 << $0) - 1 })
    }

    /// The key column `column` of the record at `position` in key order.
    func value(_ column: Int, at position: Int) -> String {
        switch ranks {
        case .packed(let words, let shifts, let masks):
            return distinct[column][Int(words[position] >> shifts[column] & masks[column])]
        case .separate(let ranks):
            return distinct[column][Int(ranks[column][order[position]])]
        }
    }

    /// The repeat that comes first in file order; `sameKey` compares the records at two
    /// positions of `order`.
    private static func firstRepeat(in order: [Int], sameKey: (Int, Int) -> Bool) -> (first: Int, repeat: Int)? {
        var found: (first: Int, repeat: Int)?
        var runStart = 0
        for position in order.indices.dropFirst() {
            guard sameKey(position - 1, position) else {
                runStart = position
                continue
            }
            // Within a run of equal keys, records are in file order: the run's first record
            // is the original and this one repeats it.
            let current = order[position]
            if found.map({ current < $0.repeat }) ?? true { found = (order[runStart], current) }
        }
        return found
    }

    /// Bits needed to write every number below `count`.
    private static func bitWidth(holding count: Int) -> Int {
        count <= 1 ? 0 : UInt64(count - 1).bitWidth - UInt64(count - 1).leadingZeroBitCount
    }
}

/// A key column as ranks: equal values (as Swift compares text) share a rank, and ranks
/// order as the values do.
struct KeyRanks {
    /// `ranks[record]`.
    let ranks: [UInt32]
    /// The distinct values, ascending: `values[rank]`.
    let values: [String]

    init(_ column: [String]) {
        var codes: [String: UInt32] = [:]
        var firstSeen: [String] = []
        var recordCodes: [UInt32] = []
        recordCodes.reserveCapacity(column.count)
        var previous: (value: String, code: UInt32)?
        for value in column {
            // Files often repeat a value on consecutive rows (a date, a KPI).
            if let previous, previous.value == value {
                recordCodes.append(previous.code)
                continue
            }
            let code: UInt32
            if let known = codes[value] {
                code = known
            } else {
                code = UInt32(firstSeen.count)
                codes[value] = code
                firstSeen.append(value)
            }
            recordCodes.append(code)
            previous = (value, code)
        }
        let ascending = firstSeen.indices.sorted { firstSeen[$0] < firstSeen[$1] }
        var rankOfCode = [UInt32](repeating: 0, count: firstSeen.count)
        for (rank, code) in ascending.enumerated() { rankOfCode[code] = UInt32(rank) }
        ranks = recordCodes.map { rankOfCode[Int($0)] }
        values = ascending.map { firstSeen[$0] }
    }
}
