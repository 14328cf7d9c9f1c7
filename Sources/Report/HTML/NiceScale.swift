import Foundation

/// An axis range and its ticks at "nice" steps (1, 2 or 5 times a power of ten) that cover
/// the data, after Heckbert's "Nice numbers for graph labels" (Graphics Gems, 1990).
struct NiceScale: Equatable {
    /// The lowest value of the axis (the first tick).
    let lower: Double
    /// The highest value of the axis (the last tick).
    let upper: Double
    /// The distance between ticks.
    let step: Double

    /// A scale covering `low...high` with about `ticks` ticks. An empty or degenerate range
    /// gets a unit-wide scale around its value.
    init(low: Double, high: Double, ticks: Int = 5) {
        var low = low.isFinite ? low : 0, high = high.isFinite ? high : 1
        if high < low { swap(&low, &high) }
        if high - low < 1e-12 * max(abs(low), abs(high), 1) {
            let pad = abs(low) > 0 ? abs(low) * 0.1 : 1
            low -= pad
            high += pad
        }
        let step = NiceScale.nice((high - low) / Double(max(ticks - 1, 1)), round: true)
        self.step = step
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    /// The tick values from ``lower`` to ``upper``.
    /// Computed as whole multiples of the step (divided by its inverse when it is below 1,
    /// which is a whole number for nice steps), so 0.6 prints as 0.6, not 0.6000000000000001.
    var ticks: [Double] {
        let first = Int((lower / step).rounded()), count = Int(((upper - lower) / step).rounded())
        let inverse = (1 / step).rounded()
        return (0...max(count, 0)).map { index in
            let multiple = Double(first + index)
            return step < 1 ? multiple / inverse : multiple * step
        }
    }

    /// The nice number near `x`: rounded to the nearest of 1, 2, 5, 10 times its power of ten,
    /// or (when `round` is false) the smallest of them not below `x`.
    static func nice(_ x: Double, round: Bool) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let exponent = floor(log10(x))
        let fraction = x / pow(10, exponent)
        let niceFraction: Double
        if round {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return niceFraction * pow(10, exponent)
    }
}
