/// The scores of everyone in the values whose role the scorecard covers, with team and role
/// means.
public struct ScorecardResult: Sendable, Equatable {
    /// An entity left out because the scorecard has no scorecard for its role (a values file
    /// may cover sales and marketing people while a scorecard covers one of them).
    public struct Unscored: Sendable, Equatable {
        /// The entity.
        public let entity: String
        /// Its role, which the scorecard does not define.
        public let role: String
    }

    /// The scorecard's name.
    public let scorecard: String
    /// The period scored: the one chosen, or the only one in the values; `nil` when the values
    /// carry no period.
    public let period: String?
    /// People ranked by score, best first (ties by entity).
    public let people: [PersonScore]
    /// Team means, best first.
    public let teams: [GroupScore]
    /// Role means, best first.
    public let roles: [GroupScore]
    /// Entities whose role is not in the scorecard.
    public let unscored: [Unscored]
}
