/// Who carries a team's target: a person whose role names a manager, director or head and who
/// books nothing personally. Such a lead is measured on the team's bookings, and is left out
/// of team and company sums so that the team target is not counted twice.
public enum TeamLead {
    /// Whether a person with this role and booking record is a team lead.
    public static func isLead(role: String, books: Bool) -> Bool {
        !books && ["manager", "director", "head"].contains { role.contains($0) }
    }
}
