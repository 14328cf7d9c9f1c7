/// Finds the stretch of a person's reports written in round numbers: weeks made up by hand.
///
/// Where the window test of ``DigitDetector`` weighs one report's round values against its
/// neighbourhood, this test weighs a whole stretch at once (``RoundStretch``): in a stretch made
/// up after the fact most values are round, including those of reports that on their own would
/// pass (a count that happens to be below 10, an amount written to the tens). One hypothesis
/// per person; a rejected stretch flags each of its reports.
struct RoundStretchDetector: Detector {
    /// The shortest stretch scanned, in reports.
    var minimumLength = 4
    /// The longest stretch scanned: half a year of weekly reports (never more than half the
    /// person's reports).
    var maximumLength = 26

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let round = RoundValues(context)
        var findings: [AuditFinding] = []
        for (index, series) in context.input.series.enumerated() {
            let rows = series.rows
            guard let stretch = RoundStretch.scan(rows.map(round.values(row:)), peerRates: round.peerRates[index],
                                                  minimumLength: minimumLength, maximumLength: maximumLength),
                  stretch.pValue < 0.05 else { continue }
            let reports = Array(rows[stretch.start..<stretch.end])
            let reason = "round numbers from \(context.period(reports[0])) to \(context.period(reports[reports.count - 1])) "
                + "(\(reports.count) reports): \(stretch.roundCount) of \(stretch.eligible) values are round where the peers' "
                + "and the person's usual rates predict \(NumberText.one(stretch.expected)) (p = \(NumberText.p(stretch.pValue)))"
            findings.append(AuditFinding(detector: .digits, rows: reports, pValue: stretch.pValue, reason: reason, scope: .group))
        }
        return findings
    }
}
