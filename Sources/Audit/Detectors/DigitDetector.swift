import Foundation

/// Digit tests per person against the person's peers.
///
/// - Round-number heaping in a window: for every report, the `window` reports around it
///   (about 50 values for four measures over a quarter of weeks) are checked for round values —
///   counts of at least 10 that end in 0 or 5, amounts that are multiples of 50. Each value's
///   chance of being round is the rate among the peer group's other people for that measure;
///   the p-value is the exact Poisson-binomial tail of the window's count of round values. It
///   is attributed to the report only when the report's own round values are unlikely
///   (their chances multiply to at most `ownChance`), so honest neighbours of a made-up
///   stretch are not blamed. Instalments (an amount without deals that recurs) are round by
///   contract and left out.
/// - Digit profile over the person's whole series: first digits of amounts against the peer
///   group's first digits, first two digits against Benford's law and last digits of values of
///   at least 10 against uniform, each by chi-square with a simulated p-value and Nigrini's
///   MAD; the smallest p-value (Bonferroni over the three) is attributed to the reports that
///   carry the over-represented digits.
struct DigitDetector: Detector {
    var window = 13
    var ownChance = 0.05

    func findings(_ context: AuditContext) -> [AuditFinding] {
        heaping(context) + profiles(context)
    }

    // MARK: Round-number heaping

    private func heaping(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        let round = RoundValues(context)
        var findings: [AuditFinding] = []
        for (index, series) in input.series.enumerated() {
            let rate = round.peerRates[index]
            let rows = series.rows
            for (position, row) in rows.enumerated() {
                let own = input.measures.indices.filter { round.isRound(row: row, measure: $0) == true }
                guard !own.isEmpty, own.map({ rate[$0] }).reduce(1, *) <= ownChance else { continue }
                let lower = max(0, min(position - window / 2, rows.count - window)), upper = min(rows.count, lower + window)
                let values = rows[lower..<upper].flatMap(round.values(row:))
                let chances = values.map { rate[$0.measure] }, roundCount = values.filter(\.round).count
                let p = TailProbability.poissonBinomialUpper(atLeast: roundCount, probabilities: chances)
                guard p < 0.05 else { continue }
                let expected = chances.reduce(0, +)
                let reason = "round numbers: \(own.map { "\(input.measures[$0]) \(NumberText.value(input.value(row, $0)))" }.joined(separator: ", ")) "
                    + "in \(context.period(row)); \(roundCount) of \(chances.count) values from \(context.period(rows[lower])) to "
                    + "\(context.period(rows[upper - 1])) are round where the peers' rates predict \(NumberText.one(expected)) (p = \(NumberText.p(p)))"
                findings.append(AuditFinding(detector: .digits, rows: [row], pValue: p, reason: reason))
            }
        }
        return findings
    }

    // MARK: Digit profile

    /// Exceedances after which a profile's simulation stops. A profile is reported when the
    /// smallest of its three p-values, times three, is below 0.01; a simulation stopped at its
    /// tenth exceedance has a p-value of at least 10 / 1,999 (three times that is 0.015), and
    /// one that runs to the end without a tenth keeps its full-simulation value, so the
    /// findings are those of the full 1,999 simulations.
    static let stopAfter = 10

