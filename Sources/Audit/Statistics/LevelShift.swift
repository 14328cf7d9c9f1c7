import Foundation

/// A scan for one stretch of a series whose mean differs from the rest.
enum LevelShift {
    /// The stretch `[start, end)` with the most extreme standardized difference in the given
    /// direction, and its p-value.
    struct Segment: Equatable {
        let start: Int
        let end: Int
        /// Mean of the stretch minus mean of the rest, in units of the series.
        let shift: Double
        /// The standardized difference `shift / (σ √(1/L + 1/(n − L)))`.
        let statistic: Double
        /// The chance that the most extreme stretch of a series without a shift reaches the
        /// statistic: the smaller of the Bonferroni bound (normal tail times the stretches tried)
        /// and `n z² φ(z) / 8`, a tail approximation of the scan's maximum that simulation shows
        /// to be conservative for series of 20 to 80 values (Benchmarks/Audit/scan_null.py).
        let pValue: Double
    }

    /// Scans every stretch of at least `minimumLength` values that leaves at least
    /// `minimumLength` outside. The noise level σ is the MAD of first differences over √2, so
    /// the shift itself does not inflate it; values beyond three σ of the median are pulled in
    /// to three σ first, so one extreme value (a big deal) cannot pass for a shift.
    /// - Parameters:
    ///   - upward: the direction tested.
    ///   - noise: the noise level when it is known (standardized residuals), else estimated.
    static func scan(_ series: [Double], upward: Bool, minimumLength: Int = 3, noise: Double? = nil) -> Segment? {
        let n = series.count
        guard n >= 2 * minimumLength + 2 else { return nil }
        let sigma = noise ?? Robust.differenceScale(series)
        guard sigma > 0 else { return nil }
        let centre = Robust.median(series)
        let values = series.map { min(centre + 3 * sigma, max(centre - 3 * sigma, $0)) }
        var prefix = [0.0]
        for value in values { prefix.append(prefix[prefix.count - 1] + value) }
        let total = prefix[n]
        var best: (start: Int, end: Int, shift: Double, statistic: Double)?
        var tried = 0
        for start in 0...(n - minimumLength) {
            for end in (start + minimumLength)...n where n - (end - start) >= minimumLength {
                tried += 1
                let length = Double(end - start)
                let inside = (prefix[end] - prefix[start]) / length
                let outside = (total - prefix[end] + prefix[start]) / (Double(n) - length)
                let shift = inside - outside
                let statistic = (upward ? shift : -shift) / (sigma * (1 / length + 1 / (Double(n) - length)).squareRoot())
                if best.map({ statistic > $0.statistic }) ?? true { best = (start, end, shift, statistic) }
            }
        }
        guard let best else { return nil }
        let z = best.statistic
        let approximation = Double(n) * z * z * exp(-z * z / 2) / (2 * Double.pi).squareRoot() / 8
        let p = z > 0 ? min(TailProbability.bonferroni(TailProbability.normalUpper(z), tests: tried), approximation) : 1
        return Segment(start: best.start, end: best.end, shift: best.shift, statistic: z, pValue: min(1, p))
    }
}
