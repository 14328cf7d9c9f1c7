import Attribution
import Tabular

/// The main job's marketing step: a marketing-mix model of the project's weekly sales and
/// media spend (each channel's contribution, ROAS and marginal ROAS, the weekly decomposition
/// and the marketing impact coefficient, all with intervals).
enum AttributionStep {
    /// What the step did.
    enum Outcome {
        /// Nothing to fit, and why.
        case skipped(String)
        /// The fitted model and the warnings of reading the table (the fit's own are the
        /// result's).
        case model(MarketingMixResult, readingWarnings: [String])
    }

    /// Reads the weekly table the project names and fits the model with the default settings
    /// and the project's seed.
    /// - Throws: an error naming the file, line and column of bad input.
    static func run(_ setup: MarketingSetup?) throws -> Outcome {
        guard let setup else { return .skipped("no marketing table in the project file") }
        let input = try MarketingInput(table: try CSVFile.read(path: setup.file), date: setup.date, kpi: setup.kpi,
                                       channels: setup.channels, controls: setup.controls, events: setup.events)
        var configuration = MarketingMixConfiguration()
        configuration.seed = setup.seed
        let result = try MarketingMixModel.fit(data: input.data, configuration: configuration)
        return .model(result, readingWarnings: input.warnings)
    }
}
