import Store

/// A person's scorecard KPI for a period taken from their reports: the sum of one measure over
/// the reports of the period, with the reports the audit flagged held back until a reviewer
/// clears them — and a record of what was held back, so that no score drops unexplained.
public struct ReportKPI: Sendable, Equatable {
    /// The person.
    public let entity: String
    /// The scorecard KPI, e.g. `new_customers`.
    public let kpi: String
    /// The report measure summed, e.g. `deals`.
    public let measure: String
    /// The period scored, e.g. `2026Q4`.
    public let period: String
    /// The sum over the reports counted: the value the scorecard scores.
    public let value: Double
    /// How many of the period's reports were counted (cleared ones included).
    public let reportsCounted: Int
    /// Flagged reports left out of ``value``, in period order.
    public let heldBack: [HeldBackReport]
    /// Flagged reports a reviewer cleared, counted in ``value``, in period order.
    public let cleared: [ClearedReport]

    /// The measure's sum over the reports held back: how much lower ``value`` is for them.
    public var heldBackValue: Double { heldBack.reduce(0) { $0 + $1.value } }

    /// A report left out of the KPI because the audit flagged it.
    public struct HeldBackReport: Sendable, Equatable {
        /// The report's period label.
        public let period: String
        /// The report's value of the measure.
        public let value: Double
        /// Why the audit flagged it.
        public let reasons: [String]
    }

    /// A flagged report counted because a reviewer cleared it.
    public struct ClearedReport: Sendable, Equatable {
        /// The report's value of the measure.
        public let value: Double
        /// Who cleared it and why.
        public let clearance: ReportClearance
    }
}

extension ReportKPI {
    /// The KPIs of `sources` for every person of `people` with at least one report in
    /// `period`, ordered by person and then as the sources are listed.
    ///
    /// A report belongs to the period that holds its middle day (an ISO week to the quarter of
    /// its Thursday). A flagged report is held back unless `clearances` holds it.
    /// - Parameters:
    ///   - reports: the audited reports: each one's period and measure values.
    ///   - flagged: the reasons of each report the audit flagged, keyed `entity/period`.
    static func compute(sources: [ReportKPISource], people: [Person], period: Period,
                        reports: [(entity: String, period: Period, values: [String: Double])],
                        flagged: [String: [String]], clearances: [ReportClearance]) -> [ReportKPI] {
        guard !sources.isEmpty else { return [] }
        let cleared = Dictionary(clearances.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let inPeriod = Dictionary(grouping: reports.filter { period.contains($0.period.middle) }, by: \.entity)
        var results: [ReportKPI] = []
        for person in people.sorted(by: { $0.entity < $1.entity }) {
            guard let own = inPeriod[person.entity]?.sorted(by: { $0.period.start < $1.period.start }) else { continue }
            for source in sources {
                var value = 0.0, counted = 0
                var heldBack: [HeldBackReport] = [], clearedReports: [ClearedReport] = []
                for report in own {
                    let amount = report.values[source.measure] ?? 0
                    let key = "\(report.entity)/\(report.period.label)"
                    if let reasons = flagged[key] {
                        guard let clearance = cleared[key] else {
                            heldBack.append(HeldBackReport(period: report.period.label, value: amount, reasons: reasons))
                            continue
                        }
                        clearedReports.append(ClearedReport(value: amount, clearance: clearance))
                    }
                    value += amount
                    counted += 1
                }
                results.append(ReportKPI(entity: person.entity, kpi: source.kpi, measure: source.measure, period: period.label,
                                         value: value, reportsCounted: counted, heldBack: heldBack, cleared: clearedReports))
            }
        }
        return results
    }
}

extension Period {
    /// The day halfway through the period (the earlier of two middle days): an ISO week's
    /// Thursday.
    var middle: Day { start.adding(days: (end.daysSinceEpoch - start.daysSinceEpoch) / 2) }
}
