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
    /// Reports on each side of a report that make up the person's usual for it.
    static let neighbourhood = 8

    /// One active report's count against the person's usual for its period.
    struct Score {
        let row: Int
        /// The robust z-score (deviation over the person's spread, floored as described above).
        let z: Double
        /// The person's usual value for that period, on the measure's own scale.
        let usual: Double
    }

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        var findings: [AuditFinding] = []
        for measure in 0..<input.amountIndex {
            for score in context.history[measure] where score.z > 2 {
                let value = input.value(score.row, measure)
                let reason = "\(input.measures[measure]) \(NumberText.value(value)) in \(context.period(score.row)) is "
                    + "\(NumberText.aboveUsual(value, usual: score.usual)) for that period (peers' median "
                    + "\(NumberText.value(context.peerMedian(score.row, measure)))), robust z = \(NumberText.one(score.z))"
                findings.append(AuditFinding(detector: .peerHistory, rows: [score.row],
                                             pValue: TailProbability.normalUpper(score.z), reason: reason))
            }
        }
        return findings
    }

    /// The robust z-score of every active report of a count measure whose person has at least
    /// eight such reports with enough neighbours (``AuditContext/history`` holds them).
    /// - Parameter adjusted: every value on the peer-adjusted log scale, by row and measure.
    static func scores(_ input: AuditInput, adjusted: [[Double]], baseline: PeerBaseline, measure: Int) -> [Score] {
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
                    neighbours.append(adjusted[active[other]][measure])
                    total += input.value(active[other], measure)
                }
                let local = Robust.median(neighbours)
                let mean = total / Double(neighbours.count)
                entries.append((row, local, adjusted[row][measure] - local,
                                max(CountNoise.logScale(mean: mean), CountNoise.logScale(mean: overall))))
            }
            deviations.append(entries)
            if entries.count >= 8 { spreads.append(Robust.trimmedScale(entries.map(\.deviation))) }
        }
        let floor = 0.5 * Robust.median(spreads)
        var scores: [Score] = []
        for entries in deviations where entries.count >= 8 {
            let spread = max(Robust.trimmedScale(entries.map(\.deviation)), floor)
            guard spread > 0 else { continue }
            for entry in entries {
                let report = input.rows[entry.row]
                let peers = baseline.median(group: report.group, period: report.period, measure: measure)
                let usual = (1 + peers) * exp(entry.local) - 1
                scores.append(Score(row: entry.row, z: entry.deviation / max(spread, entry.countNoise), usual: max(0, usual)))
            }
        }
        return scores
    }
}
