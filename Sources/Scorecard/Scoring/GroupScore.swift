/// The mean score of a team or a role.
public struct GroupScore: Sendable, Equatable {
    /// The team's or role's name.
    public let name: String
    /// How many people were scored in it.
    public let members: Int
    /// The mean of the members' scores.
    public let score: Double

    /// Means of the people grouped by `key`, best first (ties by name); people whose key is
    /// `nil` (no team) are in no group.
    static func means(of people: [PersonScore], by key: (PersonScore) -> String?) -> [GroupScore] {
        Dictionary(grouping: people.compactMap { person in key(person).map { ($0, person.score) } }, by: \.0)
            .map { name, members in
                GroupScore(name: name, members: members.count, score: members.reduce(0) { $0 + $1.1 } / Double(members.count))
            }
            .sorted { $0.score > $1.score || ($0.score == $1.score && $0.name < $1.name) }
    }
}
