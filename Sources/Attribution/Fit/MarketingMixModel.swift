import Foundation
import Parallelism
import Randomness

/// The marketing-mix model
/// `sales_t = baseline_t + Σ_c β_c · saturation_c(adstock_c(spend_c))_t`, `β_c ≥ 0`,
/// with a baseline of intercept, linear trend, yearly Fourier terms, events and controls.
///
/// ``fit(data:configuration:)`` searches the carry-over, saturation and ridge
/// hyperparameters by Nelder–Mead from several seeded starting points, minimizing the error
/// of expanding-origin validation forecasts; at each point the model is linear and is fitted
/// by non-negative ridge least squares. Intervals come from a moving-block bootstrap of the
/// residuals in which every replicate searches the hyperparameters again, starting from the
/// estimate's, and refits. The same data, configuration and seed give bit-identical results.
///
/// Three things keep the intervals from being too narrow:
/// - Each replicate's search runs 30 evaluations per hyperparameter from a first simplex 0.3
///   wide (``MarketingMixConfiguration/bootstrapEvaluationsPerParameter``,
///   ``replicateStep``), so the replicates' carry-over and saturation move as the data allow.
///   Where a saturation is weakly identified (a channel that spends every week, or in a few
///   weeks only), that makes for long upper tails: a replicate that saturates the channel
///   fully leaves a feature close to a constant, whose level the intercept could equally take.
/// - The residuals are scaled by `√(n / (n − k))`, `k` counting the baseline's coefficients,
///   the channels' and the hyperparameters searched (at most by 2): a fit's residuals are
///   smaller than the noise by about what it fitted.
/// - A replicate's channel coefficients are fitted without the sign constraint. Held at 0 or
///   above, the replicates of a channel that does nothing all land at or above 0, and its
///   percentile interval excludes 0 however little the data say (the bootstrap is not
///   consistent at the edge of the parameter space; Andrews, *Econometrica* 2000). Fitted
///   freely, they scatter around it. The point estimate keeps the constraint (and so does
///   each replicate's search: only its final fit is free), and the intervals of quantities
///   that cannot be negative are cut at 0. Channels that spend in step can then split into
///   offsetting signs in a replicate; their sum stays well determined, each share does not
///   (``PreparedData`` warns of such channels).
///
/// `Benchmarks/Attribution/interval_coverage.py` measures how often the 90% intervals hold the truth.
public enum MarketingMixModel {
    /// Fits the model and derives contributions, ROAS, marginal ROAS, response curves, the
    /// weekly decomposition, fit quality and the marketing impact coefficient, each with its
    /// interval.
    /// - Throws: ``AttributionError`` naming the week, channel or series that makes a fit
    ///   impossible.
    public static func fit(data input: MarketingData,
                           configuration: MarketingMixConfiguration = MarketingMixConfiguration()) throws -> MarketingMixResult {
        try configuration.validate()
        let prepared = try PreparedData(input, fourierOrder: configuration.fourierOrder)
        let data = prepared.data
        let n = data.days.count, m = data.channels.count
        // The configuration as fitted: without a yearly season under a year of weeks.
        var seasons = configuration
        seasons.fourierOrder = prepared.fourierOrder
        let baseline = BaselineDesign(data: data, configuration: seasons)
        let p = baseline.count
        let space = HyperparameterSpace(adstock: configuration.adstock, saturation: configuration.saturation,
                                        channels: m, maxLag: configuration.maxLag)
        let bounds = try foldBounds(weeks: n, parameters: p + m, hyperparameters: space.dimension,
                                    configuration: configuration)

        let kpiScale = data.kpi.reduce(0) { max($0, abs($1)) }
        let scale = kpiScale > 0 ? kpiScale : 1
        let response = data.kpi.map { $0 / scale }
        let spendScales = data.channels.map { $0.values.reduce(0, max) }
        let spend = zip(data.channels, spendScales).map { channel, s in channel.values.map { $0 / s } }
        let blocked = configuration.validation == .blocked
        let maxLag = configuration.maxLag, normalized = configuration.normalizeAdstock
        let makeEvaluator = { @Sendable (response: [Double]) in
            ModelEvaluator(baseline: baseline, spend: spend, response: response, space: space, maxLag: maxLag,
                           normalized: normalized, bounds: bounds, blocked: blocked)
        }
        @Sendable func state(at point: [Double], on evaluator: ModelEvaluator, signFree: Bool = false) -> ModelState {
            let coefficients = point.withUnsafeBufferPointer { evaluator.fitAll($0, signFree: signFree) }
            return ModelState(point: point, scaledCoefficients: coefficients, features: evaluator.featureColumns(),
                              baselineCount: p, kpiScale: scale, spendScales: spendScales, space: space,
                              maxLag: maxLag, normalized: normalized)
        }

        // The search: one start from the centre of the box, the others seeded, then a polish
        // of the best (the first of equals).
        let d = space.dimension
        var generator = SplitMix64(seed: configuration.seed)
        let simplex = SimplexSearch()
        let starts = (0..<configuration.restarts).map { restart in
            restart == 0 ? [Double](repeating: 0.5, count: d) : (0..<d).map { _ in generator.unit() }
        }
        let budget = configuration.evaluationsPerParameter * d
        let outcomes = ParallelMap.map(starts.count) { restart in
            simplex.minimize(start: starts[restart], step: 0.25, budget: budget, makeEvaluator(response).objective)
        }
        var evaluations = outcomes.reduce(0) { $0 + $1.evaluations }
        var found = outcomes[0]
        for outcome in outcomes.dropFirst() where outcome.value < found.value { found = outcome }
        let evaluator = makeEvaluator(response)
        let polish = simplex.minimize(start: found.point, step: 0.05, budget: 30 * d, evaluator.objective)
        evaluations += polish.evaluations
        if polish.value < found.value { found = polish }
        let estimate = state(at: found.point, on: evaluator)
        let decomposition = Self.decomposition(data: data, baseline: baseline, state: estimate)

        // Block bootstrap of the residuals around the fitted sales, scaled for what the fit
        // absorbed; each replicate searches the hyperparameters again from the estimate's,
        // then refits with channel coefficients of either sign.
        let fittedScaled = decomposition.map { $0.fitted / scale }
        let inflation = Self.residualInflation(weeks: n, fitted: p + m + d)
        let bootstrap = BlockBootstrap(residuals: zip(response, fittedScaled).map { ($0 - $1) * inflation })
        let samples = (0..<configuration.bootstrapReplicates).map { _ in
            zip(fittedScaled, bootstrap.sample(using: &generator)).map { $0 + $1 }
        }
        let localBudget = configuration.bootstrapEvaluationsPerParameter * d
        let center = found.point
        let refits = ParallelMap.map(samples.count) { index in
            let evaluator = makeEvaluator(samples[index])
            guard localBudget > d + 1 else { return (state(at: center, on: evaluator, signFree: true), 0) }
            let local = simplex.minimize(start: center, step: Self.replicateStep, budget: localBudget, evaluator.objective)
            return (state(at: local.point, on: evaluator, signFree: true), local.evaluations)
        }
        let replicates = refits.map(\.0)
        evaluations += refits.reduce(0) { $0 + $1.1 }

        let range = (data.kpi.max() ?? 0) - (data.kpi.min() ?? 0)
        let validationWeeks = configuration.validation == .blocked ? n : n - bounds[1]
        let validationRMSE = (found.value).squareRoot() * scale
        var squares = 0.0, absolutePercent = 0.0, nonZero = 0, total = 0.0
        let mean = data.kpi.reduce(0, +) / Double(n)
        for week in decomposition {
            let e = week.actual - week.fitted
            squares += e * e
            total += (week.actual - mean) * (week.actual - mean)
            if week.actual != 0 {
                absolutePercent += abs(e / week.actual)
                nonZero += 1
            }
        }
        let quality = FitQuality(rSquared: total > 0 ? 1 - squares / total : .nan,
                                 nrmse: range > 0 ? (squares / Double(n)).squareRoot() / range : .nan,
                                 mape: nonZero > 0 ? absolutePercent / Double(nonZero) : .nan,
                                 validationRMSE: validationRMSE,
                                 validationNRMSE: range > 0 ? validationRMSE / range : .nan,
                                 validationWeeks: validationWeeks)
        return MarketingMixResult(input: input, prepared: prepared, configuration: seasons, baselineCount: p,
                                  estimate: estimate, replicates: replicates,
                                  replicateBaselines: replicates.map { weeklyBaseline(baseline, state: $0) },
                                  decomposition: decomposition,
                                  quality: quality, evaluations: evaluations)
    }

