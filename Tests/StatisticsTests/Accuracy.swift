import Testing

/// The acceptance criterion of the accuracy suite and the bookkeeping that
/// reports the worst error of each function family.
struct Accuracy {
    /// Largest accepted relative error.
    static let tolerance = 1e-12

    /// The relative error of `actual`; for a zero or subnormal `expected` the
    /// absolute error in units of the smallest normal double, so that the same
    /// tolerance applies.
    static func error(_ actual: Double, _ expected: Double) -> Double {
        if actual == expected { return 0 }
        if actual.isNaN || expected.isNaN { return .infinity }
        let scale = max(abs(expected), Double.leastNormalMagnitude)
        return abs(actual - expected) / scale
    }

    let family: String
    private(set) var worst = 0.0
    private(set) var count = 0

    init(_ family: String) { self.family = family }

    /// Records one comparison and fails the test if it exceeds the tolerance.
    mutating func check(
        _ actual: Double, _ expected: Double, _ context: @autoclosure () -> String,
        tolerance: Double = Accuracy.tolerance,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let error = Accuracy.error(actual, expected)
        count += 1
        worst = max(worst, error)
        #expect(
            error <= tolerance,
            "\(family) \(context()): got \(actual), expected \(expected), relative error \(error)",
            sourceLocation: sourceLocation)
    }

    /// Prints the worst error, for the test log.
    func report() {
        print("[accuracy] \(family): worst relative error \(worst) over \(count) points")
    }
}
