import Foundation

/// Which reported values count as round, and how often each measure is round among a person's
/// peers: what the round-number tests compare.
///
/// A count can show as round from 10 on (ending in 0 or 5); fractions and smaller values
/// cannot. An amount is round by the typical amount's power of ten `10^m` (the median positive
/// amount's): from `10^(m−1)` on, a multiple of `5·10^(m−2)` (from 100, of 50, when amounts are
/// in the thousands), and never finer than a count's 5 of 10 in the unit amounts are counted
/// in. So the rule reads amounts in thousands, in cents or in units alike, and a person who
/// writes whole amounts among people who write cents is not taken for one who rounds.
/// Instalments (an amount without deals that recurs) are round by contract and left out.
struct RoundValues {
    /// Per series (in the order of ``AuditInput/series``) and measure: the share of round values
    /// among the group's other people, Laplace-smoothed.
    let peerRates: [[Double]]
    private let input: AuditInput
    private let instalments: Set<Int>
    private let amountRule: AmountRule

    /// When an amount (counted in ``AuditInput/amountUnit``) is round.
    struct AmountRule {
        /// The smallest amount that can show as round.
        let from: Double
        /// The step round amounts are multiples of.
        let step: Double

        /// The rule for amounts whose median positive value is `typical`.
        init(typical: Double) {
            let magnitude = typical > 0 ? floor(log10(typical)) : 3
            from = max(10, pow(10, magnitude - 1))
            step = max(5, 5 * pow(10, magnitude - 2))
        }
    }

    init(_ context: AuditContext) {
        let input = context.input
        self.input = input
        instalments = context.instalments
        let amounts = input.rows.indices.map { input.value($0, input.amountIndex) }.filter { $0 > 0 }
        let rule = AmountRule(typical: Robust.median(amounts))
        amountRule = rule
        let measures = input.measures.count
        var own: [(round: [Int], eligible: [Int])] = []
        var group: [String: (round: [Int], eligible: [Int])] = [:]
        for series in input.series {
            var round = Array(repeating: 0, count: measures), eligible = round
            for row in series.rows {
                for measure in 0..<measures {
                    guard let flag = Self.isRound(row: row, measure: measure, input, instalments: context.instalments, rule: rule) else { continue }
                    eligible[measure] += 1
                    if flag { round[measure] += 1 }
                }
            }
            own.append((round, eligible))
            var total = group[series.group] ?? (Array(repeating: 0, count: measures), Array(repeating: 0, count: measures))
            for measure in 0..<measures {
                total.round[measure] += round[measure]
                total.eligible[measure] += eligible[measure]
            }
            group[series.group] = total
        }
        peerRates = input.series.enumerated().map { index, series in
            (0..<measures).map { measure in
                let round = (group[series.group]?.round[measure] ?? 0) - own[index].round[measure]
                let eligible = (group[series.group]?.eligible[measure] ?? 0) - own[index].eligible[measure]
                return (Double(round) + 1) / (Double(eligible) + 2)
            }
        }
    }

    /// Whether a report's value is round; `nil` when it cannot show or is an instalment.
    func isRound(row: Int, measure: Int) -> Bool? {
        Self.isRound(row: row, measure: measure, input, instalments: instalments, rule: amountRule)
    }

    /// The values of a report that could show as round.
    func values(row: Int) -> [RoundStretch.Value] {
        input.measures.indices.compactMap { measure in
            isRound(row: row, measure: measure).map { RoundStretch.Value(measure: measure, round: $0) }
        }
    }

    private static func isRound(row: Int, measure: Int, _ input: AuditInput, instalments: Set<Int>, rule: AmountRule) -> Bool? {
        if measure == input.amountIndex, instalments.contains(row) { return nil }
        let value = input.value(row, measure)
        guard value == value.rounded() else { return nil }
        if measure == input.amountIndex { return value >= rule.from ? value.truncatingRemainder(dividingBy: rule.step) == 0 : nil }
        return value >= 10 ? value.truncatingRemainder(dividingBy: 5) == 0 : nil
    }
}
