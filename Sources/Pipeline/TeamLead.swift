/// Who carries a team's target: a person whose role names a manager, director or head and
/// whose target for the period is the team's, at least 95% of the sum of the other members'
/// targets. Such a lead is measured on the team's bookings and left out of team and company
/// sums, so that the team target is not counted twice. Bookings do not decide it: a manager who
/// closes a deal personally still carries the team's target, and a rep whose role happens to
/// name a manager (`account_manager`) but whose target is their own is measured on their own.
public enum TeamLead {
    /// The share of the other members' summed targets from which a manager's target is the
    /// team's.
    static let teamShare = 0.95

    /// Whether a role names a manager, director or head.
    static func leadsByRole(_ role: String) -> Bool {
        ["manager", "director", "head"].contains { role.lowercased().contains($0) }
    }

    /// The entities among `people` (entity, team, role) that carry their team's target, given
    /// each entity's target for the period.
    public static func leads(people: [(entity: String, team: String, role: String)], targets: [String: Double]) -> Set<String> {
        var teamTotals: [String: Double] = [:]
        for person in people { teamTotals[person.team, default: 0] += targets[person.entity] ?? 0 }
        return Set(people.filter { person in
            guard leadsByRole(person.role), let own = targets[person.entity], own > 0 else { return false }
            let others = (teamTotals[person.team] ?? 0) - own
            return others > 0 && own >= teamShare * others
        }.map(\.entity))
    }
}
