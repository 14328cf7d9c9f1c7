/// The choices behind a marketing-mix fit. The defaults are those of common practice for
/// weekly data: geometric carry-over over 12 weeks, normalized, with logistic saturation
/// (PyMC-Marketing's defaults); yearly seasonality of Fourier order 3; blocked
/// cross-validation over ten blocks of weeks; 100 bootstrap refits for 90 % intervals.
public struct MarketingMixConfiguration: Sendable {
    /// The carry-over family of every channel.
    public var adstock: Adstock.Kind = .geometric
    /// The number of lag weights (lags `0 ..< maxLag` weeks).
    public var maxLag = 12
    /// Whether the lag weights sum to one.
    public var normalizeAdstock = true
    /// The diminishing-returns family of every channel.
    public var saturation: Saturation.Kind = .logistic
    /// Pairs of sine and cosine terms for the yearly season (0 for none).
    public var fourierOrder = 3
    /// Whether the baseline has a linear trend.
    public var trend = true
    /// How the hyperparameter search validates a candidate.
    public enum Validation: String, Sendable, CaseIterable {
        /// Fold `k` fits on the weeks before its block and forecasts the block (rolling
        /// forecast origin); the blocks cover the last ``validationShare`` of the weeks.
        case expandingOrigin = "expanding-origin"
        /// The weeks are cut into consecutive blocks; each block in turn is left out, the model
        /// fitted on the rest and tested on it (blocked cross-validation, Bergmeir & Benítez
        /// 2012). Every week is tested once.
        case blocked
    }

    /// How the hyperparameter search validates a candidate.
    public var validation: Validation = .blocked
    /// Validation folds for the hyperparameter search.
    public var folds = 10
    /// With expanding origins: the share of the weeks, at the end, the folds test on.
    public var validationShare = 0.3
    /// Searches from different starting points (the first from the centre of the box, the
    /// others from seeded random points).
    public var restarts = 3
    /// Objective evaluations per search from one starting point, per hyperparameter.
    public var evaluationsPerParameter = 100
    /// Block-bootstrap refits behind the intervals (0 for none).
    public var bootstrapReplicates = 100
    /// Objective evaluations of the re-search in each bootstrap refit, per hyperparameter:
    /// fewer leave the replicates' carry-over and saturation near the estimate's, and the
    /// intervals too narrow.
    public var bootstrapEvaluationsPerParameter = 30
    /// The interval level.
    public var level = 0.9
    /// Points on each channel's response curve, from no spend to twice the actual spend.
    public var responseCurvePoints = 21
    /// The seed of the restarts and the bootstrap: the same data and seed give bit-identical
    /// results.
    public var seed: UInt64 = 1

    public init() {}

    /// Rejects values outside their ranges.
    func validate() throws {
        func check(_ condition: Bool, _ text: String) throws {
            if !condition { throw AttributionError.invalidConfiguration(text) }
        }
        try check((1...104).contains(maxLag), "the adstock's maximum lag must be 1 to 104 weeks")
        try check((0...10).contains(fourierOrder), "the Fourier order must be 0 to 10")
        try check((1...20).contains(folds), "the number of validation folds must be 1 to 20")
        try check(validationShare > 0 && validationShare < 0.6, "the validation share must be between 0 and 0.6")
        try check((1...50).contains(restarts), "restarts must be 1 to 50")
        try check(evaluationsPerParameter >= 10, "at least 10 evaluations per parameter")
        try check(bootstrapReplicates == 0 || bootstrapReplicates >= 20, "bootstrap replicates must be 0 or at least 20")
        try check(bootstrapEvaluationsPerParameter >= 0, "bootstrap evaluations cannot be negative")
        try check(level > 0.5 && level < 1, "the interval level must be between 0.5 and 1")
        try check(responseCurvePoints >= 2 && responseCurvePoints <= 1000, "response curves need 2 to 1000 points")
    }
}
