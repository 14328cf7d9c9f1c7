import Foundation

/// Finds the stretch of a person's reports that varies too little to be honest: numbers drawn
/// between two bounds.
///
/// Where ``SmoothnessDetector`` compares the counts around each report with the peer group's, this
/// test weighs a whole stretch against the person's own history (``CalmStretch``): an amount in
/// every period where the person usually has periods without one, amounts and steady counts that
/// stay closer to their level than the person's noise allows, and amounts that come in without any
/// deal more often than in the person's other periods with an amount. Amounts are taken without
/// instalments (a plan's recurring payment is no deal's amount); counts are weighed on the log
/// scale, and only those of which the person reports at least ``minimumCount`` a period on average:
/// a smaller count takes so few values that the normal theory of its spread is rough, even with the
/// rounding of whole numbers allowed for (from 3 a period, an honest rep's steady weeks of leads
/// and revenue were flagged in the evaluation data). Counts are not taken relative to the peers
/// here: in a group of three, the person is the peers' median in many periods, and the values
/// relative to it are 0 for weeks on end. The calendar's dips and pushes that are left in only make
/// honest stretches vary more. A way of writing numbers that the peers share
/// (``AuditContext/peers(of:)``) excuses runs of equal ones: amounts that repeat exactly, as a
/// price list's do, are not weighed for spread when the peers' amounts repeat too, and a count
/// stands for the interval of the unit both the person and the peers write it in (5 for visits
/// given in fives). One hypothesis per person; a rejected stretch flags each of its reports.
struct CalmStretchDetector: Detector {
    /// The lowest mean a period of a count that is weighed.
    var minimumCount = 10.0

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        let amount = input.amountIndex, deals = amount - 1
        // How each person writes numbers: the share of amounts (instalments taken out) that
        // repeat exactly, and the unit of each count.
        let active = input.series.map { $0.rows.filter(input.isActive) }
        let amounts = active.map { rows in
            rows.map { row in
                max(0, context.instalments.contains(row) ? 0 : input.value(row, amount) - (context.instalmentInAmount[row] ?? 0))
            }
        }
        let repeated = amounts.map(CalmStretch.repeatedShare)
        let units = active.map { rows in (0..<amount).map { k in DigitTests.countUnit(rows.map { input.value($0, k) }) } }
        var findings: [AuditFinding] = []
        for index in input.series.indices {
            let rows = active[index]
            let steady = (0..<amount).filter { CountNoise.mean(input, rows: rows, measure: $0) >= minimumCount }
            let reports = rows.indices.map { position in
                let row = rows[position], fromDeals = amounts[index][position]
                return CalmStretch.Report(amount: fromDeals, amountWithoutDeals: input.value(row, deals) == 0 && fromDeals > 0,
                                          counts: steady.map { log1p(input.value(row, $0)) })
            }
            // A way of writing numbers excuses a run of equal ones when the peers share it (a
            // team's price list, visits given in fives); one person's alone may be how they make
            // numbers up.
            let peers = context.peers(of: index)
            let limit = CalmStretch.repeatedShareLimit
            let listPrices = repeated[index] > limit && Robust.median(peers.map { repeated[$0] }) > limit
            let countUnits = steady.map { k in min(units[index][k], peers.isEmpty ? 1 : Robust.median(peers.map { units[$0][k] })) }
            let resolution = DigitTests.agreementWidth(rows.map { input.value($0, amount) })
            guard let stretch = CalmStretch.scan(reports, amountResolution: resolution, amountsRepeat: listPrices, countUnits: countUnits),
                  stretch.pValue < 0.05 else { continue }
            let flagged = Array(rows[stretch.start..<stretch.end])
            let amountName = input.measures[amount]
            let withoutAmount = Double(reports.filter { $0.amount == 0 }.count) / Double(reports.count)
            var parts = ["\(amountName) in each (\(String(format: "%.0f%%", 100 * withoutAmount)) of the person's reports have none)"]
            if let spread = stretch.amountSpread {
                parts[0] += " and varying \(String(format: "%.0f%%", 100 * spread)) as much as the person's usual"
            }
            for (k, spread) in zip(steady, stretch.countSpreads) {
                guard let spread else { continue }
                parts.append("\(input.measures[k]) \(String(format: "%.0f%%", 100 * spread)) as much")
            }
            if stretch.amountsWithoutDeals > 0 {
                parts.append("\(stretch.amountsWithoutDeals) with \(amountName) but no \(input.measures[deals]) where "
                    + "\(NumberText.one(stretch.expectedWithoutDeals)) were expected")
            }
            let reason = "too calm from \(context.period(flagged[0])) to \(context.period(flagged[flagged.count - 1])) "
                + "(\(flagged.count) reports): " + parts.joined(separator: ", ") + " (p = \(NumberText.p(stretch.pValue)))"
            findings.append(AuditFinding(detector: .smoothness, rows: flagged, pValue: stretch.pValue, reason: reason, scope: .group))
        }
        return findings
    }
}
