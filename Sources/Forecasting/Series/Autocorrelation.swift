/// Sample autocorrelations, as R's `acf`.
public enum Autocorrelation {
    /// `r_k = Σₜ (yₜ − ȳ)(yₜ₊ₖ − ȳ) / Σₜ (yₜ − ȳ)²` for `k = 1…maxLag`; `nil` for a constant
    /// series (zero variance) or `maxLag ≥ n`.
    public static func sample(_ y: [Double], maxLag: Int) -> [Double]? {
        let n = y.count
        guard maxLag >= 1, maxLag < n else { return nil }
        let mean = y.reduce(0, +) / Double(n)
        let centred = y.map { $0 - mean }
        let variance = centred.reduce(0) { $0 + $1 * $1 }
        guard variance > 0 else { return nil }
        return (1...maxLag).map { k in
            var sum = 0.0
            for t in 0..<(n - k) { sum += centred[t] * centred[t + k] }
            return sum / variance
        }
    }
}