    private func profiles(_ context: AuditContext) -> [AuditFinding] {
        let input = context.input
        let amount = input.amountIndex
        var groupFirst: [String: [Int]] = [:]
        var ownFirst: [[Int]] = []
        for series in input.series {
            var counts = Array(repeating: 0, count: 9)
            for row in series.rows { if let d = DigitTests.firstDigit(input.value(row, amount)) { counts[d - 1] += 1 } }
            ownFirst.append(counts)
            for d in 0..<9 { groupFirst[series.group, default: Array(repeating: 0, count: 9)][d] += counts[d] }
        }
        var findings: [AuditFinding] = []
        for (index, series) in input.series.enumerated() {
            let peers = (0..<9).map { Double((groupFirst[series.group]?[$0] ?? 0) - ownFirst[index][$0] + 1) }
            let peerTotal = peers.reduce(0, +)
            let peerShares = peers.map { $0 / peerTotal }
            let seed = UInt64(index + 1)
            guard ownFirst[index].reduce(0, +) >= 20 else { continue }
            let first = DigitTests.compare(counts: ownFirst[index], expected: peerShares, stopAfter: Self.stopAfter, seed: seed)
            var firstTwo = Array(repeating: 0, count: 90), last = Array(repeating: 0, count: 10)
            for row in series.rows {
                if let d = DigitTests.firstTwoDigits(input.value(row, amount)) { firstTwo[d - 10] += 1 }
                for measure in input.measures.indices { if let d = DigitTests.lastDigit(input.value(row, measure)) { last[d] += 1 } }
            }
            let two = DigitTests.compare(counts: firstTwo, expected: DigitTests.benfordFirstTwo, stopAfter: Self.stopAfter,
                                         seed: seed &+ 1000)
            let lastResult = DigitTests.compare(counts: last, expected: Array(repeating: 0.1, count: 10), stopAfter: Self.stopAfter,
                                                seed: seed &+ 2000)
            let tests: [(result: DigitTests.Result, profile: DigitProfile)] = [(first, .firstDigits), (two, .firstTwoDigits),
                                                                               (lastResult, .lastDigits)]
            guard let worst = tests.min(by: { $0.result.pValue < $1.result.pValue }) else { continue }
            let p = TailProbability.bonferroni(worst.result.pValue, tests: tests.count)
            guard p < 0.01 else { continue }
            let rows = carriers(of: worst.profile, result: worst.result, series: series, input: input,
                                peerShares: peerShares, firstTwo: firstTwo, last: last)
            guard !rows.isEmpty else { continue }
            let reason = "\(worst.profile.description(amount: input.measures[amount])) over \(series.rows.count) reports: "
                + "chi-square \(NumberText.one(worst.result.chiSquare)), "
                + "Nigrini MAD \(String(format: "%.3f", worst.result.meanAbsoluteDeviation)), simulated p = \(NumberText.p(p))"
            findings.append(AuditFinding(detector: .digits, rows: rows, pValue: p, reason: reason))
        }
        return findings
    }

    /// The reports whose digits are over-represented (observed above 1.5 times expected) in the
    /// test that came out lowest.
    private func carriers(of profile: DigitProfile, result: DigitTests.Result, series: EntitySeries, input: AuditInput,
                          peerShares: [Double], firstTwo: [Int], last: [Int]) -> [Int] {
        let amount = input.amountIndex
        let n = Double(result.count)
        switch profile {
        case .firstDigits:
            let own = (1...9).map { d in series.rows.filter { DigitTests.firstDigit(input.value($0, amount)) == d }.count }
            let over = Set((1...9).filter { Double(own[$0 - 1]) > 1.5 * peerShares[$0 - 1] * n })
            return series.rows.filter { DigitTests.firstDigit(input.value($0, amount)).map(over.contains) ?? false }
        case .firstTwoDigits:
            let over = Set((10...99).filter { Double(firstTwo[$0 - 10]) > 1.5 * DigitTests.benfordFirstTwo[$0 - 10] * n })
            return series.rows.filter { DigitTests.firstTwoDigits(input.value($0, amount)).map(over.contains) ?? false }
        case .lastDigits:
            let over = Set((0...9).filter { Double(last[$0]) > 1.5 * 0.1 * n })
            return series.rows.filter { row in
                input.measures.indices.contains { DigitTests.lastDigit(input.value(row, $0)).map(over.contains) ?? false }
            }
        }
    }
}

/// The three digit profiles compared over a person's whole series.
enum DigitProfile {
    case firstDigits, firstTwoDigits, lastDigits

    /// What was compared with what, for the reason.
    func description(amount: String) -> String {
        switch self {
        case .firstDigits: return "first digits of \(amount) against the peer group's"
        case .firstTwoDigits: return "first two digits of \(amount) against Benford's law"
        case .lastDigits: return "last digits against uniform"
        }
    }
}
