/// Who carries a team's target: a person whose role names a manager, director or head (as a
/// word of the role, e.g. `sales_manager`, `Head of Sales`) and whose target for the period is
/// the team's: within 5% of the summed targets of the team's members whose targets are smaller.
/// Such a lead is measured on the team's bookings and left out of team and company sums, so
/// that the team target is not counted twice. Bookings do not decide it: a manager who closes a
/// deal personally still carries the team's target. A team may have two leads (a manager and a
/// director with the same target); an account manager with a target of their own, or a
/// manager whose target is not the team's, is measured as a person.
public enum TeamLead {
    /// How far a lead's target may be from the team's, as a share of it.
    static let tolerance = 0.05

    /// Whether a role names a manager, director or head as one of its words.
    static func leadsByRole(_ role: String) -> Bool {
        let words = role.lowercased().split { !$0.isLetter }
        return words.contains { ["manager", "director", "head"].contains($0) }
    }

    /// The entities among `people` (entity, team, role) that carry their team's target, given
    /// each entity's target for the period.
    public static func leads(people: [(entity: String, team: String, role: String)], targets: [String: Double]) -> Set<String> {
        let teams = Dictionary(grouping: people.compactMap { person in targets[person.entity].map { (person, $0) } },
                               by: { $0.0.team })
        return Set(people.filter { person in
            guard leadsByRole(person.role), let own = targets[person.entity], own > 0 else { return false }
            // The team's target below this person: everyone in the team with a smaller target.
            let below = (teams[person.team] ?? []).filter { $0.1 < own }.reduce(0) { $0 + $1.1 }
            return below > 0 && abs(own - below) <= tolerance * below
        }.map(\.entity))
    }
}
