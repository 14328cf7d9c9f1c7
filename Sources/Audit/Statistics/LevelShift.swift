import Foundation
import Randomness

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
        /// statistic. From ``LevelShift/scan(_:upward:minimumLength:noise:)``: the smaller of the
        /// Bonferroni bound (normal tail times the stretches tried) and `n z² φ(z) / 8`, a tail
        /// approximation of the scan's maximum that simulation shows to be conservative for
        /// normal series of 20 to 80 values (Benchmarks/Audit/scan_null.py). From
        /// ``LevelShift/permutationScan(_:upward:minimumLength:permutations:stopAfter:seed:)``:
        /// the permutation p-value.
        let pValue: Double
    }

    /// Scans every stretch of at least `minimumLength` values that leaves at least
    /// `minimumLength` outside. The noise level σ is the MAD of first differences over √2, so
    /// the shift itself does not inflate it; values beyond three σ of the median are pulled in
    /// to three σ first, so one extreme value (a big deal) cannot pass for a shift. The p-value
    /// assumes normal noise (see ``Segment/pValue``); ``permutationScan(_:upward:minimumLength:permutations:stopAfter:seed:)``
    /// makes no such assumption.
    /// - Parameters:
    ///   - upward: the direction tested.
    ///   - noise: the noise level when it is known (standardized residuals), else estimated.
    static func scan(_ series: [Double], upward: Bool, minimumLength: Int = 3, noise: Double? = nil) -> Segment? {
        let n = series.count
        guard n >= 2 * minimumLength + 2 else { return nil }
        let sigma = noise ?? Robust.differenceScale(series)
        guard sigma > 0 else { return nil }
        let values = pulledIn(series, scale: sigma)
        let best = mostExtreme(values, sigma: sigma, upward: upward, minimumLength: minimumLength)
        let z = best.statistic
        let approximation = Double(n) * z * z * exp(-z * z / 2) / (2 * Double.pi).squareRoot() / 8
        let p = z > 0 ? min(TailProbability.bonferroni(TailProbability.normalUpper(z), tests: best.tried), approximation) : 1
        return Segment(start: best.start, end: best.end, shift: best.shift, statistic: z, pValue: min(1, p))
    }

    /// The same scan with its p-value from permutations: the share of random orders of the
    /// (pulled-in) values whose most extreme stretch reaches the observed statistic. Without a
    /// shift every order of the values is as likely as the observed one, whatever their
    /// distribution, so the p-value stays valid for heavy-tailed series (log revenue per deal,
    /// a mean of a few lognormal deal sizes with the odd whale), where the normal theory of
    /// ``scan(_:upward:minimumLength:noise:)`` calls too many stretches. The permutations stop
    /// at the `stopAfter`-th one that reaches the statistic (Besag and Clifford's sequential
    /// p-value `h / l`, as in ``DigitTests/compare(counts:expected:simulations:stopAfter:seed:)``),
    /// so a stretch far from significant costs a few dozen of them; the smallest p-value is
    /// `1 / (permutations + 1)`. Each permutation tries every stretch again (`n²/2` of them), so
    /// on long series (daily reports over years) the permutations are cut to keep their work
    /// under ``permutationWork`` stretches, and to no fewer than 999.
    /// - Parameters:
    ///   - upward: the direction tested.
    ///   - seed: seed of the permutations, so the p-value is reproducible.
    static func permutationScan(_ series: [Double], upward: Bool, minimumLength: Int = 3, permutations: Int = 49_999,
                                stopAfter: Int = 10, seed: UInt64 = 1) -> Segment? {
        let n = series.count
        guard n >= 2 * minimumLength + 2 else { return nil }
        let sigma = Robust.differenceScale(series)
        guard sigma > 0 else { return nil }
        var values = pulledIn(series, scale: sigma)
        let best = mostExtreme(values, sigma: sigma, upward: upward, minimumLength: minimumLength)
        guard best.statistic > 0 else {
            return Segment(start: best.start, end: best.end, shift: best.shift, statistic: best.statistic, pValue: 1)
        }
        let permutations = permutationCount(requested: permutations, stretches: best.tried)
        var generator = SplitMix64(seed: seed)
        var reached = 0, pValue = 1.0
        for permutation in 1...permutations {
            values.shuffle(using: &generator)
            if mostExtreme(values, sigma: sigma, upward: upward, minimumLength: minimumLength).statistic >= best.statistic - 1e-12 {
                reached += 1
            }
            if reached >= stopAfter { pValue = Double(reached) / Double(permutation); break }
            if permutation == permutations { pValue = Double(reached + 1) / Double(permutations + 1) }
        }
        return Segment(start: best.start, end: best.end, shift: best.shift, statistic: best.statistic, pValue: pValue)
    }

    /// The most stretches all permutations of one scan may try together: about a second's work.
    static let permutationWork = 500_000_000

    /// The permutations a scan over `stretches` stretches runs: those requested, as far as
    /// ``permutationWork`` allows, and at least 999 (or the requested number, if smaller).
    static func permutationCount(requested: Int, stretches: Int) -> Int {
        max(min(requested, 999), min(requested, permutationWork / max(1, stretches)))
    }

    /// Values beyond three `scale` of the median pulled in to that bound.
    private static func pulledIn(_ series: [Double], scale: Double) -> [Double] {
        let centre = Robust.median(series)
        return series.map { min(centre + 3 * scale, max(centre - 3 * scale, $0)) }
    }

    /// The stretch with the largest standardized difference in the given direction, and the
    /// number of stretches tried.
    private static func mostExtreme(_ values: [Double], sigma: Double, upward: Bool, minimumLength: Int)
        -> (start: Int, end: Int, shift: Double, statistic: Double, tried: Int) {
        let n = values.count
        var prefix = [0.0]
        prefix.reserveCapacity(n + 1)
        for value in values { prefix.append(prefix[prefix.count - 1] + value) }
        let total = prefix[n]
        var best = (start: 0, end: minimumLength, shift: 0.0, statistic: -Double.infinity, tried: 0)
        for start in 0...(n - minimumLength) {
            for end in (start + minimumLength)...n where n - (end - start) >= minimumLength {
                best.tried += 1
                let length = Double(end - start)
                let inside = (prefix[end] - prefix[start]) / length
                let outside = (total - prefix[end] + prefix[start]) / (Double(n) - length)
                let shift = inside - outside
                let statistic = (upward ? shift : -shift) / (sigma * (1 / length + 1 / (Double(n) - length)).squareRoot())
                if statistic > best.statistic { best = (start, end, shift, statistic, best.tried) }
            }
        }
        return best
    }
}
