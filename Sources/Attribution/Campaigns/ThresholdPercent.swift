import Foundation

/// A ratio as a percentage that never hides which side of a threshold it lies on.
public enum ThresholdPercent {
    /// One decimal (`4.2%`), or as many more as it takes, up to four, for the text to stay on
    /// the ratio's side of `threshold`: an ROI of 4.99% against a 5% threshold reads `4.99%`,
    /// not `5.0%`, and one of 4.99996% reads `4.9999%`.
    public static func text(_ ratio: Double, threshold: Double) -> String {
        guard ratio.isFinite else { return "—" }
        var text = ""
        for decimals in 1...4 {
            text = String(format: "%.\(decimals)f%%", ratio * 100)
            let shown = (Double(text.dropLast()) ?? ratio * 100) / 100
            if ratio == threshold || (ratio < threshold) == (shown < threshold) && shown != threshold { return text }
        }
        // Closer than four decimals show: truncate towards the ratio's side.
        let scaled = ratio * 100 * 10_000
        let toward = ratio < threshold ? scaled.rounded(.down) : scaled.rounded(.up)
        return String(format: "%.4f%%", toward / 10_000)
    }
}
