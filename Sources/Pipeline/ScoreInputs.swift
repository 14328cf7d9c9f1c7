import Scorecard
import Store

/// The values a scorecard scores for one period: KPI values from the store, with attainment
/// to date computed from bookings, and the values the run computed (the forecast's
/// `projected_attainment` and `attainment_probability`, the campaign owners' KPIs, the KPIs
/// taken from the reports),
/// taking the place of any such value supplied for the same person.
enum ScoreInputs {
    static func gather(store: KPIStore, people: [Person], attainment: [Attainment],
                       computed: [(entity: String, kpi: String, value: Double)], period: Period) throws -> [ScoreInput] {
        let replaced = Set(computed.map { "\($0.entity)/\($0.kpi)" })
        let attained = Dictionary(attainment.filter { $0.level == .person }.map { ($0.entity, $0.percent) },
                                  uniquingKeysWith: { first, _ in first })
        let byEntity = Dictionary(people.map { ($0.entity, $0) }, uniquingKeysWith: { first, _ in first })
        let stored = try store.kpiValues(period: period.label)
        // The values file and the people file must tell the same story of who is who.
        for value in stored {
            guard let person = byEntity[value.entity] else { continue }
            let disagreement: (field: String, value: String, people: String)?
            if value.role != person.role {
                disagreement = ("role", value.role, person.role)
            } else if let team = value.team, team != person.team {
                disagreement = ("team", team, person.team)
            } else {
                disagreement = nil
            }
            guard let disagreement else { continue }
            let file = try store.sourceOfKPIValue(entity: value.entity, period: period.label, kpi: value.kpi) ?? "the KPI values"
            throw PipelineError.valueDisagreesWithPeople(entity: value.entity, kpi: value.kpi, field: disagreement.field,
                                                         value: disagreement.value, people: disagreement.people, file: file)
        }
        var values: [ScoreInput] = stored.compactMap { stored in
            if stored.kpi == "target_attainment", attained[stored.entity] != nil { return nil }
            if replaced.contains("\(stored.entity)/\(stored.kpi)") { return nil }
            return ScoreInput(entity: stored.entity, role: stored.role, team: stored.team, period: period.label,
                              kpi: stored.kpi, value: stored.value)
        }
        for person in people {
            guard let percent = attained[person.entity] else { continue }
            values.append(ScoreInput(entity: person.entity, role: person.role, team: person.team, period: period.label,
                                     kpi: "target_attainment", value: percent))
        }
        for item in computed {
            guard let person = byEntity[item.entity] else { continue }
            values.append(ScoreInput(entity: person.entity, role: person.role, team: person.team, period: period.label,
                                     kpi: item.kpi, value: item.value))
        }
        return values
    }
}
