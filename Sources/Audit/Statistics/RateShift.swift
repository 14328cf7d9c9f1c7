import Foundation
import Statistics

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
/// p-value. The scan takes the stretch where it is largest to test whether there is such a
/// stretch at all; where it lies is then estimated by maximum likelihood: the stretch (activity
/// higher, rate lower inside) that most raises the joint log-likelihood of a normal level and a
/// Poisson rate, each allowed a different value inside. Both change at the same periods when
/// activity is padded, so the joint fit locates the stretch more closely than the scan's
/// statistic, which an honest period at either end barely lowers.
enum RateShift {
    /// The stretch `[start, end)` where activity rose most without its outcome (the maximum
    /// likelihood estimate), and the p-value of the scan.
    struct Segment: Equatable {
        let start: Int
        let end: Int
        /// Outcome per unit of exposure inside the stretch and outside it.
        let insideRate: Double
        let outsideRate: Double
        /// The standardized rise of the activity's level.
        let levelStatistic: Double
        /// The standardized fall of the rate `(r_out − r_in) / √(φ r (1/E_in + 1/E_out))` (`r`
        /// the pooled rate, `E` the exposures, `φ` the overdispersion); with a slope, the
        /// standardized shortfall from the line (``lineShortfall(inside:outside:length:count:slope:dispersion:)``).
        /// Where `φ` was read above its floor of 1, the normal deviate of the same tail as
        /// Student's t with as many degrees of freedom as pairs it was read from (an
        /// approximation, see ``scan(level:outcome:exposure:minimumLength:slope:)``;
        /// ``studentAsNormal(_:degreesOfFreedom:)``).
        let rateStatistic: Double
        /// The scan's statistic: the largest `√2 · min(level, rate)` over all stretches (which
        /// need not be this stretch's).
        let statistic: Double
        /// The chance of so extreme a stretch without padding, bounded by that of the sum over
        /// √2: the smaller of Simes' combination of every stretch's normal tail over the
        /// stretches tried (padding raises many overlapping stretches at once) and the scan's
        /// tail approximation `n z² φ(z) / 8` (as for ``LevelShift``).
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
    ///   - slope: when given, the outcome is tested against a line `a + slope · activity` whose
    ///     intercept is read from the periods outside each stretch (see
    ///     ``lineShortfall(inside:outside:length:count:slope:dispersion:)``) instead of a rate in
    ///     proportion to the activity: for outcomes that partly come whatever the activity, such as
    ///     deals from an older pipeline.
    /// - Returns: nil when the series is too short or carries no outcome. The overdispersion
    ///   `φ` a stretch's rate is judged by is the mean of ``pairResiduals(outcome:exposure:)``
    ///   over the pairs of periods that do not touch the stretch (padding whose size varies from
    ///   period to period would widen it; with fewer than five such pairs, all pairs,
    ///   ``overdispersion(outcome:exposure:)``). An estimate above 1 is read from those pairs
    ///   (or, in that fallback, from all pairs), so the fall it standardizes is weighed as
    ///   Student's t with as many degrees of freedom as pairs with outcomes (an approximation:
    ///   neighbouring pairs share a period; ten periods outside in one run give at most nine
    ///   pairs). At the floor of 1 the counting noise of a Poisson count is taken as known: an
    ///   upper bound for binomial counts such as leads out of visits, but truly overdispersed
    ///   counts read from few pairs also fall to the floor by chance, and those stretches are
    ///   weighed as normal (see Benchmarks/README.md, *Overdispersion read from few weeks*).
    ///   Outcomes more than three standard deviations above what their exposure predicts (at the
    ///   overall `φ`) are pulled in to that bound, and periods whose activity lies more than
    ///   three noise levels above its median are left out of the rate (not of the level).
    static func scan(level: [Double], outcome: [Double], exposure: [Double], minimumLength: Int = 3,
                     slope: Double? = nil) -> Segment? {
        let n = outcome.count
        guard n >= 2 * minimumLength + 2, exposure.count == n, level.count == n else { return nil }
        let sigma = Robust.differenceScale(level)
        guard sigma > 0 else { return nil }
        let centre = Robust.median(level)
        let clipped = level.map { min(centre + 3 * sigma, max(centre - 3 * sigma, $0)) }
        // Periods whose activity lies more than three noise levels above the median are left
        // out of the rate: a spike of visits is the spike tests' business, and its exposure
        // would make any stretch around it read as one of lower conversion.
        let kept = zip(level, clipped).map { $1 < $0 ? 0.0 : 1.0 }
        let exposure = zip(exposure, kept).map { $0 * $1 }, outcome = zip(outcome, kept).map { $0 * $1 }
        let totalExposure = exposure.reduce(0, +)
        let firstRate = outcome.reduce(0, +) / totalExposure
        guard firstRate > 0, totalExposure > 0 else { return nil }
        let dispersion = overdispersion(outcome: outcome, exposure: exposure)
        // One extreme period (a spike) must not pass for a different rate everywhere else: each
        // outcome is pulled in to three standard deviations above what its exposure predicts.
        let capped = zip(outcome, exposure).map { o, e in min(o, firstRate * e + 3 * (dispersion * firstRate * e).squareRoot()) }
        // The overdispersion a stretch's rate is judged by is read from the pairs of neighbouring
        // periods outside it (padding that varies from period to period would widen it).
        var pairSum = [0.0], pairCount = [0.0]
        for residual in pairResiduals(outcome: outcome, exposure: exposure) {
            pairSum.append(pairSum[pairSum.count - 1] + (residual ?? 0))
            pairCount.append(pairCount[pairCount.count - 1] + (residual == nil ? 0 : 1))
        }
        // The overdispersion a stretch's rate is judged by and the number of pairs it was read
        // from.
        func outsideDispersion(_ start: Int, _ end: Int) -> (phi: Double, pairs: Double) {
            // Pairs at indices start − 1 ... end − 1 touch the stretch [start, end).
            let first = max(0, start - 1), last = min(n - 1, end)
            let count = pairCount[n - 1] - (pairCount[last] - pairCount[first])
            guard count >= 5 else { return (dispersion, pairCount[n - 1]) }
            return (max(1, (pairSum[n - 1] - (pairSum[last] - pairSum[first])) / count), count)
        }
        var levelSum = [0.0], outcomeSum = [0.0], exposureSum = [0.0]
        for t in 0..<n {
            levelSum.append(levelSum[t] + clipped[t])
            outcomeSum.append(outcomeSum[t] + capped[t])
            exposureSum.append(exposureSum[t] + exposure[t])
        }
        let totalOutcome = outcomeSum[n]
        let rate = totalOutcome / totalExposure
        // Both standardized differences of a stretch, and the joint log-likelihood it gains.
        func measure(_ start: Int, _ end: Int) -> (level: Double, rate: Double, inside: Double, outside: Double, gain: Double)? {
            let length = Double(end - start)
            let levelIn = levelSum[end] - levelSum[start], levelOut = levelSum[n] - levelIn
            let levelShift = levelIn / length - levelOut / (Double(n) - length)
            let levelStatistic = levelShift / (sigma * (1 / length + 1 / (Double(n) - length)).squareRoot())
            let exposureIn = exposureSum[end] - exposureSum[start], exposureOut = totalExposure - exposureIn
            guard exposureIn > 0, exposureOut > 0 else { return nil }
            let outcomeIn = outcomeSum[end] - outcomeSum[start], outcomeOut = totalOutcome - outcomeIn
            let inside = outcomeIn / exposureIn, outside = outcomeOut / exposureOut
            let (phi, pairs) = outsideDispersion(start, end)
            let standardized: Double
            if let slope {
                guard let shortfall = lineShortfall(inside: (exposureIn, outcomeIn), outside: (exposureOut, outcomeOut),
                                                    length: length, count: Double(n) - length, slope: slope,
                                                    dispersion: phi) else { return nil }
                standardized = shortfall
            } else {
                standardized = (outside - inside) / (phi * rate * (1 / exposureIn + 1 / exposureOut)).squareRoot()
            }
            let rateStatistic = phi > 1 ? studentAsNormal(standardized, degreesOfFreedom: pairs) : standardized
            let levelGain = (levelIn * levelIn / length + levelOut * levelOut / (Double(n) - length) - levelSum[n] * levelSum[n] / Double(n))
                / (2 * sigma * sigma)
            let rateGain = (poissonTerm(outcomeIn, exposureIn) + poissonTerm(outcomeOut, exposureOut) - poissonTerm(totalOutcome, totalExposure))
                / dispersion
            return (levelStatistic, rateStatistic, inside, outside, levelGain + rateGain)
        }
        var best: (start: Int, end: Int, statistic: Double)?
        var located: (start: Int, end: Int, gain: Double)?
        var tried = 0
        var tails: [Double] = []
        for start in 0...(n - minimumLength) {
            for end in (start + minimumLength)...n where n - (end - start) >= minimumLength {
                tried += 1
                guard let stretch = measure(start, end) else { continue }
                let statistic = 2.0.squareRoot() * min(stretch.level, stretch.rate)
                if statistic > 0 { tails.append(TailProbability.normalUpper(statistic)) }
                if best.map({ statistic > $0.statistic }) ?? true { best = (start, end, statistic) }
                if stretch.level > 0, stretch.rate > 0, located.map({ stretch.gain > $0.gain }) ?? true {
                    located = (start, end, stretch.gain)
                }
            }
        }
        guard let best, best.statistic > 0 else { return nil }
        let z = best.statistic
        let approximation = Double(n) * z * z * exp(-z * z / 2) / (2 * Double.pi).squareRoot() / 8
        let p = min(1, TailProbability.simes(tails, tests: tried), approximation)
        // A positive statistic means a stretch with higher activity and a lower rate exists, so
        // the likelihood search found one.
        let (start, end) = located.map { ($0.start, $0.end) } ?? (best.start, best.end)
        guard let stretch = measure(start, end) else { return nil }
        return Segment(start: start, end: end, insideRate: stretch.inside, outsideRate: stretch.outside,
                       levelStatistic: stretch.level, rateStatistic: stretch.rate, statistic: z, pValue: p)
    }

