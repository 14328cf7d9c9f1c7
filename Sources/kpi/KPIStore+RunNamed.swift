import ArgumentParser
import Store

extension KPIStore {
    /// The stored run a command-line argument names: a run id as `kpi runs` lists it (`run-3`
    /// or `3`), or `latest` for the most recent run.
    /// - Throws: a `ValidationError` saying what to do when the text names no stored run.
    func run(named text: String) throws -> RunSummary {
        if text == "latest" {
            guard let latest = try runs().first else {
                throw ValidationError("this project's store has no runs yet; `kpi run` makes one")
            }
            return latest
        }
        guard let id = RunID(text) else { throw ValidationError("\(text) is not a run id; `kpi runs` lists them") }
        guard let summary = try run(id) else { throw ValidationError("no run \(text) in this project's store") }
        return summary
    }
}
