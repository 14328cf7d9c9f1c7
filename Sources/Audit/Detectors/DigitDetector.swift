import Foundation

/// Digit tests per person against the person's peers.
///
/// - Round-number heaping in a window: for every report, the `window` reports around it
///   (about 50 values for four measures over a quarter of weeks) are checked for round values —
///   counts of at least 10 that end in 0 or 5, amounts that are multiples of 50 in the unit
///   their writer writes them in (``RoundValues``). Each value's chance of being round is the
///   rate among the peer group's other people for that measure, or the person's own rate
///   outside the window where that is higher and at least a window's worth of reports lie
///   outside (a person who always rounds is the digit profile's business, not every
///   window's); the p-value is the exact
///   Poisson-binomial tail of the window's count of round values. It is attributed to the
///   report only when the report's own round values are unlikely (their chances multiply to at
///   most `ownChance`), so honest neighbours of a made-up stretch are not blamed. Instalments
///   (an amount without deals that recurs) are round by contract and left out.
/// - Digit profile over the person's whole series: first digits and first two digits of amounts
///   and last digits of values of at least 10 (amounts in the unit the person writes them in,
///   ``AuditInput/writtenDigits(_:_:)``), each against the peers' (the group's others, or
///   everyone else in a group of fewer than three, counting those with 20 amounts or more)
///   shrunk towards Benford's law and the uniform law (``DigitTests/reference(counts:law:)``),
///   so a team whose prices are a list of round amounts is not taken for one that makes
///   numbers up. The price of that: a team whose people all write numbers the same made-up way
///   looks ordinary to itself (the round-number tests weigh the peers' rates too). Each is a chi-square with a simulated
///   p-value that allows for the noise of the peers' counts, and Nigrini's MAD; the smallest
///   p-value (Bonferroni over the three) is attributed to the reports that carry the
///   over-represented digits.
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
        let measures = input.measures.count
        for (index, series) in input.series.enumerated() {
            let rows = series.rows
            let values = rows.map(round.values(row:))
            // The person's round and eligible values per measure, over the whole series.
            var totalRound = Array(repeating: 0, count: measures), totalEligible = totalRound
            for value in values.joined() {
                totalEligible[value.measure] += 1
                if value.round { totalRound[value.measure] += 1 }
            }
            for (position, row) in rows.enumerated() {
                let lower = max(0, min(position - window / 2, rows.count - window)), upper = min(rows.count, lower + window)
                let inside = values[lower..<upper].joined()
                // Each measure's chance: the peers' rate, or the person's own outside the window
                // where that is higher, so that a person who always rounds has no window that
                // stands out.
                var outsideRound = totalRound, outsideEligible = totalEligible
                for value in inside {
                    outsideEligible[value.measure] -= 1
                    if value.round { outsideRound[value.measure] -= 1 }
                }
                // (Only with at least a window's worth of reports outside to read it from.)
                let readOwn = rows.count - (upper - lower) >= window
                let rate = (0..<measures).map {
                    max(round.peerRates[index][$0],
                        readOwn && outsideEligible[$0] > 0 ? Double(outsideRound[$0]) / Double(outsideEligible[$0]) : 0)
                }
                let own = input.measures.indices.filter { round.isRound(row: row, measure: $0) == true }
                guard !own.isEmpty, own.map({ rate[$0] }).reduce(1, *) <= ownChance else { continue }
                let chances = inside.map { rate[$0.measure] }, roundCount = inside.filter(\.round).count
                let p = TailProbability.poissonBinomialUpper(atLeast: roundCount, probabilities: chances)
                guard p < 0.05 else { continue }
                let expected = chances.reduce(0, +)
                let reason = "round numbers: \(own.map { "\(input.measures[$0]) \(input.text(row: row, $0))" }.joined(separator: ", ")) "
                    + "in \(context.period(row)); \(roundCount) of \(chances.count) values from \(context.period(rows[lower])) to "
                    + "\(context.period(rows[upper - 1])) are round where the peers' and the person's usual rates predict "
                    + "\(NumberText.one(expected)) (p = \(NumberText.p(p)))"
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
        // Each person's digit counts: first digits and first two digits of the amounts, last
        // digits of every value of at least 10.
        let own = input.series.map { series in
            var counts = [Array(repeating: 0, count: 9), Array(repeating: 0, count: 90), Array(repeating: 0, count: 10)]
            for row in series.rows {
                if let d = DigitTests.firstDigit(input.value(row, amount)) { counts[0][d - 1] += 1 }
                if let d = DigitTests.firstTwoDigits(input.value(row, amount)) { counts[1][d - 10] += 1 }
                for measure in input.measures.indices { if let d = DigitTests.lastDigit(input.writtenDigits(row, measure)) { counts[2][d] += 1 } }
            }
            return counts
        }
        // The peers are the others of the person's group with enough amounts to be tested, or
        // all other such people when the group has fewer than three.
        let zeros = [Array(repeating: 0, count: 9), Array(repeating: 0, count: 90), Array(repeating: 0, count: 10)]
        let tested = input.series.indices.filter { own[$0][0].reduce(0, +) >= 20 }
        var people: [String: Int] = [:], groupTotals: [String: [[Int]]] = [:]
        var allTotals = zeros
        for index in tested {
            let group = input.series[index].group
            people[group, default: 0] += 1
            groupTotals[group] = Self.add(groupTotals[group] ?? zeros, own[index])
            allTotals = Self.add(allTotals, own[index])
        }
        let laws = [DigitTests.benfordFirst, DigitTests.benfordFirstTwo, Array(repeating: 0.1, count: 10)]
        let profiles: [DigitProfile] = [.firstDigits, .firstTwoDigits, .lastDigits]
        var findings: [AuditFinding] = []
        for index in tested {
            let series = input.series[index]
            let alone = (people[series.group] ?? 0) < 3
            let totals = alone ? allTotals : groupTotals[series.group] ?? zeros
            let seed = UInt64(index + 1)
            let tests = profiles.indices.map { kind in
                let peers = zip(totals[kind], own[index][kind]).map { $0 - $1 }
                let reference = DigitTests.reference(counts: peers, law: laws[kind])
                let result = DigitTests.compare(counts: own[index][kind], expected: reference.shares, stopAfter: Self.stopAfter,
                                                seed: seed &+ UInt64(1000 * kind), referenceSize: reference.size)
                return (kind: kind, result: result, shares: reference.shares)
            }
            guard let worst = tests.min(by: { $0.result.pValue < $1.result.pValue }) else { continue }
            let p = TailProbability.bonferroni(worst.result.pValue, tests: tests.count)
            guard p < 0.01 else { continue }
            let profile = profiles[worst.kind]
            let rows = carriers(of: profile, counts: own[index][worst.kind], expected: worst.shares, series: series, input: input)
            guard !rows.isEmpty else { continue }
            let reason = "\(profile.description(amount: input.measures[amount])) against \(alone ? "everyone else's" : "the peer group's") "
                + "over \(series.rows.count) reports: chi-square \(NumberText.one(worst.result.chiSquare)), "
                + "Nigrini MAD \(String(format: "%.3f", worst.result.meanAbsoluteDeviation)), simulated p = \(NumberText.p(p))"
            findings.append(AuditFinding(detector: .digits, rows: rows, pValue: p, reason: reason))
        }
        return findings
    }

    private static func add(_ a: [[Int]], _ b: [[Int]]) -> [[Int]] {
        zip(a, b).map { zip($0, $1).map(+) }
    }

    /// The reports that carry an over-represented digit (observed above 1.5 times expected) of
    /// the profile that came out lowest.
    private func carriers(of profile: DigitProfile, counts: [Int], expected: [Double], series: EntitySeries,
                          input: AuditInput) -> [Int] {
        let amount = input.amountIndex
        let n = Double(counts.reduce(0, +))
        let over = Set(counts.indices.filter { Double(counts[$0]) > 1.5 * expected[$0] * n })
        switch profile {
        case .firstDigits:
            return series.rows.filter { DigitTests.firstDigit(input.value($0, amount)).map { over.contains($0 - 1) } ?? false }
        case .firstTwoDigits:
            return series.rows.filter { DigitTests.firstTwoDigits(input.value($0, amount)).map { over.contains($0 - 10) } ?? false }
        case .lastDigits:
            return series.rows.filter { row in
                input.measures.indices.contains { DigitTests.lastDigit(input.writtenDigits(row, $0)).map(over.contains) ?? false }
            }
        }
    }
}

/// The three digit profiles compared over a person's whole series.
enum DigitProfile {
    case firstDigits, firstTwoDigits, lastDigits

    /// Which digits were compared, for the reason.
    func description(amount: String) -> String {
        switch self {
        case .firstDigits: return "first digits of \(amount)"
        case .firstTwoDigits: return "first two digits of \(amount)"
        case .lastDigits: return "last digits"
        }
    }
}