    /// How far a stretch's outcomes fell short of the line `a + b · x` of a known slope `b`
    /// whose intercept is read from the periods outside it, standardized: the prediction
    /// `P = L ȳ + b (X − L x̄)` for the stretch's `L` periods and total activity `X` (means `x̄`,
    /// `ȳ` over the `n` periods outside) minus the observed total, over `√(φ (P + L² ȳ / n))`,
    /// the outcome's own counting noise and that of the outside mean it is predicted from
    /// (overdispersed counts, variance `φ` times the mean). Nil when nothing is predicted.
    /// - Parameters:
    ///   - inside: the stretch's total activity and total outcome.
    ///   - outside: the same totals over the other periods.
    static func lineShortfall(inside: (x: Double, y: Double), outside: (x: Double, y: Double),
                              length: Double, count: Double, slope: Double, dispersion: Double) -> Double? {
        let meanX = outside.x / count, meanY = outside.y / count
        let predicted = length * meanY + slope * (inside.x - length * meanX)
        guard predicted > 0, meanY > 0 else { return nil }
        return (predicted - inside.y) / (dispersion * (predicted + length * length * meanY / count)).squareRoot()
    }

    /// For a positive `t`, the standard normal deviate with the same upper tail as Student's t
    /// with the given degrees of freedom: a difference standardized by an overdispersion read
    /// from a few pairs of periods is a t statistic, not a normal one, and its evidence is
    /// weighed as such. Other values (no evidence of a fall) are returned as they are.
    static func studentAsNormal(_ t: Double, degreesOfFreedom: Double) -> Double {
        guard t > 0, degreesOfFreedom >= 1 else { return t }
        return -Normal.standard.quantile(TailProbability.studentUpper(t, degreesOfFreedom: degreesOfFreedom))
    }

