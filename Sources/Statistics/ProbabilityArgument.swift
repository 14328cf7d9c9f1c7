/// Shared handling of the probability argument of quantile functions.
enum ProbabilityArgument {
    /// The result for the end points and invalid arguments, or `nil` when `p`
    /// lies strictly inside `(0, 1)` and has to be inverted.
    static func boundaryResult(_ p: Double, lower: Double, upper: Double) -> Double? {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        if p == 0 { return lower }
        if p == 1 { return upper }
        return nil
    }
}
