/// The scorecard of one role (e.g. `sales_rep`): its weighted dimensions.
public struct RoleDefinition: Sendable, Equatable {
    /// The role's name, as value files spell it in their `role` column.
    public let name: String
    /// The role's dimensions.
    public let dimensions: [DimensionDefinition]
    /// The line of the scorecard file, for messages; `nil` when made in code.
    public let line: Int?

    /// Creates a role.
    public init(name: String, dimensions: [DimensionDefinition], line: Int? = nil) {
        self.name = name
        self.dimensions = dimensions
        self.line = line
    }
}
