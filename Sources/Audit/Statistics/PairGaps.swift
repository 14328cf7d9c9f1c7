/// The gaps between the counts of all pairs of one person's reports, to ask how many pairs are
/// at least as close as a given one in every count.
///
/// The duplicate test asks this of every pair (each report against each earlier one), so the
/// answers are prepared once. Counts are small whole numbers, so each count's gaps take few
/// distinct values: when the product of those numbers is small enough, every answer is read
/// from a cumulative table over them (a histogram of the pairs by their gap in each count,
/// summed along every count), one look-up per question, and a person with a thousand daily
/// reports costs seconds rather than hours. Otherwise, for every count and every gap that occurs
/// in it, the set of pairs whose gap in that count is at most that gap is kept as a bitset, and
/// a question is the intersection of one set per count, `counts × pairs / 64` word operations.
struct PairGaps: Sendable {
    /// The most cells the cumulative table may have.
    static let tableLimit = 4_000_000

    /// The number of pairs of reports.
    let pairs: Int
    /// Per count, the distinct gaps in increasing order.
    private let levels: [[Double]]
    private let answers: Answers

    private enum Answers: Sendable {
        /// The number of pairs within each combination of levels, the first count's level
        /// varying fastest.
        case table([Int])
        /// Per count, the bitsets of the pairs within each level, `words` words each, one
        /// after another in the order of `levels`.
        case bitsets(words: Int, within: [[UInt64]])
    }

    /// The pairs of the given reports (each an array of the same counts).
    /// - Parameter tableLimit: the most cells a cumulative table may have before bitsets are
    ///   used instead.
    init(_ counts: [[Double]], tableLimit: Int = PairGaps.tableLimit) {
        let width = counts.first?.count ?? 0
        let n = counts.count
        pairs = n * (n - 1) / 2
        // Each pair's gap in every count, pairs numbered in the order (0,1), (0,2), …, (1,2), ….
        var gaps: [[Double]] = Array(repeating: [], count: width)
        for k in 0..<width {
            gaps[k].reserveCapacity(pairs)
            for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { gaps[k].append(abs(counts[i][k] - counts[j][k])) } }
        }
        let levels = gaps.map { Array(Set($0)).sorted() }
        self.levels = levels
        let cells = levels.reduce(1) { product, level in product > tableLimit ? product : product * level.count }
        if pairs == 0 {
            answers = .table([])  // never read: with no pairs every share is 1
        } else if width > 0, cells <= tableLimit {
            answers = .table(Self.cumulativeTable(gaps: gaps, levels: levels, cells: cells, pairs: pairs))
        } else {
            answers = Self.bitsets(gaps: gaps, levels: levels, pairs: pairs)
        }
    }

    /// The smallest share ``share(within:)`` can return: one pair's worth.
    var smallestShare: Double { 1 / Double(max(pairs, 1)) }

    /// The share of pairs whose counts all lie within the given gaps of each other (at least
    /// one pair's worth).
    func share(within limit: [Double]) -> Double {
        guard pairs > 0 else { return 1 }
        var chosen: [Int] = []
        for (k, distinct) in levels.enumerated() {
            // The largest gap that occurs and is within the limit.
            let within = Self.countAtMost(limit[k], in: distinct)
            guard within > 0 else { return 1 / Double(pairs) }
            chosen.append(within - 1)
        }
        guard !chosen.isEmpty else { return 1 }
        var close = 0
        switch answers {
        case .table(let table):
            var cell = 0, stride = 1
            for (k, level) in chosen.enumerated() {
                cell += level * stride
                stride *= levels[k].count
            }
            close = table[cell]
        case .bitsets(let words, let within):
            for word in 0..<words {
                var bits = UInt64.max
                for (k, level) in chosen.enumerated() { bits &= within[k][level * words + word] }
                close += bits.nonzeroBitCount
            }
        }
        return Double(max(close, 1)) / Double(pairs)
    }

    /// The histogram of the pairs by their level in every count, summed along each count in
    /// turn, so that a cell holds the pairs within its levels in every count.
    private static func cumulativeTable(gaps: [[Double]], levels: [[Double]], cells: Int, pairs: Int) -> [Int] {
        var table = [Int](repeating: 0, count: cells)
        for pair in 0..<pairs {
            var cell = 0, stride = 1
            for k in gaps.indices {
                // The gap is one of the levels: its position is the number at most it, less one.
                cell += (countAtMost(gaps[k][pair], in: levels[k]) - 1) * stride
                stride *= levels[k].count
            }
            table[cell] += 1
        }
        var stride = 1
        for distinct in levels {
            let size = distinct.count
            // Along this count: add the cell one level below, for every cell not at level 0.
            for cell in 0..<cells where (cell / stride) % size != 0 { table[cell] += table[cell - stride] }
            stride *= size
        }
        return table
    }

    /// How many of the sorted values are at most `value`.
    private static func countAtMost(_ value: Double, in sorted: [Double]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// For every count and level, the bitset of the pairs within it.
    private static func bitsets(gaps: [[Double]], levels: [[Double]], pairs: Int) -> Answers {
        let words = (pairs + 63) / 64
        var within: [[UInt64]] = []
        for (gap, distinct) in zip(gaps, levels) {
            let order = gap.indices.sorted { gap[$0] < gap[$1] }
            var sets: [UInt64] = [], current = [UInt64](repeating: 0, count: words)
            var position = 0
            for level in distinct {
                while position < order.count, gap[order[position]] == level {
                    current[order[position] / 64] |= 1 << UInt64(order[position] % 64)
                    position += 1
                }
                sets.append(contentsOf: current)
            }
            within.append(sets)
        }
        return .bitsets(words: words, within: within)
    }
}
