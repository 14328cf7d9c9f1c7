import Foundation
import Statistics

/// Finds stretches of reports that vary too little for the person.
///
/// Around every report, the `window` reports with activity are taken; each count's
/// peer-adjusted log values in the window are compared with the person's own week-to-week noise
/// (first differences over √2 across the whole series). The sum over measures of squared
/// deviations from the window means, in units of that noise, is compared with the same sum for
/// every window of the peer group: a scaled chi-square fitted to their median and lower quartile
/// (``ScaledChiSquare``; honest weeks are calmer in some stretches than in others, so its degrees
/// of freedom are fewer than the values summed) gives the p-value as its lower tail, since
/// made-up numbers drawn between two bounds vary less. The reason also gives the robust z-score
/// of the sum's log among the group's windows. Amounts are left out: a period without deals
/// brings no amount, so their week-to-week changes are not one noise level. So are counts that
/// the group's typical person reports fewer than ``minimumLevel`` of a period (nine weeks
/// without a deal are common for someone who closes one every four).
struct SmoothnessDetector: Detector {
    var window = 9
    /// The lowest mean count a period, for the typical person of a group, for a measure to count
    /// in the group's statistic.
    var minimumLevel = 1.0

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        let measuresByGroup = groupMeasures(input)
        // Every person's windows: (series, row, first row of the window, log statistic).
        var windows: [(series: Int, row: Int, lower: Int, logStatistic: Double)] = []
        for (index, series) in input.series.enumerated() {
            let rows = series.rows.filter(input.isActive)
            guard rows.count >= 2 * window else { continue }
            let measures = measuresByGroup[series.group] ?? []
            let noise = measures.map { measure in Robust.differenceScale(rows.map { context.adjusted[$0][measure] }) }
            guard !measures.isEmpty, noise.allSatisfy({ $0 > 0 }) else { continue }
            for position in rows.indices {
                let lower = max(0, min(position - window / 2, rows.count - window))
                var statistic = 0.0
                for (measure, sigma) in zip(measures, noise) {
                    let values = rows[lower..<(lower + window)].map { context.adjusted[$0][measure] }
                    let mean = values.reduce(0, +) / Double(values.count)
                    statistic += values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (sigma * sigma)
                }
                windows.append((index, rows[position], rows[lower], log(max(statistic, 1e-12))))
            }
        }
        // The peer group's windows set the null distribution: honest weeks are calmer in some
        // stretches than in others, by more than a chi-square of all the values allows.
        var byGroup: [String: [Double]] = [:]
        for window in windows { byGroup[input.series[window.series].group, default: []].append(window.logStatistic) }
        let fits = byGroup.mapValues { logs in
            let null = ScaledChiSquare(logMedian: Robust.median(logs), logLowerQuartile: (try? Descriptive.quantile(logs, 0.25)) ?? .nan)
            return (centre: Robust.median(logs), spread: Robust.scale(logs), null: null, onePercent: null?.quantile(0.01) ?? 0)
        }
        var findings: [AuditFinding] = []
        for window in windows {
            let series = input.series[window.series]
            guard let fit = fits[series.group], fit.spread > 0, let null = fit.null else { continue }
            let z = (window.logStatistic - fit.centre) / fit.spread
            // Only windows below the fit's 1% point are reported; the rest skip the tail.
            guard exp(window.logStatistic) < fit.onePercent else { continue }
            let p = null.lowerTail(exp(window.logStatistic))
            let rows = series.rows.filter(input.isActive)
            guard let first = rows.firstIndex(of: window.lower) else { continue }
            let reason = "too smooth: from \(context.period(window.lower)) to \(context.period(rows[first + self.window - 1])) "
                + "the \((measuresByGroup[series.group] ?? []).map { input.measures[$0] }.joined(separator: ", ")) vary "
                + "\(String(format: "%.0f%%", exp((window.logStatistic - fit.centre) / 2) * 100)) as much as in the peer group's "
                + "typical stretch, relative to each person's own noise (robust z = \(NumberText.one(z)), p = \(NumberText.p(p)))"
            findings.append(AuditFinding(detector: .smoothness, rows: [window.row], pValue: p, reason: reason))
        }
        return findings
    }

    /// Per peer group, the counts its statistic sums: those whose mean a period reaches
    /// ``minimumLevel`` for the group's median person. Counts below that are left out, as a
    /// window of nothing but zeros is common for them and says nothing about how a person writes
    /// numbers; the choice is the group's, so that every person in it is compared on the same
    /// sum.
    private func groupMeasures(_ input: AuditInput) -> [String: [Int]] {
        var means: [String: [[Double]]] = [:]
        for series in input.series {
            let rows = series.rows.filter(input.isActive)
            guard !rows.isEmpty else { continue }
            means[series.group, default: []].append((0..<input.amountIndex).map { CountNoise.mean(input, rows: rows, measure: $0) })
        }
        return means.mapValues { people in
            (0..<input.amountIndex).filter { measure in Robust.median(people.map { $0[measure] }) >= minimumLevel }
        }
    }
}
