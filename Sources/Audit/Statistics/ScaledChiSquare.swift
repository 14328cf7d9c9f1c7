import Foundation
import Statistics

/// A sum of squares whose distribution is a scaled chi-square `c · χ²ₖ`, with `c` and `k` read
/// off a sample of such sums rather than assumed.
///
/// Sums of squared deviations over a window of reports are chi-square-like, but honest windows
/// are calmer in some stretches than in others, so the degrees of freedom that describe them are
/// fewer than the values summed. The fit matches the sample's median and lower quartile on the
/// log scale, where the lower tail a test of smoothness reads is heavier than a normal one: at
/// 4.5 robust standard deviations below the median a `χ²₂₄` is about thirty times as likely as
/// the normal tail says.
struct ScaledChiSquare {
    let scale: Double
    let distribution: ChiSquared

    /// The fit to the median and lower quartile of the sums' logarithms; nil when the quartile
    /// does not lie below the median.
    init?(logMedian median: Double, logLowerQuartile quartile: Double) {
        let gap = median - quartile
        guard gap > 0, gap.isFinite else { return nil }
        // The gap between the logs of a chi-square's median and lower quartile falls as its
        // degrees of freedom grow: bisection on log k.
        func logGap(_ k: Double) -> Double {
            guard let chi = try? ChiSquared(degreesOfFreedom: k) else { return .nan }
            return log(chi.quantile(0.5)) - log(chi.quantile(0.25))
        }
        var low = log(0.05), high = log(1e6)
        for _ in 0..<60 {
            let middle = 0.5 * (low + high)
            if logGap(exp(middle)) > gap { low = middle } else { high = middle }
        }
        guard let distribution = try? ChiSquared(degreesOfFreedom: exp(0.5 * (low + high))) else { return nil }
        self.distribution = distribution
        scale = exp(median) / distribution.quantile(0.5)
    }

    /// The chance of a sum at most `x`.
    func lowerTail(_ x: Double) -> Double { distribution.cdf(x / scale) }

    /// The sum with chance `p` of being at most that.
    func quantile(_ p: Double) -> Double { scale * distribution.quantile(p) }
}
