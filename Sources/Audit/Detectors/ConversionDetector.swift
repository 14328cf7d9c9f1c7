import Foundation

/// Finds stretches where a person's activity rose while what it brings did not follow: padded
/// visits or leads.
///
/// Honest counts keep their conversions: leads come from visits, deals from leads, at a rate
/// that is the person's own however much the person does. Padding (visits or leads inflated
/// while the outcomes stay) raises the activity for a stretch and lowers its conversion in the
/// same stretch. For every step of the funnel (visits → leads, leads → deals),
/// ``RateShift/scan(level:outcome:exposure:minimumLength:slope:)`` tests whether a stretch where
/// both happen exists, and locates it by maximum likelihood. Leads come from the same period's
/// visits, in proportion; deals also close from leads of earlier periods, so a busy stretch of
/// leads honestly brings fewer deals per lead: for the later steps the outcome is held to a
/// line, its slope the peer group's within persons (``withinSlopes(_:series:activity:outcome:)``)
/// and its level the person's own outside the stretch, and so is the first step where the peer
/// group's leads mostly come whatever the visits
/// (``ConsistencyDetector/groupsWithFixedOutcomes(_:activity:outcome:)``). Each scan is one
/// hypothesis about a group of reports: those of the located stretch. A stretch that starts or
/// ends the series is reported only when its activity lies further from the peers' than the
/// rest of the series does, so a new hire whose activity reaches the peers' level is not taken
/// for padding; and for the later steps of the funnel (leads → deals), a new hire's first
/// `rampUp` reports (of a person whose first report comes after the earliest in the data) are
/// left out, since while the pipeline fills, deals do not yet follow leads in proportion. The
/// first step keeps them: leads come from the same period's visits, so a ramp-up raises both
/// in proportion, and padding during the ramp-up still shows.
struct ConversionDetector: Detector {
    /// Reports of a new hire's ramp-up: a quarter of weekly reports.
    var rampUp = 13

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        let earliest = input.rows.min { $0.isEarlier(than: $1) }?.timeKey
        let pairs = Self.pairs(measureCount: input.measures.count)
        // The reports each person's scan of each step reads.
        let scanned = input.series.map { series in
            pairs.map { activity, _ in
                let newHire = series.rows.first.map { input.rows[$0].timeKey } != earliest
                return series.rows.dropFirst(newHire && activity > 0 ? rampUp : 0).filter { input.isActive($0) && input.value($0, activity) > 0 }
            }
        }
        let slopes = pairs.indices.map { pair in
            Self.withinSlopes(input, series: input.series.indices.map { (input.series[$0].group, scanned[$0][pair]) },
                              activity: pairs[pair].0, outcome: pairs[pair].1)
        }
        // Where a group's outcomes mostly come whatever the activity (inbound leads), the first
        // step is held to the group's line too: busier weeks honestly bring no more of them.
        let fixedGroups = pairs.map { ConsistencyDetector.groupsWithFixedOutcomes(input, activity: $0.0, outcome: $0.1) }
        var findings: [AuditFinding] = []
        for (index, series) in input.series.enumerated() {
            for (pair, (activity, outcome)) in pairs.enumerated() {
                let rows = scanned[index][pair]
                let exposure = rows.map { input.value($0, activity) }
                let level = rows.map { context.adjusted[$0][activity] }
                guard let segment = RateShift.scan(level: level, outcome: rows.map { input.value($0, outcome) }, exposure: exposure,
                                                   slope: activity > 0 || fixedGroups[pair].contains(series.group)
                                                       ? max(0, slopes[pair][series.group] ?? 0) : nil),
                      segment.pValue < 0.05 else { continue }
                if segment.start == 0 || segment.end == rows.count {
                    let inside = Robust.median(Array(level[segment.start..<segment.end]))
                    let outside = Robust.median(level.indices.filter { $0 < segment.start || $0 >= segment.end }.map { level[$0] })
                    if abs(outside) > abs(inside) { continue }
                }
                let stretch = Array(rows[segment.start..<segment.end])
                let activityName = input.measures[activity], outcomeName = input.measures[outcome]
                let median = { (rows: [Int]) in NumberText.value(Robust.median(rows.map { input.value($0, activity) })) }
                let inside = Set(stretch)
                let reason = "\(activityName) rose without \(outcomeName) following in \(context.period(stretch[0]))–"
                    + "\(context.period(stretch[stretch.count - 1])) (\(stretch.count) reports): median \(activityName) "
                    + "\(median(rows.filter { !inside.contains($0) })) → \(median(stretch)) (z = \(NumberText.one(segment.levelStatistic))) "
                    + "while \(outcomeName) per \(activityName) fell from \(String(format: "%.2f", segment.outsideRate)) to "
                    + "\(String(format: "%.2f", segment.insideRate)) (z = \(NumberText.one(segment.rateStatistic))); "
                    + "p = \(NumberText.p(segment.pValue))"
                findings.append(AuditFinding(detector: .conversion, rows: stretch, pValue: segment.pValue,
                                             reason: reason, scope: .group))
            }
        }
        return findings
    }

    /// Per peer group, the slope of an outcome on its activity within persons: each person's
    /// deviations from the person's own means, pooled over the group. One person's padded
    /// stretch hardly moves it, where it would flatten the person's own line.
    static func withinSlopes(_ input: AuditInput, series: [(group: String, rows: [Int])], activity: Int, outcome: Int) -> [String: Double] {
        var sums: [String: (xy: Double, xx: Double)] = [:]
        for (group, rows) in series where rows.count >= 2 {
            let x = rows.map { input.value($0, activity) }, y = rows.map { input.value($0, outcome) }
            let meanX = x.reduce(0, +) / Double(x.count), meanY = y.reduce(0, +) / Double(y.count)
            var xy = 0.0, xx = 0.0
            for (a, b) in zip(x, y) {
                xy += (a - meanX) * (b - meanY)
                xx += (a - meanX) * (a - meanX)
            }
            sums[group, default: (0, 0)].xy += xy
            sums[group, default: (0, 0)].xx += xx
        }
        return sums.compactMapValues { $0.xx > 0 ? $0.xy / $0.xx : nil }
    }

    /// The pairs of counts (activity, outcome) scanned: each step of the funnel. (Later counts
    /// are not scanned against earlier ones two steps back: deals also close from an older
    /// pipeline, so they are not in proportion to this period's visits.)
    static func pairs(measureCount: Int) -> [(Int, Int)] {
        let counts = measureCount - 1
        return (0..<max(0, counts - 1)).map { ($0, $0 + 1) }
    }
}
