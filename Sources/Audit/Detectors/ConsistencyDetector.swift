import Foundation
import LinearAlgebra
import Regression

/// Checks that outcomes follow activity along the funnel.
///
/// For each person and each step of the funnel (visits → leads, leads → deals, deals →
/// revenue) it regresses the outcome on the activity over the person's reports with activity
/// and reports each report's externally studentized residual and Cook's distance (how much the
/// report moves the person's fit). For the amount, the regression is of `log(amount + u/2)` on
/// `log(deals)` weighted by the deals, `u` the unit the person writes amounts in
/// (``DigitTests/amountUnit(_:)``; the smallest amount when no power of ten fits), and the
/// residual is tested against Student's t (n − 3 degrees of freedom), low side only: one large
/// deal legitimately brings in far more revenue than usual. So the test reads amounts the same
/// in units, thousands or millions, and a 0 as half a unit, the most it can stand for: written
/// to the nearest thousand, a deal of 400 is a 0. The residual spread is at least what that
/// rounding alone gives. Counts are small, where normal theory fails (no leads from 13 visits
/// happens one week in a hundred), so a count outcome is tested on the tails of a count
/// distribution, both sides, at the person's conversion on the other reports (leaving out those
/// of extreme activity, which would set it; half an outcome at least): as binomial trials of
/// the activity, widened by
/// the overdispersion the other reports show (``BinomialStep``), when none of them has more
/// outcome than activity and this one has not either (leads out of visits); otherwise as a
/// Poisson count (deals, which also close from earlier weeks' leads), whose mean is in
/// proportion to the activity, or on the person's line of outcome on activity where the peer
/// group's outcomes mostly come whatever the activity (leads from inbound marketing), with the
/// overdispersion the person's other reports show about that rate or line, each report's term
/// capped at 10 (``PoissonStep``, ``LeaveOutLine/cappedDispersion``): the lower tail as a
/// quasi-Poisson count's, the upper as a negative binomial count's of the same variance, since
/// outcomes that do not come in proportion to the activity (deals closing from a pipeline) come
/// in bursts (``TailProbability/negativeBinomialUpper(atLeast:mean:dispersion:)``). For deals
/// (the count before the amount), that upper tail also allows for what waited while the person
/// was away: the first report after periods with every count 0 (after an earlier report with
/// activity) may bring the deals of those periods too, the person's usual deals per report with
/// leads on the other reports for each of them; such a report is read as a count, not as
/// trials of its leads.
/// Trials are the sharper reading: 14 leads out of 20 visits at a usual third is a
/// one-in-a-thousand week, where a Poisson with the same mean allows it about once in a
/// hundred. Revenue reported in a period without deals is a finding too, unless the
/// same amount recurs in another of the person's periods (an instalment plan); its p-value is
/// the Poisson-binomial tail of how many such reports the `window` reports around it hold,
/// at the rate of the peer group's typical other person: the median of their rates (no less
/// than one such report among all of theirs), so the few who make up whole stretches do not
/// raise the rate everyone else is held to; or at the person's own rate outside the window
/// where that is higher, so that someone regularly paid without a deal that period is judged
/// by their own habit. That rate counts instalments too: someone paid on instalments has
/// several plans running, and their payments overlap or change with a new contract, so amounts
/// that do not recur come in without deals as well.
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
        // Per step between counts, the peer groups whose outcomes mostly come whatever the
        // activity.
        let fixedGroups = (0..<max(0, input.amountIndex - 1)).map { step in
            Self.groupsWithFixedOutcomes(input, activity: step, outcome: step + 1)
        }
        for series in input.series {
            for step in 0..<input.amountIndex {
                let rows = series.rows.filter { input.value($0, step) > 0 }
                guard rows.count >= minimumReports else { continue }
                let activity = rows.map { input.value($0, step) }, outcome = rows.map { input.value($0, step + 1) }
                let intoAmount = step + 1 == input.amountIndex
                // Amounts: log amount on log count, weighted by the count (the log of a sum of k
                // deals varies about 1/k as much as one deal's). Counts: the count on the activity.
                let x = intoAmount ? activity.map { log($0) } : activity
                let y = intoAmount ? Self.logAmounts(outcome) : outcome
                let floor = intoAmount ? Self.roundingNoise(amounts: outcome, counts: activity) : 0
                guard let influence = Self.influence(x: x, y: y, weights: intoAmount ? activity : nil, noiseFloor: floor) else { continue }
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
                let poisson = PoissonStep(activity: activity, outcome: outcome, rate: totalOutcome / max(totalActivity, 1e-300),
                                          reference: reference)
                let excluded = Set(reference.indices.filter { !reference[$0] })
                // Deals close from a pipeline and wait for a person who was away: the first report
                // after an absence may bring those of the absent periods too.
                let pipeline = step + 1 == input.amountIndex - 1
                let absent = pipeline ? Self.periodsAbsentBefore(rows, in: series.rows, input) : rows.map { _ in 0 }
                let referenceCount = reference.filter { $0 }.count
                for (index, row) in rows.enumerated() {
                    let t = influence.studentizedExternal[index]
                    guard t.isFinite else { continue }
                    let p: Double
                    var line: LeaveOutLine?
                    var allowance = ""
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
                        // Half an outcome at least: a person whose other reports have none is
                        // not certain never to have one.
                        let rate = max(totalOutcome - own.1, 0.5) / otherActivity
                        if let binomial, binomial.applies(leaving: index), outcome[index] <= activity[index], absent[index] == 0 {
                            let tails = TailProbability.quasiBinomialTails(outcome[index], trials: activity[index], probability: rate,
                                                                           dispersion: binomial.dispersion(leaving: index))
                            p = min(1, 2 * min(tails.lower, tails.upper))
                        } else {
                            // In proportion to the activity, unless the person's outcomes mostly
                            // come whatever the activity (leads from inbound marketing, not from
                            // visits): then on the line of outcome on activity.
                            if fixedGroups[step].contains(series.group) {
                                line = LeaveOutLine(x: activity, y: outcome, leaving: excluded.union([index]))
                            }
                            let mean = line.map { max($0.predict(activity[index]), 0.1 * rate * activity[index]) } ?? rate * activity[index]
                            // Overdispersed as the person's other reports are about the line or rate.
                            let dispersion = line?.cappedDispersion ?? poisson.dispersion(leaving: index)
                            // The person's usual outcome per period on the other reports, for each
                            // period away.
                            let others = referenceCount - (reference[index] ? 1 : 0)
                            let usualOutcome = others > 0 ? (totalOutcome - own.1) / Double(others) : 0
                            let waiting = Double(absent[index]) * usualOutcome
                            if waiting > 0 && outcome[index] > mean {
                                allowance = ", plus \(NumberText.one(waiting)) \(input.measures[step + 1]) that may have waited from the "
                                    + "\(absent[index]) period\(absent[index] == 1 ? "" : "s") without any activity before it"
                            }
                            p = min(1, 2 * min(TailProbability.quasiPoissonLower(atMost: outcome[index], mean: mean, dispersion: dispersion),
                                               TailProbability.negativeBinomialUpper(atLeast: outcome[index], mean: mean + waiting,
                                                                                     dispersion: dispersion)))
                        }
                        guard p < 0.01 else { continue }
                    }
                    let activityName = input.measures[step], outcomeName = input.measures[step + 1]
                    let perActivity = { (ratio: Double) in intoAmount ? input.text(ratio, measure: step + 1) : String(format: "%.2f", ratio) }
                    let usual = line.map { "the person's line \(NumberText.one($0.intercept)) + \(String(format: "%.2f", $0.slope)) per \(activityName)" }
                        ?? "the person's usual \(perActivity(totalOutcome / totalActivity))"
                    let reason = "\(outcomeName) per \(activityName) \(perActivity(outcome[index] / activity[index])) in "
                        + "\(context.period(row)) (\(input.text(outcome[index], measure: step + 1)) \(outcomeName) for \(NumberText.value(activity[index])) "
                        + "\(activityName)) against \(usual)\(allowance): studentized residual "
                        + "\(NumberText.one(t)), Cook's distance \(String(format: "%.2f", influence.cooksDistance[index])), p = \(NumberText.p(p))"
                    findings.append(AuditFinding(detector: .consistency, rows: [row], pValue: p, reason: reason))
                }
            }
        }
        return findings
    }

    /// For each of `rows` (of the person's `series`, in time order), how many periods right
    /// before it the person reported no activity at all (every count 0) after an earlier report
    /// with some: a person away. Periods before the first report with activity are a start, not
    /// an absence.
    static func periodsAbsentBefore(_ rows: [Int], in series: [Int], _ input: AuditInput) -> [Int] {
        var absentRun: Int?
        var runs: [Int: Int] = [:]
        for row in series {
            runs[row] = absentRun ?? 0
            let idle = (0..<input.amountIndex).allSatisfy { input.value(row, $0) == 0 }
            absentRun = idle ? absentRun.map { $0 + 1 } : 0
        }
        return rows.map { runs[$0] ?? 0 }
    }

    /// `log(amount + u/2)` of a person's amounts, `u` their ``writtenUnit(_:)``.
    static func logAmounts(_ amounts: [Double]) -> [Double] {
        let half = writtenUnit(amounts) / 2
        return amounts.map { log($0 + half) }
    }

    /// The unit a person writes amounts in (``DigitTests/amountUnit(_:)``), or their smallest
    /// positive amount when no power of ten fits; 1 without any.
    static func writtenUnit(_ amounts: [Double]) -> Double {
        let unit = DigitTests.amountUnit(amounts)
        return unit > 0 ? unit : amounts.filter { $0 > 0 }.min() ?? 1
    }

    /// The peer groups whose outcome mostly comes whatever the activity (leads from inbound
    /// marketing rather than from visits): the line of outcome on activity within persons,
    /// pooled over the group (``ConversionDetector/withinSlopes(_:series:activity:outcome:)``),
    /// has an intercept of at least half the group's mean outcome. The group decides, not the
    /// person, whose own line padded activity would flatten.
    static func groupsWithFixedOutcomes(_ input: AuditInput, activity: Int, outcome: Int) -> Set<String> {
        let series = input.series.map { ($0.group, $0.rows.filter { input.value($0, activity) > 0 }) }
        let slopes = ConversionDetector.withinSlopes(input, series: series, activity: activity, outcome: outcome)
        var sums: [String: (x: Double, y: Double)] = [:]
        for (group, rows) in series {
            for row in rows {
                sums[group, default: (0, 0)].x += input.value(row, activity)
                sums[group, default: (0, 0)].y += input.value(row, outcome)
            }
        }
        return Set(sums.compactMap { group, sum in
            guard sum.y > 0, let slope = slopes[group] else { return nil }
            // Means over the same reports: intercept = ȳ − b x̄, compared with ȳ.
            return sum.y - slope * sum.x >= 0.5 * sum.y ? group : nil
        })
    }

    /// Externally studentized residuals and Cook's distances of `y ~ 1 + x`.
    struct FitInfluence {
        let studentizedExternal: [Double]
        let cooksDistance: [Double]
    }

    /// The influence of every report on `y ~ 1 + x`, with every residual standard deviation
    /// (the fit's, and each one without a report) at least `noiseFloor`: a person whose amounts
    /// follow their deals exactly (one price, written in thousands) has a residual spread of
    /// rounding error, against which every report would be a wild outlier. `nil` when the fit
    /// is degenerate (e.g. the activity never changes).
    static func influence(x: [Double], y: [Double], weights: [Double]? = nil, noiseFloor: Double = 0) -> FitInfluence? {
        guard let matrix = try? Matrix(columns: [Array(repeating: 1, count: x.count), x]),
              let design = try? Design(columnNames: ["(Intercept)", "activity"], matrix: matrix, hasIntercept: true),
              let fit = try? LinearRegression.fit(design, response: y, weights: weights),
              fit.sigma > 0 || noiseFloor > 0, fit.residualDegreesOfFreedom > 1,
              let influence = try? fit.influence() else { return nil }
        guard noiseFloor > 0 else {
            return FitInfluence(studentizedExternal: influence.studentizedExternal, cooksDistance: influence.cooksDistance)
        }
        // r = e / (σ√(1 − h)); without report i, σ²₍ᵢ₎ = σ²(df − r²)/(df − 1).
        let sigma = fit.sigma, df = fit.residualDegreesOfFreedom
        var external: [Double] = [], cooks: [Double] = []
        for (r, h) in zip(influence.studentizedInternal, influence.leverage) {
            let scaled = sigma > 0 && r.isFinite ? r * sigma : 0  // e / √(1 − h)
            let deleted = max((sigma * sigma * (df - r * r) / (df - 1)).squareRoot().nanToZero, noiseFloor)
            external.append(scaled / deleted)
            let internalResidual = scaled / max(sigma, noiseFloor)
            cooks.append(internalResidual * internalResidual * h / ((1 - h) * 2))
        }
        return FitInfluence(studentizedExternal: external, cooksDistance: cooks)
    }

    /// The spread on the log scale that writing amounts to their ``writtenUnit(_:)`` alone
    /// gives a deal of the typical size: `(u/√12) / (typical amount per deal)`.
    static func roundingNoise(amounts: [Double], counts: [Double]) -> Double {
        let perDeal = zip(amounts, counts).filter { $0.0 > 0 && $0.1 > 0 }.map { $0.0 / $0.1 }
        guard !perDeal.isEmpty else { return 0 }
        return writtenUnit(amounts) / 12.squareRoot() / Robust.median(perDeal)
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
            let peerRate = max(Robust.median(others), 1 / (Double(otherReports) + 2))
            // The person's own rate counts every amount without deals, instalments too.
            let paid = series.rows.map { input.value($0, deals) == 0 && input.value($0, amount) > 0 }
            let totalPaid = paid.filter { $0 }.count
            for (position, row) in series.rows.enumerated() where own[position] {
                let lower = max(0, min(position - window / 2, own.count - window)), upper = min(own.count, lower + window)
                let count = own[lower..<upper].filter { $0 }.count
                // The person's own rate outside the window, where higher: someone paid on
                // account of earlier deals every few weeks is not held to the peers' rate.
                // (Only with at least a window's worth of reports outside to read it from.)
                let outside = own.count - (upper - lower)
                let paidInside = paid[lower..<upper].filter { $0 }.count
                let rate = max(peerRate, outside >= window ? Double(totalPaid - paidInside) / Double(outside) : 0)
                let p = TailProbability.poissonBinomialUpper(atLeast: count, probabilities: Array(repeating: rate, count: upper - lower))
                let reason = "\(input.measures[amount]) \(input.text(row: row, amount)) in \(context.period(row)) "
                    + "without any \(input.measures[deals]) and not a recurring instalment; \(count) such of "
                    + "\(upper - lower) reports from \(context.period(series.rows[lower])) to \(context.period(series.rows[upper - 1])) "
                    + "where \(rate > peerRate ? "the person's other reports bring an amount without \(input.measures[deals]) (instalments included) in" : "the peer group has") "
                    + "\(String(format: "%.1f%%", rate * 100)) (p = \(NumberText.p(p)))"
                findings.append(AuditFinding(detector: .consistency, rows: [row], pValue: p, reason: reason))
            }
        }
        return findings
    }
}

private extension Double {
    /// 0 for NaN.
    var nanToZero: Double { isNaN ? 0 : self }
}
