import Audit
import Store

/// The main job's audit step: every stored report of a period that began by the as-of day is
/// checked against the person's own history, their team's reports of the same week, the
/// funnel's consistency and the digits people tend to invent; the reports worth a second look
/// are flagged with their reasons.
enum AuditStep {
    /// What the step did.
    enum Outcome {
        /// Nothing to audit, and why.
        case skipped(String)
        /// One assessment per report, flagged ones first.
        case audit([ReportAssessment])
    }

    /// Audits the stored reports; the peer group of a person is their team.
    /// - Throws: an error naming the report when a measure is missing from it.
    static func run(store: KPIStore, people: [Person], setup: AuditSetup?, asOf: Day) throws -> Outcome {
        guard let setup else { return .skipped("no audit section in the project file") }
        let values = try store.reports().filter { $0.period.start <= asOf }
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
        return .audit(assessments.sorted { ($0.flagged ? 0 : 1, $0.adjustedPValue, $0.entity, $0.period)
                                          < ($1.flagged ? 0 : 1, $1.adjustedPValue, $1.entity, $1.period) })
    }
}
