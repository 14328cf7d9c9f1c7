import Foundation

/// A scan for one stretch of a person's series where activity rose while the outcomes it
/// brings did not follow: padded activity.
///
/// For every stretch two standardized differences are taken, the level of the activity (on the
/// log scale, peer-adjusted) inside against outside, and the outcome's rate per unit of
/// activity outside against inside. With honest reports they are independent standard normals
/// for a fixed stretch (how much a person does does not change what each unit of it brings),
/// so their sum over √2 is one too; padding makes both positive. Honest activity does change
/// level now and then (a new territory, a long absence), so the statistic asks for both: it is
/// `√2 · min(level, rate)`, never above the sum over √2, whose tail therefore bounds its
/// p-value. The scan takes the stretch where it is largest.
enum RateShift {
    /// The stretch `[start, end)` where activity rose most without its outcome, and its p-value.
    struct Segment: Equatable {
        let start: Int
        let end: Int
        /// Outcome per unit of exposure inside the stretch and outside it.
        let insideRate: Double
        let outsideRate: Double
        /// The standardized rise of the activity's level.
        let levelStatistic: Double
        /// The standardized fall of the rate `(r_out − r_in) / √(φ r (1/E_in + 1/E_out))` (`r`
        /// the pooled rate, `E` the exposures, `φ` the overdispersion).
        let rateStatistic: Double
        /// `√2 · min(level, rate)`.
        let statistic: Double
        /// The chance of so extreme a stretch without padding, bounded by that of the sum over
        /// √2: the smaller of the Bonferroni bound over the stretches tried and the scan's tail
        /// approximation `n z² φ(z) / 8` (as for ``LevelShift``).
        let pValue: Double
    }

    /// Scans every stretch of at least `minimumLength` periods that leaves at least
    /// `minimumLength` outside.
    /// - Parameters:
    ///   - level: the activity on the log scale, relative to the peers (its noise is the MAD
    ///     of first differences over √2, values beyond three of it from the median pulled in,
    ///     as in ``LevelShift``).
    ///   - outcome: the counts the activity brings (leads, deals).
    ///   - exposure: the activity times the peers' rate for the period relative to their usual
    ///     rate, so that calendar effects every peer shares cancel; periods with exposure 0
    ///     must be left out by the caller.
    /// - Returns: nil when the series is too short or carries no outcome. The overdispersion
    ///   `φ` is ``overdispersion(outcome:exposure:)``. Outcomes more than three
    ///   standard deviations above what their exposure predicts are pulled in to that bound.
    static func scan(level: [Double], outcome: [Double], exposure: [Double], minimumLength: Int = 3) -> Segment? {
        let n = outcome.count
        guard n >= 2 * minimumLength + 2, exposure.count == n, level.count == n else { return nil }
        let sigma = Robust.differenceScale(level)
        guard sigma > 0 else { return nil }
        let centre = Robust.median(level)
        let clipped = level.map { min(centre + 3 * sigma, max(centre - 3 * sigma, $0)) }
        let totalExposure = exposure.reduce(0, +)
        let firstRate = outcome.reduce(0, +) / totalExposure
        guard firstRate > 0, totalExposure > 0 else { return nil }
        let dispersion = overdispersion(outcome: outcome, exposure: exposure)
        // One extreme period (a spike) must not pass for a different rate everywhere else: each
        // outcome is pulled in to three standard deviations above what its exposure predicts.
        let capped = zip(outcome, exposure).map { o, e in min(o, firstRate * e + 3 * (dispersion * firstRate * e).squareRoot()) }
        var levelSum = [0.0], outcomeSum = [0.0], exposureSum = [0.0]
        for t in 0..<n {
            levelSum.append(levelSum[t] + clipped[t])
            outcomeSum.append(outcomeSum[t] + capped[t])
            exposureSum.append(exposureSum[t] + exposure[t])
        }
        let totalOutcome = outcomeSum[n]
        let rate = totalOutcome / totalExposure
        var best: Segment?
        var tried = 0
        for start in 0...(n - minimumLength) {
            for end in (start + minimumLength)...n where n - (end - start) >= minimumLength {
                tried += 1
                let length = Double(end - start)
                let levelShift = (levelSum[end] - levelSum[start]) / length - (levelSum[n] - levelSum[end] + levelSum[start]) / (Double(n) - length)
                let levelStatistic = levelShift / (sigma * (1 / length + 1 / (Double(n) - length)).squareRoot())
                let exposureIn = exposureSum[end] - exposureSum[start], exposureOut = totalExposure - exposureIn
                guard exposureIn > 0, exposureOut > 0 else { continue }
                let outcomeIn = outcomeSum[end] - outcomeSum[start]
                let inside = outcomeIn / exposureIn, outside = (totalOutcome - outcomeIn) / exposureOut
                let rateStatistic = (outside - inside) / (dispersion * rate * (1 / exposureIn + 1 / exposureOut)).squareRoot()
                let statistic = 2.0.squareRoot() * min(levelStatistic, rateStatistic)
                if best.map({ statistic > $0.statistic }) ?? true {
                    best = Segment(start: start, end: end, insideRate: inside, outsideRate: outside, levelStatistic: levelStatistic,
                                   rateStatistic: rateStatistic, statistic: statistic, pValue: 1)
                }
            }
        }
        guard let best, best.statistic > 0 else { return nil }
        let z = best.statistic
        let approximation = Double(n) * z * z * exp(-z * z / 2) / (2 * Double.pi).squareRoot() / 8
        let p = min(1, TailProbability.bonferroni(TailProbability.normalUpper(z), tests: tried), approximation)
        return Segment(start: best.start, end: best.end, insideRate: best.insideRate, outsideRate: best.outsideRate,
                       levelStatistic: best.levelStatistic, rateStatistic: best.rateStatistic, statistic: z, pValue: p)
    }

    /// The overdispersion `φ` (at least 1) of counts against a rate per unit of exposure that
    /// may shift: read from neighbouring periods only, so that a shifted stretch touches two
    /// pairs. Given the two periods' total `N`, the first period's count is binomial with
    /// `N`'s share of exposure `π = e₁ / (e₁ + e₂)` under a common rate; the median of the squared
    /// Pearson residuals `(o₁ − Nπ)² / (Nπ(1 − π))` over 0.455 (the median of a chi-square with one
    /// degree of freedom) estimates `φ`. Pairs without outcomes carry no information and are
    /// skipped.
    static func overdispersion(outcome: [Double], exposure: [Double]) -> Double {
        var squared: [Double] = []
        for t in 1..<max(1, outcome.count) {
            let total = outcome[t - 1] + outcome[t], share = exposure[t - 1] / (exposure[t - 1] + exposure[t])
            guard total > 0, share > 0, share < 1 else { continue }
            let expected = total * share
            squared.append((outcome[t - 1] - expected) * (outcome[t - 1] - expected) / (expected * (1 - share)))
        }
        return squared.isEmpty ? 1 : max(1, Robust.median(squared) / 0.455)
    }
}
