/// What the detectors share: the validated reports, the peers' calendar and every value on the
/// peer-adjusted log scale.
struct AuditContext: Sendable {
    let input: AuditInput
    let baseline: PeerBaseline
    /// `adjusted[row][measure]`, see ``PeerBaseline/adjusted(_:row:measure:)``.
    let adjusted: [[Double]]

    init(_ input: AuditInput) {
        self.input = input
        let baseline = PeerBaseline(input)
        self.baseline = baseline
        adjusted = input.rows.indices.map { row in
            input.measures.indices.map { baseline.adjusted(input, row: row, measure: $0) }
        }
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
