import Store
import Testing

/// Everything a test can observe of a store's contents, to show that a rejected file left
/// it exactly as it was.
struct StoreSnapshot: Equatable {
    let counts: [Dataset: Int]
    let files: [IngestedFile]
    let teams: [String]
    let roles: [String]
    let periods: [String]
    let actuals: [Actual]

    init(_ store: KPIStore) throws {
        var counts: [Dataset: Int] = [:]
        for dataset in Dataset.allCases { counts[dataset] = try store.count(dataset) }
        self.counts = counts
        files = try store.files()
        teams = try store.teams()
        roles = try store.roles()
        periods = try store.periods().map(\.label)
        actuals = try store.actuals()
    }
}

/// Ingesting `path` fails with `error` and changes nothing.
func expectRejected<E: Error & Equatable>(
    _ store: KPIStore, _ path: String, as dataset: Dataset, _ error: E,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let before = try StoreSnapshot(store)
    #expect(throws: error, sourceLocation: sourceLocation) { try store.ingest(path: path, as: dataset) }
    #expect(try StoreSnapshot(store) == before, "the store changed", sourceLocation: sourceLocation)
}
