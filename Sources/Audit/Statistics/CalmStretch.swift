import Foundation
import Statistics

/// A scan for the stretch of a person's reports that varies less than the person's own history
/// allows: numbers drawn between two bounds.
///
/// Numbers made up between bounds around a person's usual level (as a spreadsheet's random
/// function draws them) lack what honest weeks have: periods without a deal, amounts far from
/// the usual one, activity that wanders. And since each number is drawn on its own, an amount
/// comes in now and then without any deal. A stretch of `L` reports is weighed on three pieces of
/// evidence, each with its own p-value under honest reports:
/// - the amount: every report brings one, which a person without an amount in a share `π₀` of
///   periods does with chance `(1 − π₀)^L`, and the log amounts' squared deviations from their
///   mean, in units of the person's noise, sum to a `χ²` with `L − 1` degrees of freedom, whose
///   lower tail is read;
/// - amounts without deals: how many of the stretch's reports bring one, against the person's
///   share of such among the periods with an amount outside the stretch (binomial upper tail;
///   ``withoutDealsTail(count:length:outsideCount:outsideWithAmount:)``);
/// - each count given: its squared deviations, the same way as the amount's.
///
/// Numbers are written to a last digit, so each stands for an interval (a count `x` for
/// `x ± ½`, or `x ± 2.5` when written in fives; an amount for the width of its last written
/// digit); the variance of rounding within it, `w²/12` for an interval `w` wide on the log
/// scale, is added to the squared deviations, so that a run of equal whole numbers, common for
/// small counts, is not read as no spread at all.
///
/// Fisher's method combines the three (`−2 Σ log p` against a `χ²` with twice as many degrees
/// of freedom as p-values), for stretches whose amounts (where weighed) vary less than the
/// person's noise: a stretch of payments without deals whose amounts vary as much as ever is
/// not calm, though the other two pieces of evidence may be strong. The stretch with the
/// smallest combined p-value is taken; the scan's
/// p-value is Simes' combination of every stretch's over the stretches tried: a calm block makes
/// many overlapping stretches calm, which Bonferroni's bound would not count.
enum CalmStretch {
    /// One report, as the scan reads it.
    struct Report: Equatable {
        /// The amount the period's deals brought (without instalments), 0 for none.
        let amount: Double
        /// Whether an amount came in without any deal (and is not a recurring instalment).
        let amountWithoutDeals: Bool
        /// The counts weighed, as `log(1 + x)`.
        let counts: [Double]
    }

    /// The stretch found, `[start, end)` in report positions, and its evidence.
    struct Segment: Equatable {
        let start: Int
        let end: Int
        /// The amounts' standard deviation in the stretch over the person's noise (nil when the
        /// amounts are written too coarsely to weigh their spread).
        let amountSpread: Double?
        /// Each count's standard deviation in the stretch over the person's noise (nil for a count
        /// without noise, which is not weighed).
        let countSpreads: [Double?]
        /// Reports in the stretch with an amount but no deal, and how many the person's rate
        /// among the other periods with an amount predicts.
        let amountsWithoutDeals: Int
        let expectedWithoutDeals: Double
        /// The scan's p-value: Simes' combination of the stretches' combined p-values over the
        /// number of stretches tried.
        let pValue: Double
    }

    /// The largest share of amounts that may equal another amount of the same person for the
    /// amounts to be read as continuous; amounts in whole units of a few thousand repeat in about
    /// one of a hundred.
    static let repeatedShareLimit = 0.1

    /// The share of the positive amounts that equal another of them.
    static func repeatedShare(_ amounts: [Double]) -> Double {
        let positive = amounts.filter { $0 > 0 }
        guard !positive.isEmpty else { return 0 }
        let occurrences = Dictionary(positive.map { ($0, 1) }, uniquingKeysWith: +)
        return Double(positive.filter { (occurrences[$0] ?? 0) > 1 }.count) / Double(positive.count)
    }

