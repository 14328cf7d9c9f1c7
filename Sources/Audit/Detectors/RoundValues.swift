/// Which reported values count as round, and how often each measure is round among a person's
/// peers: what the round-number tests compare.
///
/// A count can show as round from 10 on (ending in 0 or 5), an amount from 100 on (a multiple
/// of 50) in the unit the person writes it in (``AuditInput/writtenDigits(_:_:)``: in units
/// for amounts written whole, in the data set's unit for amounts in thousands to three places);
/// fractions and smaller values cannot. Instalments (an amount without deals that recurs) are
/// round by contract and left out.
struct RoundValues {
    /// Per series (in the order of ``AuditInput/series``) and measure: the share of round values
    /// among the group's other people, Laplace-smoothed.
    let peerRates: [[Double]]
    private let input: AuditInput
    private let instalments: Set<Int>

    init(_ context: AuditContext) {
        input = context.input
        instalments = context.instalments
        let measures = input.measures.count
        var own: [(round: [Int], eligible: [Int])] = []
        var group: [String: (round: [Int], eligible: [Int])] = [:]
        for series in input.series {
            var round = Array(repeating: 0, count: measures), eligible = round
            for row in series.rows {
                for measure in 0..<measures {
                    guard let flag = Self.isRound(row: row, measure: measure, input, instalments: context.instalments) else { continue }
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
        Self.isRound(row: row, measure: measure, input, instalments: instalments)
    }

    /// The values of a report that could show as round.
    func values(row: Int) -> [RoundStretch.Value] {
        input.measures.indices.compactMap { measure in
            isRound(row: row, measure: measure).map { RoundStretch.Value(measure: measure, round: $0) }
        }
    }

    private static func isRound(row: Int, measure: Int, _ input: AuditInput, instalments: Set<Int>) -> Bool? {
        if measure == input.amountIndex, instalments.contains(row) { return nil }
        let value = input.writtenDigits(row, measure)
        guard value == value.rounded() else { return nil }
        if measure == input.amountIndex { return value >= 100 ? value.truncatingRemainder(dividingBy: 50) == 0 : nil }
        return value >= 10 ? value.truncatingRemainder(dividingBy: 5) == 0 : nil
    }
}
