import Foundation

/// How much a count varies by chance alone, on the `log(1 + x)` scale the detectors compare
/// counts on.
///
/// Robust spreads read from a person's reports collapse on small counts: when most weeks
/// repeat the same count (no deal, one lead), the median and trimmed deviations are 0 and a
/// single different week looks infinitely far out. A count varies at least as much as a
/// Poisson count at its level, so spreads are floored at that.
enum CountNoise {
    /// The standard deviation of `log(1 + X)` for a Poisson count `X` with the given mean, to
    /// first order: `√μ / (1 + μ)` (largest, ½, at one a period).
    static func logScale(mean: Double) -> Double {
        max(0, mean).squareRoot() / (1 + max(0, mean))
    }

    /// The mean of a measure over the given reports (0 for none).
    static func mean(_ input: AuditInput, rows: [Int], measure: Int) -> Double {
        rows.map { input.value($0, measure) }.reduce(0, +) / Double(max(1, rows.count))
    }
}
