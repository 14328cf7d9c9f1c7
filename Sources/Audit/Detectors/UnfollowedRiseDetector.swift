import Foundation

/// Finds a single report whose first count (visits) jumped above the person's usual while the
/// count after it (leads) stayed where it was: one number written larger, the others left alone.
///
/// Two pieces of evidence are weighed together. The count's robust z-score against the
/// person's own history (``PeerHistoryDetector``), and how far the next count fell short of
/// what that much activity brings the person: the person's regression of the outcome on the
/// activity predicts a mean, and the outcome is tested against the lower tail of a Poisson with
/// that mean, widened by the overdispersion the fit's reports show (quasi-Poisson: counts and
/// mean divided by it). The regression is fitted without any of the reports whose activity
/// rose (z above 2): a second week of padded visits with unmoved leads would otherwise flatten
/// the line and hide the first, as one point of high leverage does. Later steps are left out. Deals
/// are few and close from older leads too, so one week's deals say little about its leads (on
/// the evaluation data the leads → deals form of this test found no spike the history test did
/// not); and an amount too small for its deals is what the low-side residual of
/// ``ConsistencyDetector`` already tests. Each step tested costs every report a share of its
/// combination.
///
/// With honest reports the outcome given the activity does not depend on whether the activity
/// was high for the person, so the two p-values are independent and Fisher's method combines
/// them. Only reports with z above 2 and an outcome short of its prediction at the 5% level
/// are weighed (a rise the outcome partly followed is left to the history test), which can only
/// make the test more conservative.
struct UnfollowedRiseDetector: Detector {
    /// Fewest reports with activity a person needs for the regression.
    var minimumReports = 10
    /// The shortfall's p-value at most which the outcome counts as not having followed.
    var shortfallLevel = 0.05

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        // The first count (the activity) and the count after it (the outcome).
        let activity = 0, outcome = 1
        guard outcome < input.amountIndex else { return [] }
        let risen = Dictionary(grouping: context.history[activity].filter { $0.z > 2 }) { input.rows[$0.row].entity }
        var findings: [AuditFinding] = []
        for series in input.series {
            guard let scores = risen[series.entity] else { continue }
            let rows = series.rows.filter { input.value($0, activity) > 0 }
            guard rows.count >= minimumReports else { continue }
            let shortfalls = Self.shortfalls(x: rows.map { input.value($0, activity) }, y: rows.map { input.value($0, outcome) },
                                             candidates: Set(scores.compactMap { rows.firstIndex(of: $0.row) }))
            for score in scores {
                guard let index = rows.firstIndex(of: score.row), let shortfall = shortfalls[index],
                      shortfall.p <= shortfallLevel else { continue }
                let p = TailProbability.fisher([TailProbability.normalUpper(score.z), shortfall.p])
                let value = input.value(score.row, activity)
                let reason = "\(input.measures[activity]) \(NumberText.value(value)) in \(context.period(score.row)) is "
                    + "\(NumberText.aboveUsual(value, usual: score.usual)) (robust z = \(NumberText.one(score.z))) "
                    + "but \(input.measures[outcome]) stayed at "
                    + "\(input.text(row: score.row, outcome)) where the person's reports with as many "
                    + "\(input.measures[activity]) bring \(NumberText.one(shortfall.mean)) (p = \(NumberText.p(shortfall.p))); "
                    + "together p = \(NumberText.p(p))"
                findings.append(AuditFinding(detector: .consistency, rows: [score.row], pValue: p, reason: reason))
            }
        }
        return findings
    }

    /// For the candidate positions, the lower-tail p-value of the outcome `y` against the line
    /// through the points that are not candidates, with the line's prediction (only outcomes
    /// below it).
    static func shortfalls(x: [Double], y: [Double], candidates: Set<Int>) -> [Int: (p: Double, mean: Double)] {
        var shortfalls: [Int: (p: Double, mean: Double)] = [:]
        guard let fit = LeaveOutLine(x: x, y: y, leaving: candidates) else { return [:] }
        for index in candidates.sorted() {
            let mean = max(fit.predict(x[index]), 0.5)
            guard y[index] < mean else { continue }
            shortfalls[index] = (TailProbability.quasiPoissonLower(atMost: y[index], mean: mean, dispersion: fit.dispersion), mean)
        }
        return shortfalls
    }
}
