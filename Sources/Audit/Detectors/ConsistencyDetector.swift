import Foundation
import LinearAlgebra
import Regression

/// Checks that outcomes follow activity along the funnel.
///
/// For each person and each step of the funnel (visits → leads, leads → deals, deals →
/// revenue) it regresses the outcome on the activity over the person's reports with activity
/// and reports each report's externally studentized residual and Cook's distance (how much the
/// report moves the person's fit). For the amount, the regression is of `log(1 + amount)` on
/// `log(deals)` weighted by the deals, and the residual is tested against Student's t
/// (n − 3 degrees of freedom), low side only: one large deal legitimately brings in far more
/// revenue than usual. Counts are small, where normal theory fails (no leads from 13 visits
/// happens one week in a hundred), so a count outcome is tested exactly, both sides, at the
/// person's conversion on the other reports (leaving out those of extreme activity, which would
/// set it): as binomial trials of the activity, widened by
/// the overdispersion the other reports show (``BinomialStep``), when none of them has more
/// outcome than activity and this one has not either (leads out of visits); otherwise as a
/// Poisson count (deals, which also close from earlier weeks' leads), whose mean is in
/// proportion to the activity, or on the person's line of outcome on activity when its
/// intercept makes most of the usual outcome (leads that come from inbound marketing whatever
/// the visits). Trials are the sharper
/// reading: 14 leads out of 20 visits at a usual third is a one-in-a-thousand week, where a
/// Poisson with the same mean allows it about once in a hundred. Revenue reported in a period without deals is a finding too, unless the
/// same amount recurs in another of the person's periods (an instalment plan); its p-value is
/// the Poisson-binomial tail of how many such reports the `window` reports around it hold,
/// at the rate of the peer group's typical other person: the median of their rates (no less
/// than one such report among all of theirs), so the few who make up whole stretches do not
/// raise the rate everyone else is held to.
struct ConsistencyDetector: Detector {
    /// Fewest reports with activity a person needs for a regression.
    var minimumReports = 10
    /// Reports around each one among which reports of revenue without deals are counted.
    var window = 13

    func findings(_ context: AuditContext) -> [AuditFinding] {
        regressionFindings(context) + revenueWithoutDeals(context)
    }