    /// The size of a bootstrap replicate's first simplex in the unit box: wider than the
    /// polish's, so that a replicate can move as far from the estimate as the noise takes it.
    static let replicateStep = 0.3

    /// The factor `√(n / (n − k))` by which residuals of a fit of `k` parameters to `n` weeks
    /// fall short of the noise, at most 2 (when `k` approaches or exceeds `n`, the
    /// hyperparameters are far from being free parameters each).
    static func residualInflation(weeks n: Int, fitted k: Int) -> Double {
        (Double(n) / max(Double(n - k), Double(n) / 4)).squareRoot()
    }

    /// Segment bounds of the validation folds: the first fold trains on weeks `0 ..< b[1]`,
    /// fold `k` tests on `b[k] ..< b[k+1]`.
    static func foldBounds(weeks n: Int, parameters: Int, hyperparameters: Int,
                           configuration: MarketingMixConfiguration) throws -> [Int] {
        let folds = configuration.folds
        if configuration.validation == .blocked {
            let needed = (parameters + 2) * folds / max(folds - 1, 1) + 1
            guard folds >= 2, n >= needed, n >= 2 * folds else {
                throw AttributionError.tooFewWeeks(weeks: n, parameters: parameters + hyperparameters, needed: max(needed, 2 * folds))
            }
            return (0...folds).map { $0 * n / folds }
        }
        let horizon = max(1, Int(Double(n) * configuration.validationShare / Double(folds)))
        let firstOrigin = n - folds * horizon
        let needed = Int((Double(parameters + 2) / (1 - configuration.validationShare)).rounded(.up)) + folds
        guard firstOrigin >= parameters + 2, n >= needed else {
            throw AttributionError.tooFewWeeks(weeks: n, parameters: parameters + hyperparameters, needed: max(needed, n + 1))
        }
        return [0] + (0...folds).map { firstOrigin + $0 * horizon }
    }

