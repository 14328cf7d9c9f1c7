/// A funnel step whose outcome is a count in proportion to the activity (deals, which also
/// close from earlier weeks' leads), read as a Poisson count with overdispersion.
///
/// The overdispersion is Pearson's, as for ``BinomialStep``: the mean squared residual
/// `(y − r a)² / (r a)` over the other reference reports at the person's rate `r`, each capped
/// at 10 so that one odd week does not excuse another, and at least 1. Counts that come in
/// bursts (leads from a campaign) then weigh a busy week by the person's own spread, not by a
/// Poisson count's.
struct PoissonStep {
    private let residuals: [Double]
    private let residualSum: Double
    private let reference: [Bool]
    private let referenceCount: Int

    /// - Parameters:
    ///   - rate: the outcome per unit of activity.
    ///   - reference: which reports the overdispersion is read from.
    init(activity: [Double], outcome: [Double], rate: Double, reference: [Bool]) {
        self.reference = reference
        referenceCount = reference.filter { $0 }.count
        residuals = activity.indices.map { index in
            let mean = rate * activity[index]
            guard reference[index], mean > 0 else { return 0 }
            return min(10, (outcome[index] - mean) * (outcome[index] - mean) / mean)
        }
        residualSum = residuals.reduce(0, +)
    }

    /// The overdispersion read from every reference report but one (at least 1).
    func dispersion(leaving left: Int) -> Double {
        let others = Double(referenceCount - (reference[left] ? 1 : 0))
        guard others > 1 else { return 1 }
        return max(1, (residualSum - residuals[left]) / (others - 1))
    }
}