    /// Scans every stretch of `minimumLength` to `maximumLength` reports (at most half of them)
    /// in which every report brings an amount.
    /// - Parameters:
    ///   - amountResolution: the width within which the person's amounts agree to their last
    ///     written digit (``DigitTests/agreementWidth(_:)``); when it exceeds a hundredth of the
    ///     typical amount, equal amounts are common enough that their spread is not weighed.
    ///   - amountsRepeat: whether the amounts come from a list (a deal brings 2,500, two bring
    ///     5,000) and repeat exactly; a run of them then varies not at all without anyone
    ///     making anything up, and their spread is not weighed either.
    ///   - countUnits: per count, the unit it is written in (1, or 5 for visits given in
    ///     fives; ``DigitTests/countUnit(_:)``); 1 for counts not given.
    static func scan(_ reports: [Report], amountResolution: Double, amountsRepeat: Bool = false, countUnits: [Double] = [],
                     minimumLength: Int = 5, maximumLength: Int = 16) -> Segment? {
        let n = reports.count
        let longest = min(maximumLength, n / 2)
        let logAmounts = reports.filter { $0.amount > 0 }.map { log($0.amount) }
        guard minimumLength >= 2, longest >= minimumLength, logAmounts.count >= 2 * minimumLength else { return nil }
        // π₀, the chance of a report without an amount: the person's share, with one report of
        // each kind added.
        let withoutAmount = Double(n - logAmounts.count + 1) / Double(n + 2)
        let amountNoise = Robust.differenceScale(logAmounts)
        let weighAmounts = amountNoise > 0 && amountResolution <= 0.01 * exp(Robust.median(logAmounts)) && !amountsRepeat
        let countNoise = (0..<(reports.first?.counts.count ?? 0)).map { k in Robust.differenceScale(reports.map { $0.counts[k] }) }
        let totalWithoutDeals = reports.filter(\.amountWithoutDeals).count
        var best: (p: Double, start: Int, end: Int)?
        var tried = 0
        var pValues: [Double] = []
        for start in 0...(n - minimumLength) {
            let ends = (start + minimumLength)...min(n, start + longest)
            // Every stretch counts as tried, those with a report without an amount too (their
            // p-value is 1).
            tried += ends.count
            for end in ends {
                let stretch = reports[start..<end]
                guard stretch.allSatisfy({ $0.amount > 0 }) else { break }
                let found = evidence(stretch, withAmount: logAmounts.count, withoutAmount: withoutAmount,
                                     amountNoise: weighAmounts ? amountNoise : nil, amountResolution: amountResolution,
                                     countNoise: countNoise, countUnits: countUnits, totalWithoutDeals: totalWithoutDeals)
                // A stretch whose amounts vary as much as the person's usually do is not calm,
                // however the other evidence reads.
                let p = (found.amountSpread ?? 0) < 1 ? TailProbability.fisher(found.pValues) : 1
                pValues.append(p)
                if p < best?.p ?? 1 { best = (p, start, end) }
            }
        }
        guard let best else { return nil }
        let found = evidence(reports[best.start..<best.end], withAmount: logAmounts.count, withoutAmount: withoutAmount,
                             amountNoise: weighAmounts ? amountNoise : nil, amountResolution: amountResolution,
                             countNoise: countNoise, countUnits: countUnits, totalWithoutDeals: totalWithoutDeals)
        return Segment(start: best.start, end: best.end, amountSpread: found.amountSpread,
                       countSpreads: found.countSpreads, amountsWithoutDeals: found.withoutDeals,
                       expectedWithoutDeals: found.expectedWithoutDeals, pValue: TailProbability.simes(pValues, tests: tried))
    }

