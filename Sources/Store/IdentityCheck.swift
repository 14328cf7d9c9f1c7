/// One role and at most one team per person and period, across a KPI values file.
extension ColumnReader {
    /// Throws ``IngestError/conflictingIdentity(file:line:column:entity:period:first:firstLine:given:)``
    /// for the first row that gives a person another role, or another team, than an earlier row
    /// of the same period. Scoring takes a person's role and team from their rows and refuses
    /// two of either; once such rows were stored, that period could not be scored again, so the
    /// file is refused before the store keeps it. A row without a team agrees with any team.
    func checkOneIdentity(entity: [String], period: [String], role: [String], team: [String]) throws {
        var seen: [PersonPeriod: (role: String, roleLine: Int, team: String, teamLine: Int)] = [:]
        for row in entity.indices {
            let key = PersonPeriod(entity: entity[row], period: period[row])
            guard var first = seen[key] else {
                seen[key] = (role[row], lines[row], team[row], lines[row])
                continue
            }
            if role[row] != first.role {
                throw IngestError.conflictingIdentity(file: file, line: lines[row], column: "role", entity: entity[row],
                                                      period: period[row], first: first.role, firstLine: first.roleLine,
                                                      given: role[row])
            }
            guard !team[row].isEmpty else { continue }
            if first.team.isEmpty {
                first.team = team[row]
                first.teamLine = lines[row]
                seen[key] = first
            } else if team[row] != first.team {
                throw IngestError.conflictingIdentity(file: file, line: lines[row], column: "team", entity: entity[row],
                                                      period: period[row], first: first.team, firstLine: first.teamLine,
                                                      given: team[row])
            }
        }
    }
}

/// A person in one period, the unit that has one role and one team.
private struct PersonPeriod: Hashable {
    let entity: String
    let period: String
}
