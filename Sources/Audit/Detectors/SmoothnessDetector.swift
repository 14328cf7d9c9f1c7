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
/// without a deal are common for someone who closes one every four). A group of fewer than
/// ``minimumPeople`` people is too small to be its own reference; its people are compared with
/// everyone's windows instead.
struct SmoothnessDetector: Detector {
    var window = 9
    /// The lowest mean count a period, for the typical person of a group, for a measure to count
    /// in the group's statistic.
    var minimumLevel = 1.0
    /// The fewest people with enough reports for a group to be its own reference.
    var minimumPeople = 3

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        let eligible = input.series.indices.filter { input.series[$0].rows.filter(input.isActive).count >= 2 * window }
        var people: [String: Int] = [:]
        for index in eligible { people[input.series[index].group, default: 0] += 1 }
        // A person whose group has fewer than `minimumPeople` people with enough reports (at
        // worst one, whose calmest weeks would be compared with their own) is compared with
        // everyone instead: the measures the typical person of the data reports, and every
        // person's windows of them as the null.
        let everyone = "\u{1F}everyone"
        let reference = { (index: Int) in
            let group = input.series[index].group
            return (people[group] ?? 0) >= minimumPeople ? group : everyone
        }
        var members: [String: [Int]] = [:]
        for index in eligible { members[reference(index), default: []].append(index) }
        if members[everyone] != nil { members[everyone] = eligible }
        var findings: [AuditFinding] = []
        for (key, series) in members {
            // The counts are chosen by everyone of the group who reported anything (everyone in
            // the data for the comparison with everyone), not only by those tested.
            let choosers = input.series.indices.filter { index in
                (key == everyone || input.series[index].group == key) && input.series[index].rows.contains(where: input.isActive)
            }
            let measures = countsAboveMinimum(input, series: choosers)
            // Every person's windows: (series, row, first row of the window, log statistic).
            let windows = series.flatMap { index in self.windows(context, series: index, measures: measures) }
            // The group's windows set the null distribution: honest weeks are calmer in some
            // stretches than in others, by more than a chi-square of all the values allows.
            let logs = windows.map(\.logStatistic)
            let centre = Robust.median(logs), spread = Robust.scale(logs)
            guard spread > 0, let null = ScaledChiSquare(logMedian: centre, logLowerQuartile: (try? Descriptive.quantile(logs, 0.25)) ?? .nan) else {
                continue
            }
            let onePercent = null.quantile(0.01)
            for window in windows where reference(window.series) == key {
                // Only windows below the fit's 1% point are reported; the rest skip the tail.
                guard exp(window.logStatistic) < onePercent else { continue }
                let z = (window.logStatistic - centre) / spread
                let p = null.lowerTail(exp(window.logStatistic))
                let rows = input.series[window.series].rows.filter(input.isActive)
                guard let first = rows.firstIndex(of: window.lower) else { continue }
                let compared = key == everyone ? "everyone's" : "the peer group's"
                let reason = "too smooth: from \(context.period(window.lower)) to \(context.period(rows[first + self.window - 1])) "
                    + "the \(measures.map { input.measures[$0] }.joined(separator: ", ")) vary "
                    + "\(String(format: "%.0f%%", exp((window.logStatistic - centre) / 2) * 100)) as much as in \(compared) "
                    + "typical stretch, relative to each person's own noise (robust z = \(NumberText.one(z)), p = \(NumberText.p(p)))"
                findings.append(AuditFinding(detector: .smoothness, rows: [window.row], pValue: p, reason: reason))
            }
        }
        // In the order of the reports, whatever order the groups came in.
        return findings.sorted { $0.rows[0] < $1.rows[0] }
    }

    /// A person's statistic around each of their reports with activity: the sum over the
    /// measures of the squared deviations of the peer-adjusted log values in the `window`
    /// around it from their mean, in units of the person's week-to-week noise (none when a
    /// measure never changes).
    private func windows(_ context: AuditContext, series index: Int, measures: [Int])
        -> [(series: Int, row: Int, lower: Int, logStatistic: Double)] {
        let input = context.input
        let rows = input.series[index].rows.filter(input.isActive)
        let noise = measures.map { measure in Robust.differenceScale(rows.map { context.adjusted[$0][measure] }) }
        guard !measures.isEmpty, noise.allSatisfy({ $0 > 0 }) else { return [] }
        return rows.indices.map { position in
            let lower = max(0, min(position - window / 2, rows.count - window))
            var statistic = 0.0
            for (measure, sigma) in zip(measures, noise) {
                let values = rows[lower..<(lower + window)].map { context.adjusted[$0][measure] }
                let mean = values.reduce(0, +) / Double(values.count)
                statistic += values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (sigma * sigma)
            }
            return (index, rows[position], rows[lower], log(max(statistic, 1e-12)))
        }
    }

    /// The counts a group's statistic sums: those whose mean a period reaches ``minimumLevel``
    /// for the group's median person. Counts below that are left out, as a window of nothing
    /// but zeros is common for them and says nothing about how a person writes numbers; the
    /// choice is the group's, so that every person in it is compared on the same sum.
    private func countsAboveMinimum(_ input: AuditInput, series: [Int]) -> [Int] {
        let means = series.map { index in
            let rows = input.series[index].rows.filter(input.isActive)
            return (0..<input.amountIndex).map { CountNoise.mean(input, rows: rows, measure: $0) }
        }
        return (0..<input.amountIndex).filter { measure in Robust.median(means.map { $0[measure] }) >= minimumLevel }
    }
}