    /// `o log(o / e)`, the part of a Poisson log-likelihood at its maximum that depends on the
    /// rate (0 for no outcome).
    private static func poissonTerm(_ outcome: Double, _ exposure: Double) -> Double {
        outcome > 0 ? outcome * log(outcome / exposure) : 0
    }

    /// The overdispersion `φ` (at least 1) of counts against a rate per unit of exposure that
    /// may shift, from all neighbouring pairs (see ``pairResiduals(outcome:exposure:)``): the
    /// mean of their squared Pearson residuals.
    static func overdispersion(outcome: [Double], exposure: [Double]) -> Double {
        let squared = pairResiduals(outcome: outcome, exposure: exposure).compactMap { $0 }
        return squared.isEmpty ? 1 : max(1, squared.reduce(0, +) / Double(squared.count))
    }

    /// For each pair of neighbouring periods `(t − 1, t)`, `t ≥ 1` (at index `t − 1`), the
    /// squared Pearson residual of the first period's count: given the two periods' total `N`,
    /// it is binomial with `N`'s share of exposure `π = e₁ / (e₁ + e₂)` under a common rate, so
    /// `(o₁ − Nπ)² / (Nπ(1 − π))` has mean 1 however small the counts, and `φ` with
    /// overdispersion. Read from neighbours only, a shifted rate touches two pairs. Each is
    /// capped at 10 (beyond the 99.8% point of a chi-square with one degree of freedom), so one
    /// extreme pair cannot dominate a mean; nil for a pair without outcomes, which carries no
    /// information.
    static func pairResiduals(outcome: [Double], exposure: [Double]) -> [Double?] {
        (1..<max(1, outcome.count)).map { t in
            let total = outcome[t - 1] + outcome[t], share = exposure[t - 1] / (exposure[t - 1] + exposure[t])
            guard total > 0, share > 0, share < 1 else { return nil }
            let expected = total * share
            return min(10, (outcome[t - 1] - expected) * (outcome[t - 1] - expected) / (expected * (1 - share)))
        }
    }
}
