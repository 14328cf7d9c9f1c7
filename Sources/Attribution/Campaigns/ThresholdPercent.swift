import Foundation

/// A ratio as a percentage that never hides which side of a threshold it lies on.
public enum ThresholdPercent {
    /// Whether `ratio` lies below `threshold` by more than rounding: an ROI of 5% computed as
    /// 4.999999999999997% is not below 5%.
    public static func isBelow(_ ratio: Double, _ threshold: Double) -> Bool {
        ratio < threshold - 1e-9 * max(1, abs(threshold))
    }

    /// One decimal (`4.2%`), or as many more as it takes, up to four, for the text to stay on
    /// the ratio's side of `threshold`: an ROI of 4.99% against a 5% threshold reads `4.99%`,
    /// not `5.0%`, and one of 4.99996% reads `4.9999%`. A ratio within rounding of the
    /// threshold (``isBelow(_:_:)``) reads as the threshold.
    public static func text(_ ratio: Double, threshold: Double) -> String {
        guard ratio.isFinite else { return "—" }
        let below = isBelow(ratio, threshold), above = isBelow(threshold, ratio)
        var text = String(format: "%.1f%%", ratio * 100)
        guard below || above else { return text }
        for decimals in 1...4 {
            text = String(format: "%.\(decimals)f%%", ratio * 100)
            let shown = (Double(text.dropLast()) ?? ratio * 100) / 100
            if below ? shown < threshold : shown > threshold { return text }
        }
        // Closer than four decimals show: one last digit off the threshold, on the ratio's side.
        let step = (threshold * 100 * 10_000).rounded() + (below ? -1 : 1)
        return String(format: "%.4f%%", step / 10_000)
    }
}