    /// A stretch's p-values (amount, amounts without deals, each count) and what they read.
    private static func evidence(_ stretch: ArraySlice<Report>, withAmount: Int, withoutAmount: Double, amountNoise: Double?,
                                 amountResolution: Double, countNoise: [Double], countUnits: [Double], totalWithoutDeals: Int)
        -> (pValues: [Double], amountSpread: Double?, countSpreads: [Double?], withoutDeals: Int, expectedWithoutDeals: Double) {
        let length = stretch.count
        let allAmounts = pow(1 - withoutAmount, Double(length))
        var pValues: [Double] = []
        var amountSpread: Double?
        if let amountNoise {
            let found = calm(stretch.map { log($0.amount) }, widths: stretch.map { amountResolution / $0.amount }, noise: amountNoise)
            pValues.append(allAmounts * found.p)
            amountSpread = found.spread
        } else {
            pValues.append(allAmounts)
        }
        let withoutDeals = stretch.filter(\.amountWithoutDeals).count
        let outsideCount = totalWithoutDeals - withoutDeals, outsideWithAmount = withAmount - length
        pValues.append(withoutDealsTail(count: withoutDeals, length: length, outsideCount: outsideCount,
                                        outsideWithAmount: outsideWithAmount))
        var countSpreads: [Double?] = []
        for (k, noise) in countNoise.enumerated() {
            guard noise > 0 else { countSpreads.append(nil); continue }
            // A whole count x stands for x ± ½ (x ± 2.5 when written in fives): an interval
            // exp(−log(1 + x)) wide on this scale, times the unit.
            let unit = k < countUnits.count ? countUnits[k] : 1
            let found = calm(stretch.map { $0.counts[k] }, widths: stretch.map { unit * exp(-$0.counts[k]) }, noise: noise)
            pValues.append(found.p)
            countSpreads.append(found.spread)
        }
        return (pValues, amountSpread, countSpreads, withoutDeals, withoutDealsRate(outsideCount, outsideWithAmount) * Double(length))
    }

    /// The chance that at least `count` of a stretch's `length` periods, each of which brings an
    /// amount, bring it without any deal, when the person's other periods with an amount did so
    /// `outsideCount` times in `outsideWithAmount` (binomial upper tail).
    ///
    /// The rate is read among periods with an amount, not among all periods: the stretch was
    /// chosen for bringing an amount in every period, which its own p-value already weighs, and
    /// a rate over all periods would count that evidence a second time (a person with no amount
    /// in 40% of the periods would be expected to have 40% fewer payments without deals in such
    /// a stretch than chance gives).
    ///
    /// The rate is plugged in as if known, which makes the tail somewhat too small. At a rate of
    /// a third, honest stretches of 8 to 16 periods come below 0.05 in 5–9% of cases when the
    /// rate is read from 20 other periods, and in 9–20% when from 2 to 5. The predictive tail
    /// that weighs the rate's uncertainty (beta-binomial, Jeffreys' prior) would hold the level,
    /// but for the rare payments without deals of most people it is far more cautious than
    /// needed: on the evaluation data it found 40 made-up reports where this tail finds 98.
    static func withoutDealsTail(count: Int, length: Int, outsideCount: Int, outsideWithAmount: Int) -> Double {
        guard count > 0 else { return 1 }
        let rate = withoutDealsRate(outsideCount, outsideWithAmount)
        return TailProbability.poissonBinomialUpper(atLeast: count, probabilities: Array(repeating: rate, count: length))
    }

    /// The share of periods with an amount that bring it without deals, `(count + ½)/(n + 1)`
    /// for `count` of `n` (the mean of Jeffreys' posterior).
    private static func withoutDealsRate(_ count: Int, _ withAmount: Int) -> Double {
        (Double(count) + 0.5) / Double(max(withAmount, 0) + 1)
    }

    /// The lower tail of the values' squared deviations from their mean in units of the noise
    /// (a `χ²` with one degree of freedom fewer than values), and their standard deviation over
    /// the noise. The rounding of each value to an interval `widths[i]` wide adds its expected
    /// share, `(L − 1)/L · Σ w²/12`, to the squared deviations.
    private static func calm(_ values: [Double], widths: [Double], noise: Double) -> (p: Double, spread: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let degrees = Double(values.count - 1)
        let rounding = degrees / Double(values.count) * widths.map { $0 * $0 / 12 }.reduce(0, +)
        let squares = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) + rounding) / (noise * noise)
        let p = (try? ChiSquared(degreesOfFreedom: degrees))?.cdf(squares) ?? 1
        return (p, (squares / degrees).squareRoot())
    }
}
