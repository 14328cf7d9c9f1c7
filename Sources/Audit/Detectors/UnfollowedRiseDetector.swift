import Foundation

/// Finds a single report whose count jumped above the person's usual while the next count of
/// the funnel stayed where it was: one number written larger, the others left alone.
///
/// Two pieces of evidence are weighed together. The count's robust z-score against the
/// person's own history (``PeerHistoryDetector``), and how far the next count (leads after
/// visits, deals after leads) fell short of what that much activity brings the person: the
/// person's regression of the outcome on the activity, fitted without the report (an
/// intercept allows for deals that close from an older pipeline), predicts a mean, and the
/// outcome is tested against the lower tail of a Poisson with that mean, widened by the
/// overdispersion the fit's other reports show (quasi-Poisson: counts and mean divided by it).
/// The last count is left out: an amount too small for its deals is what the low-side
/// residual of ``ConsistencyDetector`` already tests, and a second test of the same residual
/// would cost every report more than it adds.
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
        var findings: [AuditFinding] = []
        for step in 0..<max(0, input.amountIndex - 1) {
            let risen = context.history[step].filter { $0.z > 2 }
            let byPerson = Dictionary(grouping: risen) { input.rows[$0.row].entity }
            for series in input.series {
                guard let scores = byPerson[series.entity] else { continue }
                let rows = series.rows.filter { input.value($0, step) > 0 }
                guard rows.count >= minimumReports else { continue }
                let shortfalls = countShortfalls(context, rows: rows, step: step, candidates: Set(scores.map(\.row)))
                for score in scores {
                    guard let shortfall = shortfalls[score.row], shortfall.p <= shortfallLevel else { continue }
                    let history = TailProbability.normalUpper(score.z)
                    let p = TailProbability.fisher([history, shortfall.p])
                    let value = input.value(score.row, step), outcome = input.value(score.row, step + 1)
                    let reason = "\(input.measures[step]) \(NumberText.value(value)) in \(context.period(score.row)) is "
                        + "\(NumberText.ratio((1 + value) / (1 + score.usual))) the person's usual \(NumberText.one(score.usual)) "
                        + "(robust z = \(NumberText.one(score.z))) but \(input.measures[step + 1]) stayed at "
                        + "\(NumberText.value(outcome)) where the person's reports with as many \(input.measures[step]) bring "
                        + "\(NumberText.one(shortfall.mean)) (p = \(NumberText.p(shortfall.p))); together p = \(NumberText.p(p))"
                    findings.append(AuditFinding(detector: .consistency, rows: [score.row], pValue: p, reason: reason))
                }
            }
        }
        return findings
    }

    /// Per candidate report, the lower-tail p-value of its outcome count against the person's
    /// other reports with activity (only reports below their prediction), with the prediction.
    private func countShortfalls(_ context: AuditContext, rows: [Int], step: Int,
                                 candidates: Set<Int>) -> [Int: (p: Double, mean: Double)] {
        let input = context.input
        let x = rows.map { input.value($0, step) }, y = rows.map { input.value($0, step + 1) }
        var shortfalls: [Int: (p: Double, mean: Double)] = [:]
        for index in rows.indices where candidates.contains(rows[index]) {
            guard let fit = LeaveOneOutLine(x: x, y: y, leaving: index) else { continue }
            let mean = max(fit.predict(x[index]), 0.5)
            guard y[index] < mean else { continue }
            let p = TailProbability.quasiPoissonLower(atMost: y[index], mean: mean, dispersion: fit.dispersion)
            shortfalls[rows[index]] = (p, mean)
        }
        return shortfalls
    }
}
