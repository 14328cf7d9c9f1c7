import Foundation

/// Finds stretches where a person's activity rose while what it brings did not follow: padded
/// visits or leads.
///
/// Honest counts keep their conversions: leads come from visits, deals from leads, at a rate
/// that is the person's own however much the person does. Padding (visits or leads inflated
/// while the outcomes stay) raises the activity for a stretch and lowers its conversion in the
/// same stretch. For every step of the funnel (visits → leads, leads → deals),
/// ``RateShift/scan(level:outcome:exposure:minimumLength:)`` tests whether a stretch where both
/// happen exists, and locates it by maximum likelihood. Each scan is one hypothesis about a
/// group of reports: those of the located stretch. A stretch that starts or
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
        var findings: [AuditFinding] = []
        for series in input.series {
            for (activity, outcome) in Self.pairs(measureCount: input.measures.count) {
                let newHire = series.rows.first.map { input.rows[$0].timeKey } != earliest
                let rows = series.rows.dropFirst(newHire && activity > 0 ? rampUp : 0).filter { input.isActive($0) && input.value($0, activity) > 0 }
                let exposure = rows.map { input.value($0, activity) }
                let level = rows.map { context.adjusted[$0][activity] }
                guard let segment = RateShift.scan(level: level, outcome: rows.map { input.value($0, outcome) }, exposure: exposure),
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

    /// The pairs of counts (activity, outcome) scanned: each step of the funnel. (Later counts
    /// are not scanned against earlier ones two steps back: deals also close from an older
    /// pipeline, so they are not in proportion to this period's visits.)
    static func pairs(measureCount: Int) -> [(Int, Int)] {
        let counts = measureCount - 1
        return (0..<max(0, counts - 1)).map { ($0, $0 + 1) }
    }
}