    /// The weekly parts of the fitted sales of `state`.
    static func decomposition(data: MarketingData, baseline: BaselineDesign, state: ModelState) -> [DecompositionWeek] {
        let n = data.days.count, p = baseline.count
        return (0..<n).map { t in
            let channels = state.weekly.map { $0[t] }
            var week = DecompositionWeek(day: data.days[t], actual: data.kpi[t], fitted: 0, intercept: 0, trend: 0,
                                         seasonality: 0, events: 0, controls: 0, channels: channels,
                                         baselineInterval: 0...0, channelIntervals: channels.map { $0...$0 })
            for j in 0..<p {
                let value = baseline.columns[j * n + t] * state.coefficients[j]
                switch baseline.parts[j] {
                case .intercept: week.intercept += value
                case .trend: week.trend += value
                case .seasonality: week.seasonality += value
                case .event: week.events += value
                case .control: week.controls += value
                }
            }
            var fitted = week.baseline
            for value in week.channels { fitted += value }
            week.fitted = fitted
            week.baselineInterval = week.baseline...week.baseline
            return week
        }
    }

    /// The week-by-week baseline of a state: `Σ_j B_tj · β_j`.
    static func weeklyBaseline(_ baseline: BaselineDesign, state: ModelState) -> [Double] {
        let n = baseline.rows
        return (0..<n).map { t in
            var sum = 0.0
            for j in 0..<baseline.count { sum += baseline.columns[j * n + t] * state.coefficients[j] }
            return sum
        }
    }
}
