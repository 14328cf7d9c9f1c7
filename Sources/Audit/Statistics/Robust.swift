import Statistics

/// Robust location and scale that never throw: empty input gives 0 (callers check counts).
enum Robust {
    /// The median, 0 for no values.
    static func median(_ values: [Double]) -> Double {
        (try? Descriptive.median(values)) ?? 0
    }

    /// The MAD scaled to estimate a normal standard deviation, 0 for no values.
    static func scale(_ values: [Double]) -> Double {
        (try? Descriptive.mad(values, scaled: true)) ?? 0
    }

    /// The noise level of a series that may shift level: the root mean square of first
    /// differences over √2, with the largest tenth of differences left out (and the normal
    /// truncation corrected for), so that a few level shifts and spikes barely move it. Unlike
    /// a MAD it does not collapse on small counts, whose differences are mostly 0 or ±1.
    static func differenceScale(_ values: [Double]) -> Double {
        guard values.count >= 3 else { return 0 }
        return trimmedScale(zip(values.dropFirst(), values).map { $0 - $1 }) / 2.0.squareRoot()
    }

    /// The standard deviation of values centred on zero, from the root mean square of all but
    /// the largest tenth in absolute value, divided by √0.6232 (the variance of a standard
    /// normal cut at ±1.645, its 90% central range).
    static func trimmedScale(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.map(abs).sorted()
        let kept = sorted.prefix(max(1, Int((0.9 * Double(sorted.count)).rounded())))
        let meanSquare = kept.map { $0 * $0 }.reduce(0, +) / Double(kept.count)
        return (meanSquare / 0.6232).squareRoot()
    }
}
