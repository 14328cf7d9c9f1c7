/// Type-7 sample quantiles of unsorted values without sorting them: each order statistic the
/// quantiles need is put in its sorted place by Hoare's quickselect, the search for each
/// rank starting where the previous one left off. Linear time on average, against
/// `n log n` for a sort; the results are exactly those of ``SampleQuantiles/quantile(_:_:)``
/// on the sorted values.
enum QuantileSelection {
    /// The quantiles at `probabilities` (each in `[0, 1]`) of `values`, which are reordered.
    static func quantiles(_ values: inout [Double], _ probabilities: [Double]) -> [Double] {
        let count = values.count
        guard count > 1 else { return probabilities.map { _ in values.first ?? .nan } }
        var ranks: Set<Int> = []
        for probability in probabilities {
            let lower = Int((probability * Double(count - 1)).rounded(.down))
            ranks.insert(lower)
            ranks.insert(min(lower + 1, count - 1))
        }
        // Every value left of a placed rank is at most the value there, every value right of
        // it at least, so the next (higher) rank is found right of it.
        var low = 0
        for rank in ranks.sorted() {
            select(&values, rank: rank, low: low, high: count - 1)
            low = rank + 1
        }
        return probabilities.map { probability in
            let position = probability * Double(count - 1)
            let lower = Int(position.rounded(.down))
            let upper = min(lower + 1, count - 1)
            return values[lower] + (position - Double(lower)) * (values[upper] - values[lower])
        }
    }

    /// Reorders `values[low...high]` so that `values[rank]` holds the value a sort would put
    /// there, with nothing larger before it and nothing smaller after it (within the range).
    private static func select(_ values: inout [Double], rank: Int, low: Int, high: Int) {
        var low = low, high = high
        while low < high {
            // The median of the first, middle and last values as pivot: no quadratic time on
            // sorted or reversed input.
            let middle = low + (high - low) / 2
            if values[middle] < values[low] { values.swapAt(middle, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[middle] { values.swapAt(high, middle) }
            let pivot = values[middle]
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while pivot < values[j] { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Now values[low...j] ≤ pivot ≤ values[i...high], and values[j+1..<i] equal the pivot.
            if rank <= j {
                high = j
            } else if rank >= i {
                low = i
            } else {
                return
            }
        }
    }
}
