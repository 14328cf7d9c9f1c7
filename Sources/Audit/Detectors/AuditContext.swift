/// What the detectors share: the validated reports, the peers' calendar and every value on the
/// peer-adjusted log scale.
struct AuditContext: Sendable {
    let input: AuditInput
    let baseline: PeerBaseline
    /// `adjusted[row][measure]`, see ``PeerBaseline/adjusted(_:row:measure:)``.
    let adjusted: [[Double]]

    /// Per count measure, every report's robust z-score against the person's own history
    /// (``PeerHistoryDetector/scores(_:adjusted:baseline:measure:)``), which more than one
    /// detector reads.
    let history: [[PeerHistoryDetector.Score]]

    /// Reports whose amount looks like an instalment: no deals (the count before the amount),
    /// and an amount the same person reports in another period too.
    let instalments: Set<Int>

    /// For reports with deals inside the span of an instalment plan (first to last period
    /// the recurring amount is paid without deals), the instalment their amount includes.
    let instalmentInAmount: [Int: Double]

    init(_ input: AuditInput) {
        self.input = input
        var instalments = Set<Int>()
        var instalmentInAmount: [Int: Double] = [:]
        let amount = input.amountIndex
        for series in input.series {
            var periods: [Double: Int] = [:]
            for row in series.rows { periods[input.value(row, amount), default: 0] += 1 }
            var spans: [Double: ClosedRange<Int>] = [:]
            for (position, row) in series.rows.enumerated() where input.value(row, amount - 1) == 0
                && input.value(row, amount) > 0 && (periods[input.value(row, amount)] ?? 0) > 1 {
                instalments.insert(row)
                let value = input.value(row, amount)
                spans[value] = spans[value].map { min($0.lowerBound, position)...max($0.upperBound, position) } ?? position...position
            }
            for (value, span) in spans {
                for row in series.rows[span] where input.value(row, amount - 1) > 0 && input.value(row, amount) > value {
                    instalmentInAmount[row] = value
                }
            }
        }
        self.instalments = instalments
        self.instalmentInAmount = instalmentInAmount
        let baseline = PeerBaseline(input)
        self.baseline = baseline
        let adjusted = input.rows.indices.map { row in
            input.measures.indices.map { baseline.adjusted(input, row: row, measure: $0) }
        }
        self.adjusted = adjusted
        history = (0..<input.amountIndex).map {
            PeerHistoryDetector.scores(input, adjusted: adjusted, baseline: baseline, measure: $0)
        }
    }

    /// The people a person is compared with (series indices): the others of the person's group,
    /// or everyone else when the group has fewer than three people.
    func peers(of series: Int) -> [Int] {
        let group = input.series[series].group
        let members = input.series.indices.filter { input.series[$0].group == group }
        return (members.count >= 3 ? members : Array(input.series.indices)).filter { $0 != series }
    }

    /// A report's label in reasons: `period`.
    func period(_ row: Int) -> String { input.rows[row].period }

    /// The peers' median of a measure for a report's period.
    func peerMedian(_ row: Int, _ measure: Int) -> Double {
        let report = input.rows[row]
        return baseline.median(group: report.group, period: report.period, measure: measure)
    }
}

/// A detector: reads the reports, returns its low tests.
protocol Detector: Sendable {
    func findings(_ context: AuditContext) -> [AuditFinding]
}
