import Audit
import Store

/// The main job's audit step: every stored report of a period that began by the as-of day is
/// checked against the person's own history, their team's reports of the same week, the
/// funnel's consistency and the digits people tend to invent; the reports worth a second look
/// are flagged with their reasons. The KPIs the project takes from the reports are summed over
/// each person's reports of the period, the flagged ones held back unless a reviewer cleared
/// them.
enum AuditStep {
    /// What the step did.
    enum Outcome {
        /// Nothing to audit, and why.
        case skipped(String)
        /// One assessment per report (flagged ones first), the reviewers' clearances and the
        /// KPIs taken from the reports of the period.
        case audit([ReportAssessment], clearances: [ReportClearance], kpis: [ReportKPI])
    }

    /// Audits the stored reports; the peer group of a person is their team.
    /// - Throws: an error naming the report when a measure is missing from it, or naming the
    ///   file, line and column of a bad row in the file of cleared reports.
    static func run(store: KPIStore, people: [Person], setup: AuditSetup?, period: Period, asOf: Day) throws -> Outcome {
        guard let setup else { return .skipped("no audit section in the project file") }
        let stored = try store.reports()
        let values = stored.filter { $0.period.start <= asOf }
        guard !values.isEmpty else { return .skipped("no reports in the project's data") }
        let teams = Dictionary(people.map { ($0.entity, $0.team) }, uniquingKeysWith: { first, _ in first })
        var reports: [String: (period: Period, entity: String, values: [String: Double])] = [:]
        for value in values {
            let key = value.entity + "/" + value.period.label
            reports[key, default: (value.period, value.entity, [:])].values[value.measure] = value.value
        }
        let rows = try reports.keys.sorted().map { key -> AuditRow in
            guard let report = reports[key] else { throw InputError("report \(key) vanished") }
            let numbers = try setup.measures.map { measure -> Double in
                guard let number = report.values[measure] else {
                    throw InputError("report of \(report.entity) for \(report.period.label) has no \(measure) (the audit's measures are \(setup.measures.joined(separator: ", ")))")
                }
                return number
            }
            return AuditRow(entity: report.entity, period: report.period.label, group: teams[report.entity] ?? "",
                            values: numbers, timeKey: report.period.start.description)
        }
        var settings = AuditSettings()
        settings.falseDiscoveryRate = setup.falseDiscoveryRate
        let assessments = try ReportAudit.run(try AuditInput(measures: setup.measures, rows: rows), settings: settings)
        let clearances = try setup.cleared.map {
            try ClearedReportsFile.read(path: $0, reports: Set(stored.map { $0.entity + "/" + $0.period.label }))
        } ?? []
        let flagged = Dictionary(assessments.filter(\.flagged).map { ("\($0.entity)/\($0.period)", $0.reasons) },
                                 uniquingKeysWith: { first, _ in first })
        let kpis = ReportKPI.compute(sources: setup.kpis, people: people, period: period,
                                     reports: reports.values.map { ($0.entity, $0.period, $0.values) },
                                     flagged: flagged, clearances: clearances)
        return .audit(assessments.sorted { ($0.flagged ? 0 : 1, $0.adjustedPValue, $0.entity, $0.period)
                                          < ($1.flagged ? 0 : 1, $1.adjustedPValue, $1.entity, $1.period) },
                      clearances: clearances, kpis: kpis)
    }
}
