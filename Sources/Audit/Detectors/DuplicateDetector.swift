import Foundation

/// Finds reports that repeat an earlier report of the same person, exactly or nearly.
///
/// For each person, each measure's chance that two of the person's reports lie within a given
/// distance of each other is read off all pairs of the person's reports with activity (counts
/// by their difference, amounts by their difference on the log scale; for distances below the
/// smallest 2% of pairs the chance is interpolated linearly down to the amount's rounding, so
/// that an amount repeated to the unit is as unlikely as it is). A report's p-value is the
/// smallest product of these chances over the earlier reports, times the number of earlier
/// reports it was compared with. Reports of zeros (vacations) are never compared.
struct DuplicateDetector: Detector {
    /// Share of pairs below which the amount's distance distribution is interpolated.
    var interpolationShare = 0.02

    func findings(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        var findings: [AuditFinding] = []
        for series in input.series {
            let rows = series.rows.filter(input.isActive)
            guard rows.count >= 6 else { continue }
            let distances = input.measures.indices.map { measure in
                PairDistances(values: rows.map { scaled(input.value($0, measure), measure, input) },
                              interpolateBelow: measure == input.amountIndex ? interpolationShare : 0)
            }
            for later in 1..<rows.count {
                var best = (probability: 1.0, earlier: 0)
                for earlier in 0..<later {
                    var probability = 1.0
                    for (measure, pairs) in distances.enumerated() {
                        let a = input.value(rows[earlier], measure), b = input.value(rows[later], measure)
                        let d = abs(scaled(a, measure, input) - scaled(b, measure, input))
                        let resolution = measure == input.amountIndex ? 1 / (1 + max(a, b)) : 0
                        probability *= pairs.share(within: max(d, resolution))
                    }
                    if probability < best.probability { best = (probability, earlier) }
                }
                let p = TailProbability.bonferroni(best.probability, tests: later)
                guard p < 0.05 else { continue }
                findings.append(AuditFinding(detector: .duplicate, rows: [rows[later]], pValue: p,
                                             reason: reason(context, copy: rows[later], original: rows[best.earlier], p: p)))
            }
        }
        return findings
    }

    private func scaled(_ value: Double, _ measure: Int, _ input: AuditInput) -> Double {
        measure == input.amountIndex ? log1p(value) : value
    }

    private func reason(_ context: AuditContext, copy: Int, original: Int, p: Double) -> String {
        let input = context.input
        let values = { (row: Int) in input.rows[row].values.map(NumberText.value).joined(separator: ", ") }
        let differing = input.measures.indices.filter { input.value(copy, $0) != input.value(original, $0) }
        let how = differing.isEmpty ? "repeats exactly" : "almost repeats (differs in \(differing.map { input.measures[$0] }.joined(separator: ", ")))"
        return "\(context.period(copy)) \(how) \(context.period(original)): \(input.measures.joined(separator: ", ")) "
            + "\(values(copy)) against \(values(original)); chance of so close a pair among the person's reports p = \(NumberText.p(p))"
    }
}

/// The distribution of distances between all pairs of one person's values of one measure.
struct PairDistances: Sendable {
    private let sorted: [Double]
    private let interpolateBelow: Double

    init(values: [Double], interpolateBelow: Double) {
        var distances: [Double] = []
        for i in values.indices { for j in values.indices where j > i { distances.append(abs(values[i] - values[j])) } }
        sorted = distances.sorted()
        self.interpolateBelow = interpolateBelow
    }

    /// The share of pairs at most `d` apart (at least one pair's worth, so nothing is impossible).
    func share(within d: Double) -> Double {
        let n = Double(sorted.count)
        guard n > 0 else { return 1 }
        if interpolateBelow > 0 {
            let index = min(sorted.count - 1, Int(interpolateBelow * n))
            let knot = sorted[index]
            if d < knot, knot > 0 { return Double(index + 1) / n * d / knot }
        }
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= d { low = mid + 1 } else { high = mid }
        }
        return max(Double(low), 1) / n
    }
}
