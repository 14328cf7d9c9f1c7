import Foundation

/// The sample project in this folder, shipped with `kpi` so that `kpi init` can write it.
public enum SampleData {
    /// The files of the sample project, in the order `kpi init` writes them.
    public static let files = ["kpi.yaml", "scorecard.yaml", "people.csv", "targets.csv", "bookings.csv",
                               "raises.csv", "kpi_values.csv", "campaigns.csv",
                               "marketing_weeks.csv", "reports.csv", "audit_cleared.csv"]

    /// The folder the build copied the files to, next to the executable; `nil` when the
    /// executable was moved without it.
    public static var directory: URL? {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let candidates = [Bundle.main.bundleURL, executable.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("KPIKit_SampleData.resources") }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("kpi.yaml").path) }
    }
}
