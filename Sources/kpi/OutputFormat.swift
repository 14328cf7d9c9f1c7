import ArgumentParser

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// How a command whose result is a summary rather than rows prints it: no CSV, so the help
/// lists only what the command accepts.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
