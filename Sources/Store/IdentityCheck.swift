import GRDB

/// One role and at most one team per person and period, across a KPI values file.
extension ValidatedRows {
    /// Throws ``IngestError/conflictingIdentity(file:line:column:entity:period:first:firstLine:given:)``
    /// for the first row (``Dataset/kpiValues``: key columns entity, period, kpi; value columns
    /// role, team, value) that gives a person another role, or another team, than an earlier row
    /// of the same period. Scoring takes a person's role and team from their rows and refuses
    /// two of either; once such rows were stored, that period could not be scored again, so the
    /// file is refused before the store keeps it. A row without a team agrees with any team.
    func checkOneIdentity(file: String) throws {
        guard let roleColumn = valueColumns.firstIndex(of: "role") else { return }
        let teamColumn = valueColumns.firstIndex(of: "team")
        var seen: [PersonPeriod: (role: String, roleLine: Int, team: String, teamLine: Int)] = [:]
        for record in 0..<count {
            let role = String.fromDatabaseValue(values[roleColumn][record]) ?? ""
            let team = teamColumn.flatMap { String.fromDatabaseValue(values[$0][record]) } ?? ""
            let entity = keys[0][record], period = keys[1][record]
            let key = PersonPeriod(entity: entity, period: period)
            guard var first = seen[key] else {
                seen[key] = (role, lines[record], team, lines[record])
                continue
            }
            if role != first.role {
                throw IngestError.conflictingIdentity(file: file, line: lines[record], column: "role", entity: entity, period: period,
                                                      first: first.role, firstLine: first.roleLine, given: role)
            }
            guard !team.isEmpty else { continue }
            if first.team.isEmpty {
                first.team = team
                first.teamLine = lines[record]
                seen[key] = first
            } else if team != first.team {
                throw IngestError.conflictingIdentity(file: file, line: lines[record], column: "team", entity: entity, period: period,
                                                      first: first.team, firstLine: first.teamLine, given: team)
            }
        }
    }
}

/// A person in one period, the unit that has one role and one team.
private struct PersonPeriod: Hashable {
    let entity: String
    let period: String
}
