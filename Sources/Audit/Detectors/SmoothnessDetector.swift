import Foundation

/// Finds stretches of reports that vary too little for the person.
///
/// Around every report, the `window` reports with activity are taken; each count's
/// peer-adjusted log values in the window are compared with the person's own week-to-week noise
/// (the MAD of first differences over √2 across the whole series). The sum over measures of
/// squared deviations from the window means, in units of that noise, is chi-square with the
/// window's degrees of freedom when the person's numbers are real; made-up numbers drawn
/// between two bounds vary less, and the lower tail is the p-value. Amounts are left out:
/// a period without deals brings no amount, so their week-to-week changes are not one
/// noise level.
struct SmoothnessDetector: Detector {
    var window = 9

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        var findings: [AuditFinding] = []
        for series in input.series {
            let rows = series.rows.filter(input.isActive)
            guard rows.count >= 2 * window else { continue }
            let noise = (0..<input.amountIndex).map { measure in Robust.differenceScale(rows.map { context.adjusted[$0][measure] }) }
            guard noise.allSatisfy({ $0 > 0 }) else { continue }
            for (position, row) in rows.enumerated() {
                let lower = max(0, min(position - window / 2, rows.count - window))
                let neighbours = Array(rows[lower..<(lower + window)])
                var statistic = 0.0
                for (measure, sigma) in noise.enumerated() {
                    let values = neighbours.map { context.adjusted[$0][measure] }
                    let mean = values.reduce(0, +) / Double(values.count)
                    statistic += values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (sigma * sigma)
                }
                let df = Double((window - 1) * noise.count)
                let p = TailProbability.chiSquareLower(statistic, degreesOfFreedom: df)
                guard p < 0.01 else { continue }
                let reason = "too smooth: from \(context.period(neighbours[0])) to \(context.period(neighbours[window - 1])) "
                    + "the \(input.measures.prefix(input.amountIndex).joined(separator: ", ")) vary \(String(format: "%.0f%%", (statistic / df).squareRoot() * 100)) "
                    + "as much as the person's usual week-to-week noise (chi-square \(NumberText.one(statistic)) on "
                    + "\(Int(df)) degrees of freedom, p = \(NumberText.p(p)))"
                findings.append(AuditFinding(detector: .smoothness, rows: [row], pValue: p, reason: reason))
            }
        }
        return findings
    }
}
