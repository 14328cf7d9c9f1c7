import Foundation

/// Compares each count with the person's own history after taking out the calendar.
///
/// A value is put on the log scale relative to the peer group's median for the same period
/// (holidays, quarter-ends and seasons move the whole group), then compared with the median of
/// the person's nearby reports (±`neighbourhood` periods, so a new hire's ramp-up is its own
/// baseline) in units of the person's robust spread (root mean square of the deviations without the
/// largest tenth, corrected to a normal standard deviation; floored at half the peers'
/// typical spread so a very regular person is not flagged for ordinary noise, and at the
/// counting noise of a Poisson count at the person's level, so that where most weeks repeat
/// the same small count a single deal is not read as an outlier). The one-sided
/// normal tail of that robust z-score is the p-value. Amounts are left to the consistency
/// detector: a single large amount is what a big deal looks like.
struct PeerHistoryDetector: Detector {
    var neighbourhood = 8

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        var findings: [AuditFinding] = []
        for measure in 0..<input.amountIndex {
            var deviations: [[(row: Int, local: Double, deviation: Double, countNoise: Double)]] = []
            var spreads: [Double] = []
            for series in input.series {
                let active = series.rows.filter(input.isActive)
                let overall = CountNoise.mean(input, rows: active, measure: measure)
                var entries: [(row: Int, local: Double, deviation: Double, countNoise: Double)] = []
                for (position, row) in active.enumerated() {
                    let lower = max(0, position - neighbourhood), upper = min(active.count - 1, position + neighbourhood)
                    guard upper - lower >= 4 else { continue }
                    var neighbours: [Double] = [], total = 0.0
                    neighbours.reserveCapacity(upper - lower)
                    for other in lower...upper where other != position {
                        neighbours.append(context.adjusted[active[other]][measure])
                        total += input.value(active[other], measure)
                    }
                    let local = Robust.median(neighbours)
                    let mean = total / Double(neighbours.count)
                    entries.append((row, local, context.adjusted[row][measure] - local,
                                    max(CountNoise.logScale(mean: mean), CountNoise.logScale(mean: overall))))
                }
                deviations.append(entries)
                if entries.count >= 8 { spreads.append(Robust.trimmedScale(entries.map(\.deviation))) }
            }
            let floor = 0.5 * Robust.median(spreads)
            for entries in deviations where entries.count >= 8 {
                let spread = max(Robust.trimmedScale(entries.map(\.deviation)), floor)
                guard spread > 0 else { continue }
                for entry in entries {
                    let z = entry.deviation / max(spread, entry.countNoise)
                    guard z > 2 else { continue }
                    let value = input.value(entry.row, measure)
                    let usual = (1 + context.peerMedian(entry.row, measure)) * exp(entry.local) - 1
                    let reason = "\(input.measures[measure]) \(NumberText.value(value)) in \(context.period(entry.row)) is "
                        + "\(NumberText.ratio((1 + value) / (1 + max(0, usual)))) the person's usual "
                        + "\(NumberText.one(max(0, usual))) for that period (peers' median "
                        + "\(NumberText.value(context.peerMedian(entry.row, measure)))), robust z = \(NumberText.one(z))"
                    findings.append(AuditFinding(detector: .peerHistory, rows: [entry.row],
                                                 pValue: TailProbability.normalUpper(z), reason: reason))
                }
            }
        }
        return findings
    }
}
