import Foundation

/// Outliers and level shifts in each person's series.
///
/// - Generalized ESD (one-sided, up to a tenth of the series) on each count's peer-adjusted
///   log series: the isolated values far above the person's others. Each step's standard
///   deviation is floored at the counting noise at the person's mean (``CountNoise``); a count
///   the person reports the same in every period is not tested.
/// - Level shifts of the amount per deal (relative to the peers' for the same period, and
///   without the payments of a running instalment plan): rising for a stretch means amounts
///   were inflated, falling means deals were padded. When the stretch is the start or the end
///   of the series, it is reported only if it lies further from the peers than the rest. The scan is
///   ``LevelShift/permutationScan(_:upward:minimumLength:permutations:stopAfter:seed:)``: the
///   amount per deal averages a few lognormal deal sizes and the odd whale, tails too heavy for
///   the normal theory of a scan, so its p-value comes from permutations of the person's weeks.
struct ShiftDetector: Detector {
    func findings(_ context: AuditContext) -> [AuditFinding] {
        outliers(context) + shifts(context)
    }

    private func outliers(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        var findings: [AuditFinding] = []
        for series in input.series {
            let rows = series.rows.filter(input.isActive)
            for measure in 0..<input.amountIndex {
                // A person who reports the same count every period has no outlier of their own:
                // only the peers' medians would vary.
                guard Set(rows.map { input.value($0, measure) }).count > 1 else { continue }
                let values = rows.map { context.adjusted[$0][measure] }
                let noise = CountNoise.logScale(mean: CountNoise.mean(input, rows: rows, measure: measure))
                for outlier in GeneralizedESD.test(values, maxOutliers: max(1, values.count / 10), minimumScale: noise) {
                    let row = rows[outlier.index]
                    let reason = "\(input.measures[measure]) \(input.text(row: row, measure)) in "
                        + "\(context.period(row)) is an outlier of the person's series against the peers' calendar "
                        + "(generalized ESD, R = \(String(format: "%.2f", outlier.statistic)), p = \(NumberText.p(outlier.pValue)))"
                    findings.append(AuditFinding(detector: .shift, rows: [row], pValue: outlier.pValue, reason: reason))
                }
            }
        }
        return findings
    }

    private func shifts(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        let amount = input.amountIndex
        var findings: [AuditFinding] = []
        for (index, series) in input.series.enumerated() {
            // The amount per deal: inflated amounts (up) or padded deals (down). A running
            // instalment plan's payments are taken out of the amount: they come without deals.
            let rows = series.rows.filter { input.value($0, amount - 1) > 0 }
            let ratio = rows.map { row -> Double in
                let instalment = context.instalmentInAmount[row] ?? 0
                let adjustedAmount = instalment > 0
                    ? log1p(input.value(row, amount) - instalment) - log1p(context.peerMedian(row, amount))
                    : context.adjusted[row][amount]
                return adjustedAmount - context.adjusted[row][amount - 1]
            }
            for upward in [true, false] {
                guard let segment = LevelShift.permutationScan(ratio, upward: upward, seed: UInt64(2 * index + (upward ? 1 : 2))),
                      segment.pValue < 0.05 else { continue }
                // A shift between the first and the last part of the series says one of the two
                // parts is off, not which: the part further from the peers is the odd one (the
                // scan in the other direction finds the other part).
                if segment.start == 0 || segment.end == ratio.count {
                    let inside = ratio[segment.start..<segment.end], outside = ratio.indices.filter { $0 < segment.start || $0 >= segment.end }
                    let insideLevel = abs(Robust.median(Array(inside))), outsideLevel = abs(Robust.median(outside.map { ratio[$0] }))
                    if outsideLevel > insideLevel { continue }
                }
                let stretch = Array(rows[segment.start..<segment.end])
                let inside = Set(stretch)
                let outside = rows.filter { !inside.contains($0) }
                let what = upward ? "\(input.measures[amount]) per \(input.measures[amount - 1]) rose"
                    : "\(input.measures[amount]) per \(input.measures[amount - 1]) fell (\(input.measures[amount - 1]) padded?)"
                let reason = "\(what) from \(input.text(rate(input, outside, amount - 1).rounded(), measure: amount)) to "
                    + "\(input.text(rate(input, stretch, amount - 1).rounded(), measure: amount)) in \(span(context, stretch)); "
                    + "level shift z = \(NumberText.one(segment.statistic)), p = \(NumberText.p(segment.pValue))"
                findings.append(AuditFinding(detector: .shift, rows: stretch, pValue: segment.pValue, reason: reason))
            }
        }
        return findings
    }

    /// Total outcome (the measure after `step`) per unit of the measure at `step`.
    private func rate(_ input: AuditInput, _ rows: [Int], _ step: Int) -> Double {
        rows.map { input.value($0, step + 1) }.reduce(0, +) / max(1e-9, rows.map { input.value($0, step) }.reduce(0, +))
    }

    private func span(_ context: AuditContext, _ stretch: [Int]) -> String {
        "\(context.period(stretch[0]))–\(context.period(stretch[stretch.count - 1])) (\(stretch.count) reports)"
    }
}
