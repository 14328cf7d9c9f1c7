/// The gaps between the counts of all pairs of one person's reports, to ask how many pairs are
/// at least as close as a given one in every count.
///
/// The duplicate test asks this of every pair (each report against each earlier one), so the
/// answers come from bitsets rather than from a pass over all pairs per question: for every
/// count and every gap that occurs in it, the set of pairs whose gap in that count is at most
/// that gap. A question is then the intersection of one set per count, `counts × pairs / 64`
/// word operations instead of `counts × pairs`.
struct PairGaps: Sendable {
    private let pairs: Int
    private let words: Int
    /// Per count, the distinct gaps in increasing order.
    private let levels: [[Double]]
    /// Per count, the bitsets of the pairs within each level, `words` words each, one after
    /// another in the order of `levels`.
    private let within: [[UInt64]]

    /// The pairs of the given reports (each an array of the same counts).
    init(_ counts: [[Double]]) {
        let width = counts.first?.count ?? 0
        let n = counts.count
        pairs = n * (n - 1) / 2
        words = (pairs + 63) / 64
        var levels: [[Double]] = [], within: [[UInt64]] = []
        for k in 0..<width {
            // Each pair's gap in count k, pairs numbered in the order (0,1), (0,2), …, (1,2), ….
            var gaps: [(gap: Double, pair: Int)] = []
            gaps.reserveCapacity(pairs)
            for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { gaps.append((abs(counts[i][k] - counts[j][k]), gaps.count)) } }
            gaps.sort { $0.gap < $1.gap }
            var distinct: [Double] = [], sets: [UInt64] = []
            var current = [UInt64](repeating: 0, count: words)
            var index = 0
            while index < gaps.count {
                let gap = gaps[index].gap
                while index < gaps.count, gaps[index].gap == gap {
                    current[gaps[index].pair / 64] |= 1 << UInt64(gaps[index].pair % 64)
                    index += 1
                }
                distinct.append(gap)
                sets.append(contentsOf: current)
            }
            levels.append(distinct)
            within.append(sets)
        }
        self.levels = levels
        self.within = within
    }

    /// The share of pairs whose counts all lie within the given gaps of each other (at least
    /// one pair's worth).
    func share(within limit: [Double]) -> Double {
        guard pairs > 0 else { return 1 }
        var chosen: [Int] = []
        for (k, distinct) in levels.enumerated() {
            // The largest gap that occurs and is within the limit.
            var low = 0, high = distinct.count
            while low < high {
                let mid = (low + high) / 2
                if distinct[mid] <= limit[k] { low = mid + 1 } else { high = mid }
            }
            guard low > 0 else { return 1 / Double(pairs) }
            chosen.append(low - 1)
        }
        guard !chosen.isEmpty else { return 1 }
        var close = 0
        for word in 0..<words {
            var bits = UInt64.max
            for (k, level) in chosen.enumerated() { bits &= within[k][level * words + word] }
            close += bits.nonzeroBitCount
        }
        return Double(max(close, 1)) / Double(pairs)
    }
}