    private func regressionFindings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        var findings: [AuditFinding] = []
        for series in input.series {
            for step in 0..<input.amountIndex {
                let rows = series.rows.filter { input.value($0, step) > 0 }
                guard rows.count >= minimumReports else { continue }
                let activity = rows.map { input.value($0, step) }, outcome = rows.map { input.value($0, step + 1) }
                let intoAmount = step + 1 == input.amountIndex
                // Amounts: log amount on log count, weighted by the count (the log of a sum of k
                // deals varies about 1/k as much as one deal's). Counts: the count on the activity.
                let x = intoAmount ? activity.map { log($0) } : activity
                let y = intoAmount ? outcome.map { log1p($0) } : outcome
                guard let influence = Self.influence(x: x, y: y, weights: intoAmount ? activity : nil) else { continue }
                // The person's conversion is read from the reports whose activity is not extreme
                // for the person (at most three noise levels above its median on the log scale):
                // each report is still tested, but one absurd week does not set the rate the
                // others are held to.
                let logActivity = activity.map { log1p($0) }
                let centre = Robust.median(logActivity), noise = Robust.differenceScale(logActivity)
                let reference = logActivity.map { noise <= 0 || $0 <= centre + 3 * noise }
                let totalActivity = activity.indices.filter { reference[$0] }.reduce(0) { $0 + activity[$1] }
                let totalOutcome = outcome.indices.filter { reference[$0] }.reduce(0) { $0 + outcome[$1] }
                let binomial = intoAmount ? nil : BinomialStep(activity: activity, outcome: outcome, reference: reference)
                let excluded = Set(reference.indices.filter { !reference[$0] })
                for (index, row) in rows.enumerated() {
                    let t = influence.studentizedExternal[index]
                    guard t.isFinite else { continue }
                    let p: Double
                    if intoAmount {
                        guard t < -2 else { continue }
                        p = TailProbability.studentUpper(-t, degreesOfFreedom: Double(rows.count - 3))
                    } else {
                        // Counts: the outcome at the person's conversion on the other reports, as
                        // trials of this report's activity or as a Poisson count (exact tails,
                        // two-sided).
                        let own = reference[index] ? (activity[index], outcome[index]) : (0, 0)
                        let otherActivity = totalActivity - own.0
                        guard otherActivity > 0 else { continue }
                        let rate = (totalOutcome - own.1) / otherActivity
                        if let binomial, binomial.applies(leaving: index), outcome[index] <= activity[index] {
                            let tails = TailProbability.quasiBinomialTails(outcome[index], trials: activity[index], probability: rate,
                                                                           dispersion: binomial.dispersion(leaving: index))
                            p = min(1, 2 * min(tails.lower, tails.upper))
                        } else {
                            // In proportion to the activity, unless the person's outcomes mostly
                            // come whatever the activity (leads from inbound marketing, not from
                            // visits): then on the line of outcome on activity.
                            let mean = Self.fixedPart(activity: activity, outcome: outcome, leaving: excluded.union([index]),
                                                      at: activity[index]) ?? rate * activity[index]
                            p = min(1, 2 * min(TailProbability.poissonLower(atMost: outcome[index], mean: mean),
                                               TailProbability.poissonUpper(atLeast: outcome[index], mean: mean)))
                        }
                        guard p < 0.01 else { continue }
                    }
                    let activityName = input.measures[step], outcomeName = input.measures[step + 1]
                    let usual = totalOutcome / totalActivity
                    let reason = "\(outcomeName) per \(activityName) \(String(format: "%.2f", outcome[index] / activity[index])) in "
                        + "\(context.period(row)) (\(NumberText.value(outcome[index])) \(outcomeName) for \(NumberText.value(activity[index])) "
                        + "\(activityName)) against the person's usual \(String(format: "%.2f", usual)): studentized residual "
                        + "\(NumberText.one(t)), Cook's distance \(String(format: "%.2f", influence.cooksDistance[index])), p = \(NumberText.p(p))"
                    findings.append(AuditFinding(detector: .consistency, rows: [row], pValue: p, reason: reason))
                }
            }
        }
        return findings
    }

    /// The mean outcome at `activity` on the line of outcome on activity through the reports
    /// not left out, when its intercept is at least half their mean outcome (the outcome mostly
    /// comes whatever the activity); nil otherwise. At least a tenth of that mean.
    static func fixedPart(activity: [Double], outcome: [Double], leaving left: Set<Int>, at x: Double) -> Double? {
        guard let line = LeaveOutLine(x: activity, y: outcome, leaving: left) else { return nil }
        let kept = outcome.indices.filter { !left.contains($0) }
        let mean = kept.reduce(0) { $0 + outcome[$1] } / Double(kept.count)
        guard mean > 0, line.intercept >= 0.5 * mean else { return nil }
        return max(line.predict(x), 0.1 * mean)
    }

    /// Studentized residuals and Cook's distances of `y ~ 1 + x`, nil when the fit is degenerate
    /// (e.g. the activity never changes).
    static func influence(x: [Double], y: [Double], weights: [Double]? = nil) -> Influence? {
        guard let matrix = try? Matrix(columns: [Array(repeating: 1, count: x.count), x]),
              let design = try? Design(columnNames: ["(Intercept)", "activity"], matrix: matrix, hasIntercept: true),
              let fit = try? LinearRegression.fit(design, response: y, weights: weights), fit.sigma > 0,
              let influence = try? fit.influence() else { return nil }
        return influence
    }

    private func revenueWithoutDeals(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        let amount = input.amountIndex, deals = amount - 1
        // Per person: which reports bring an amount without deals that is not an instalment.
        var marks: [[Bool]] = []
        var reportsByGroup: [String: Int] = [:], peersByGroup: [String: [Int]] = [:]
        for (index, series) in input.series.enumerated() {
            let amounts = series.rows.map { input.value($0, amount) }
            let own = series.rows.map { row -> Bool in
                let value = input.value(row, amount)
                // An amount paid in several periods is an instalment plan, not a made-up number.
                return input.value(row, deals) == 0 && value > 0 && amounts.filter({ $0 == value }).count == 1
            }
            marks.append(own)
            reportsByGroup[series.group, default: 0] += own.count
            peersByGroup[series.group, default: []].append(index)
        }
        let personalRates = marks.map { Double($0.filter { $0 }.count) / Double(max(1, $0.count)) }
        var findings: [AuditFinding] = []
        for (index, series) in input.series.enumerated() {
            let own = marks[index]
            let otherReports = (reportsByGroup[series.group] ?? 0) - own.count
            let others = (peersByGroup[series.group] ?? []).filter { $0 != index }.map { personalRates[$0] }
            let rate = max(Robust.median(others), 1 / (Double(otherReports) + 2))
            for (position, row) in series.rows.enumerated() where own[position] {
                let lower = max(0, min(position - window / 2, own.count - window)), upper = min(own.count, lower + window)
                let count = own[lower..<upper].filter { $0 }.count
                let p = TailProbability.poissonBinomialUpper(atLeast: count, probabilities: Array(repeating: rate, count: upper - lower))
                let reason = "\(input.measures[amount]) \(NumberText.value(input.value(row, amount))) in \(context.period(row)) "
                    + "without any \(input.measures[deals]) and not a recurring instalment; \(count) such of "
                    + "\(upper - lower) reports from \(context.period(series.rows[lower])) to \(context.period(series.rows[upper - 1])) "
                    + "where the peer group has \(String(format: "%.1f%%", rate * 100)) (p = \(NumberText.p(p)))"
                findings.append(AuditFinding(detector: .consistency, rows: [row], pValue: p, reason: reason))
            }
        }
        return findings
    }
}
