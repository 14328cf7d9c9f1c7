import Foundation

/// The company's booking level per person and unit of exposure across periods: a trend and
/// season factors on the log scale.
///
/// - the trend `g` per period: the mean change of the company's per-person log rate between
///   consecutive periods of the same season, per period between them (seasonal differences,
///   which a seasonal pattern does not bias); 0 until a season recurs;
/// - season factors `f_s`: the detrended log rate of periods of season `s` against the mean
///   over all periods, shrunk toward 0 with ``Shrinkage`` and exponentiated.
///
/// The level of the period at position `t` with exposure `E` is `E·f_s·e^{g·t}`.
struct CompanyLevel: Sendable {
    /// One period's per-person log rate.
    typealias LogRate = (position: Int, season: String, value: Double)

    let trend: Double
    let seasonFactors: [String: Double]

    /// The per-person log rate of every period with a positive total.
    static func logRates(_ history: [PeriodActivity]) -> [LogRate] {
        history.enumerated().compactMap { position, activity in
            let people = activity.people
            let total = activity.amounts(of: people).reduce(0, +)
            let exposure = activity.bins.totalExposure * Double(people.count)
            return total > 0 && exposure > 0 ? (position, activity.seasonKey, log(total / exposure)) : nil
        }
    }

    init(_ logRates: [LogRate]) {
        var slopes: [Double] = [], previous: [String: LogRate] = [:]
        for rate in logRates {
            if let earlier = previous[rate.season] {
                slopes.append((rate.value - earlier.value) / Double(rate.position - earlier.position))
            }
            previous[rate.season] = rate
        }
        let trend = slopes.isEmpty ? 0 : slopes.reduce(0, +) / Double(slopes.count)
        var factors: [String: Double] = [:]
        if !logRates.isEmpty {
            let detrended = logRates.map { ($0.season, $0.value - trend * Double($0.position)) }
            let centre = detrended.reduce(0) { $0 + $1.1 } / Double(detrended.count)
            let groups = Dictionary(grouping: detrended, by: \.0).mapValues { $0.map { [$0.1 - centre] } }
            factors = Shrinkage.shrunkenMeans(groups).mapValues { exp($0.first ?? 0) }
        }
        self.trend = trend
        seasonFactors = factors
    }

    /// The level of a period of `exposure` and `season` at `position`.
    func scale(exposure: Double, season: String?, position: Int) -> Double {
        exposure * (seasonFactors[season ?? ""] ?? 1) * exp(trend * Double(position))
    }

    /// The level of an earlier period.
    func scale(_ activity: PeriodActivity, position: Int) -> Double {
        scale(exposure: activity.bins.totalExposure, season: activity.period.season, position: position)
    }
}
