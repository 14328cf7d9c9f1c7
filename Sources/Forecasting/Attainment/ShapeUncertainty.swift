import Foundation

/// How far the share of a period still to come strayed, in earlier periods, from what the
/// shape learned before them expected: the uncertainty of the within-period pattern itself
/// (a slow August the first time a third quarter is seen, a Christmas that falls differently).
///
/// For every earlier period `p` after the first, the company's shape is learned from the
/// periods before `p` alone (``WithinPeriodShape/company(history:binCount:)``) and read at the
/// same fraction of `p` as the forecast's as-of day: with `F̂_p` the share it expects by then
/// and `F_p` the share the company actually had,
///
///     σ² = mean over p of log((1 − F_p)/(1 − F̂_p))².
///
/// Shares are read at bin resolution, a bin's amount spread over it in proportion to its
/// exposure. The simulation multiplies everyone's remaining share in a path by one
/// log-normal factor with this variance and mean 1, as a calendar effect hits everyone.
enum ShapeUncertainty {
    /// `σ²` for a forecast `elapsedFraction` of the way through its period; 0 at either end
    /// of the period or with fewer than two earlier periods.
    static func logVariance(history: [PeriodActivity], binCount: Int, elapsedFraction: Double) -> Double {
        guard elapsedFraction > 0, elapsedFraction < 1, history.count >= 2 else { return 0 }
        var squares: [Double] = []
        for position in 1..<history.count {
            let activity = history[position], bins = activity.bins
            let learned = WithinPeriodShape.company(history: Array(history[..<position]), binCount: binCount)
            let expected = zip(WithinPeriodShape.plus(learned.overall, learned.seasons[activity.seasonKey]), bins.exposure)
                .map { max($0, 0) * $1 }
            let asOf = activity.period.start + Int((elapsedFraction * Double(activity.period.length)).rounded()) - 1
            let elapsed = bins.exposure(through: asOf)
            guard let actual = share(activity.amounts(of: activity.people), elapsed: elapsed, exposure: bins.exposure),
                  let predicted = share(expected, elapsed: elapsed, exposure: bins.exposure),
                  actual < 1, predicted < 1 else { continue }
            let error = log((1 - actual) / (1 - predicted))
            squares.append(error * error)
        }
        return squares.isEmpty ? 0 : squares.reduce(0, +) / Double(squares.count)
    }

    /// `Σ_b a_b·(elapsed_b/exposure_b) / Σ_b a_b`; `nil` when the amounts sum to zero or less.
    static func share(_ amounts: [Double], elapsed: [Double], exposure: [Double]) -> Double? {
        let total = amounts.reduce(0, +)
        guard total > 0 else { return nil }
        var done = 0.0
        for b in amounts.indices where exposure[b] > 0 { done += amounts[b] * elapsed[b] / exposure[b] }
        return done / total
    }
}
