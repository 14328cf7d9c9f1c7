import Foundation

/// Finds reports that repeat an earlier report of the same person, exactly or with counts nudged.
///
/// For each person, the chance that two of the person's reports lie as close as a given pair is
/// read off all pairs of the person's reports with activity: jointly for the counts (the share
/// of pairs at least as close in every count, as counts move together; the pairs of the report
/// tested left out, as a copy makes it close to everything its original is close to), times,
/// when the two amounts are the same as written, the chance that two of the person's amounts
/// agree so: the share of pairs of amounts within half the width in which the person's amounts
/// agree to the last written digit (``DigitTests/agreementWidth(_:)`` of the amounts counted in
/// ``AuditInput/amountUnit``: 1 for amounts written to that unit, 100 for a person who writes
/// them in hundreds of it), on the log scale, below the closest 2% of pairs interpolated
/// linearly down to 0. An amount repeated to the cent is as unlikely as the density of the
/// person's amounts says, a repeated round amount of a person who rounds much less so. Amounts
/// that differ, however little, leave the pair to its counts: a copy repeats the amount as
/// written, while honest amounts a unit apart are as common as equal ones, and weighing every
/// pair by the product of two shares made its chance far smaller than it is (the product of two
/// uniform shares falls below `x` with chance `x (1 − ln x)`, not `x`). Amounts of 0 (periods
/// without deals) and instalments (an amount paid again without deals, see
/// ``AuditContext/instalments``) repeat without anyone copying anything: they are neither
/// compared nor counted among the distances. A report's p-value is
/// the smallest such chance over the earlier reports, times the number of earlier reports that
/// could have come as close: all of them, unless the chance is below one pair's worth of counts,
/// which only pairs whose amounts were compared can reach (the count share alone never does).
/// Reports of zeros (vacations) are never compared.
struct DuplicateDetector: Detector {
    /// Share of pairs below which the amount's distance distribution is interpolated.
    var interpolationShare = 0.02

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        var findings: [AuditFinding] = []
        for series in input.series {
            let rows = series.rows.filter(input.isActive)
            guard rows.count >= 6 else { continue }
            let amount = input.amountIndex
            let compared = { (row: Int) in input.value(row, amount) > 0 && !context.instalments.contains(row) }
            let comparedAmounts = rows.filter(compared).map { input.value($0, amount) }
            let amounts = PairDistances(values: comparedAmounts.map(log1p), interpolateBelow: interpolationShare)
            let agreement = DigitTests.agreementWidth(comparedAmounts)
            let counts = rows.map { row in (0..<amount).map { input.value(row, $0) } }
            let pairGaps = PairGaps(counts)
            for later in 1..<rows.count {
                var best = (probability: 1.0, earlier: 0)
                var amountsCompared = 0
                for earlier in 0..<later {
                    // Counts move together (more visits, more leads), so their closeness is
                    // read jointly: the share of all pairs at least as close in every count.
                    let gaps = (0..<amount).map { abs(counts[earlier][$0] - counts[later][$0]) }
                    var probability = pairGaps.share(within: gaps)
                    let a = input.value(rows[earlier], amount), b = input.value(rows[later], amount)
                    if compared(rows[earlier]), compared(rows[later]) {
                        amountsCompared += 1
                        // Only an amount repeated as written counts: the chance of that is the
                        // share of pairs within the width of the last written digit.
                        if a == b { probability *= amounts.share(within: 0.5 * agreement / (1 + a)) }
                    }
                    if probability < best.probability { best = (probability, earlier) }
                }
                // The counts' share is read without the report's own pairs: a copy is close to
                // its original and to everything the original is close to.
                if best.probability < 1 {
                    let gaps = (0..<amount).map { abs(counts[best.earlier][$0] - counts[later][$0]) }
                    let withAll = pairGaps.share(within: gaps)
                    best.probability *= Self.shareWithout(later, counts: counts, within: gaps, pairGaps: pairGaps) / withAll
                }
                // Pairs compared on counts alone cannot come below one pair's worth of counts.
                let rivals = best.probability < pairGaps.smallestShare ? amountsCompared : later
                let p = TailProbability.bonferroni(best.probability, tests: rivals)
                guard p < 0.05 else { continue }
                findings.append(AuditFinding(detector: .duplicate, rows: [rows[later]], pValue: p,
                                             reason: reason(context, copy: rows[later], original: rows[best.earlier], p: p)))
            }
        }
        return findings
    }

    /// The share of the pairs that do not involve report `left` whose counts all lie within
    /// `limit` of each other (at least one pair's worth): all such pairs, less the report's own.
    static func shareWithout(_ left: Int, counts: [[Double]], within limit: [Double], pairGaps: PairGaps) -> Double {
        let others = pairGaps.pairs - (counts.count - 1)
        guard others > 0 else { return pairGaps.share(within: limit) }
        let all = (pairGaps.share(within: limit) * Double(pairGaps.pairs)).rounded()
        let own = counts.indices.filter { other in
            other != left && limit.indices.allSatisfy { abs(counts[other][$0] - counts[left][$0]) <= limit[$0] }
        }.count
        return max(all - Double(own), 1) / Double(others)
    }

    private func reason(_ context: AuditContext, copy: Int, original: Int, p: Double) -> String {
        let input = context.input
        let values = { (row: Int) in input.measures.indices.map { input.text(row: row, $0) }.joined(separator: ", ") }
        let differing = input.measures.indices.filter { input.value(copy, $0) != input.value(original, $0) }
        let how = differing.isEmpty ? "repeats exactly" : "almost repeats (differs in \(differing.map { input.measures[$0] }.joined(separator: ", ")))"
        return "\(context.period(copy)) \(how) \(context.period(original)): \(input.measures.joined(separator: ", ")) "
            + "\(values(copy)) against \(values(original)); chance of so close a pair among the person's reports p = \(NumberText.p(p))"
    }
}

/// The distribution of distances between all pairs of one person's values of one measure.
struct PairDistances: Sendable {
    private let sorted: [Double]
    private let interpolateBelow: Double

    init(values: [Double], interpolateBelow: Double) {
        var distances: [Double] = []
        for i in values.indices { for j in values.indices where j > i { distances.append(abs(values[i] - values[j])) } }
        sorted = distances.sorted()
        self.interpolateBelow = interpolateBelow
    }

    /// The share of pairs at most `d` apart (at least one pair's worth, so nothing is impossible).
    func share(within d: Double) -> Double {
        let n = Double(sorted.count)
        guard n > 0 else { return 1 }
        if interpolateBelow > 0 {
            let index = min(sorted.count - 1, Int(interpolateBelow * n))
            let knot = sorted[index]
            if d < knot, knot > 0 { return Double(index + 1) / n * d / knot }
        }
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= d { low = mid + 1 } else { high = mid }
        }
        return max(Double(low), 1) / n
    }
}
