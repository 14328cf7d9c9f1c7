import Foundation

/// The calendar as the peers saw it: for every period, each measure's median over the active
/// reports of the entity's peer group. When fewer than three of the group reported in a
/// period, everyone's median for the period stands in, scaled by the group's usual level over
/// everyone's (medians over all periods): groups differ in level (inside sales make three times
/// the visits of field sales), and an unscaled stand-in would make such a period look like a
/// jump in the person's series.
///
/// Holidays, summer dips and quarter-end pushes move a whole group at once; comparing a report
/// with its peers' median for the same period takes them out, so what remains is the person's
/// own deviation.
struct PeerBaseline: Sendable {
    /// Minimum number of active peer reports in a group and period before the group's own
    /// median is used.
    static let minimumPeers = 3

    private var medians: [String: [Double]] = [:]
    /// Per group and measure, the group's usual level over everyone's (`(1 + median)` ratios).
    private var levels: [String: [Double]] = [:]

    init(_ input: AuditInput) {
        var groupCells: [String: [[Double]]] = [:]
        var allCells: [String: [[Double]]] = [:]
        var groupValues: [String: [[Double]]] = [:]
        let empty = Array(repeating: [Double](), count: input.measures.count)
        var allValues = empty
        for (index, row) in input.rows.enumerated() where input.isActive(index) {
            let groupKey = row.group + "\u{1F}" + row.period
            for measure in input.measures.indices {
                let value = input.value(index, measure)
                groupCells[groupKey, default: empty][measure].append(value)
                allCells[row.period, default: empty][measure].append(value)
                groupValues[row.group, default: empty][measure].append(value)
                allValues[measure].append(value)
            }
        }
        let usual = allValues.map(Robust.median)
        for (group, columns) in groupValues {
            levels[group] = zip(columns.map(Robust.median), usual).map { (1 + $0) / (1 + $1) }
        }
        for (key, columns) in allCells { medians["\u{1F}all\u{1F}" + key] = columns.map(Robust.median) }
        for (key, columns) in groupCells where columns[0].count >= Self.minimumPeers {
            medians[key] = columns.map(Robust.median)
        }
    }

    /// The peers' median of a measure for a report's group and period (0 when nobody was active).
    /// A stand-in is never below 0: scaling `1 + median` by a group's level below everyone's
    /// would otherwise put the median of counts that are mostly 0 at −0.5, and every report of
    /// that period half a unit above its peers.
    func median(group: String, period: String, measure: Int) -> Double {
        if let values = medians[group + "\u{1F}" + period] { return values[measure] }
        guard let everyone = medians["\u{1F}all\u{1F}" + period]?[measure] else { return 0 }
        return max(0, (1 + everyone) * (levels[group]?[measure] ?? 1) - 1)
    }

    /// `log(1 + x) − log(1 + peer median)`: how far above or below the peers a value is, on the
    /// log scale where counts and amounts vary proportionally.
    func adjusted(_ input: AuditInput, row: Int, measure: Int) -> Double {
        let report = input.rows[row]
        return log1p(input.value(row, measure)) - log1p(median(group: report.group, period: report.period, measure: measure))
    }
}
