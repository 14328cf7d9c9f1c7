import Store

/// Who carries a team's target: a person whose role names a manager, director or head and
/// whose target for the period is the team's, the summed targets of the members who are not
/// leads (from 95% to 125% of it: a lead's target may be stretched above the team's). Such a
/// lead is measured on the team's bookings and left out of team and company sums, so that the
/// team target is not counted twice. Bookings do not decide it: a manager who closes a deal
/// personally still carries the team's target. A team may have several leads (a manager and a
/// director with the team's target); a player-coach with a target of their own, well below the
/// team's, is measured as a person. Where the numbers cannot tell (two account managers whose
/// targets each equal the rest of the team's), they are read as leads.
public enum TeamLead {
    /// The range of a lead's target, as a share of the team's.
    static let range = 0.95...1.25

    /// Whether a role names a manager, director or head: one of its words (split at spaces,
    /// punctuation and lower-to-upper case changes) is, or ends with, one of them
    /// (`sales_manager`, `SalesManager`, `salesmanager`, `Head of Sales`; not `headhunter`).
    static func leadsByRole(_ role: String) -> Bool {
        var words: [String] = [], word = ""
        for character in role {
            let startsWord = character.isUppercase && (word.last?.isLowercase ?? false)
            if !character.isLetter || startsWord {
                if !word.isEmpty { words.append(word.lowercased()) }
                word = character.isLetter ? String(character) : ""
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        return words.contains { word in ["manager", "director", "head"].contains { word.hasSuffix($0) } }
    }

    /// The entities among `people` (entity, team, role) that carry their team's target, given
    /// each entity's target for the period: in each team, the largest set of the managers with
    /// the highest targets each of whose target is the rest of the team's.
    public static func leads(people: [(entity: String, team: String, role: String)], targets: [String: Double]) -> Set<String> {
        var found: Set<String> = []
        let teams = Dictionary(grouping: people.filter { (targets[$0.entity] ?? 0) > 0 }, by: \.team)
        for members in teams.values {
            let total = members.reduce(0) { $0 + (targets[$1.entity] ?? 0) }
            let candidates = members.filter { leadsByRole($0.role) }.map(\.entity)
                .sorted { (targets[$0] ?? 0, $1) > (targets[$1] ?? 0, $0) }
            // The k managers with the highest targets, for the largest k whose targets all are
            // the remaining members' sum.
            for k in stride(from: candidates.count, through: 1, by: -1) {
                let chosen = candidates.prefix(k)
                let rest = total - chosen.reduce(0) { $0 + (targets[$1] ?? 0) }
                guard rest > 0, chosen.allSatisfy({ range.contains((targets[$0] ?? 0) / rest) }) else { continue }
                found.formUnion(chosen)
                break
            }
        }
        return found
    }

    /// The leads among the people, from the stored targets of `period`.
    static func leads(people: [Person], targets: [Target], period: Period) -> Set<String> {
        leads(people: people.map { ($0.entity, $0.team, $0.role) }, targets: periodTargets(targets, period))
    }

    /// Each entity's positive target for `period`.
    static func periodTargets(_ targets: [Target], _ period: Period) -> [String: Double] {
        Dictionary(targets.filter { $0.period == period && $0.target > 0 }.map { ($0.entity, $0.target) },
                   uniquingKeysWith: { first, _ in first })
    }
}
