/// A funnel step whose outcome never exceeds its activity (leads out of visits), read as
/// binomial trials with overdispersion.
///
/// A report is judged this way only when none of the person's other reports has more outcome
/// than activity: where some do (deals also closing from earlier weeks' leads), the step is no
/// set of trials. The overdispersion is Pearson's: the mean squared residual
/// `(y − n p̂)² / (n p̂ (1 − p̂))` over the other reports, each capped at 10 so that one odd week
/// does not excuse another, and at least 1. The rate and the overdispersion are read from the
/// reference reports only (those whose activity is not extreme for the person, see
/// ``ConsistencyDetector``): one week of a billion visits would otherwise set the person's
/// conversion to nothing.
struct BinomialStep {
    private let residuals: [Double]
    private let residualSum: Double
    private let reference: [Bool]
    private let referenceCount: Int
    private let exceeding: [Bool]
    private let exceedingCount: Int

    /// Nil when the outcome never or always happens in the reference reports.
    /// - Parameter reference: which reports the rate and overdispersion are read from (all
    ///   when nil).
    init?(activity: [Double], outcome: [Double], reference: [Bool]? = nil) {
        let reference = reference ?? activity.map { _ in true }
        let kept = activity.indices.filter { reference[$0] }
        let trials = kept.reduce(0) { $0 + activity[$1] }, successes = kept.reduce(0) { $0 + outcome[$1] }
        guard trials > 0, successes > 0, successes < trials else { return nil }
        let rate = successes / trials
        self.reference = reference
        referenceCount = kept.count
        exceeding = zip(activity, outcome).map { $1 > $0 }
        exceedingCount = exceeding.filter { $0 }.count
        residuals = activity.indices.map { index in
            let n = activity[index], y = outcome[index]
            return reference[index] && n > 0 ? min(10, (y - n * rate) * (y - n * rate) / (n * rate * (1 - rate))) : 0
        }
        residualSum = residuals.reduce(0, +)
    }

    /// Whether the other reports read as trials: none has more outcome than activity.
    func applies(leaving left: Int) -> Bool {
        exceedingCount - (exceeding[left] ? 1 : 0) == 0
    }

    /// The overdispersion read from every reference report but one (at least 1).
    func dispersion(leaving left: Int) -> Double {
        let others = Double(referenceCount - (reference[left] ? 1 : 0))
        guard others > 1 else { return 1 }
        return max(1, (residualSum - residuals[left]) / (others - 1))
    }
}
