import Foundation

/// A scan for the stretch of a person's reports that holds more round values than chance allows.
///
/// Numbers made up by hand come in stretches (a few weeks written after the fact), and people
/// who make numbers up write them round. One round value is weak evidence — an honest count
/// ends in 0 or 5 a fifth of the time — but a stretch where most values are round is not:
/// under the null hypothesis every value is round independently with its measure's chance, so
/// the stretch's count of round values has a Poisson-binomial distribution, whose exact upper
/// tail is the stretch's p-value.
///
/// The scan takes the most significant stretch under the peers' chances and corrects its tail
/// by Bonferroni over every stretch tried. Before that it re-reads the stretch with chances that
/// allow for the person's own habit: each measure's chance is the larger of the peers' and the
/// person's own rate outside the stretch (with one round and one other value added), so a
/// person who always rounds has no stretch that stands out. That decides whether the person has
/// such a stretch; which reports it holds is estimated by maximum likelihood, as the padding
/// scan does (``RateShift``): the stretch where one rate of round values, above the chances,
/// raises the log-likelihood most. The most significant stretch runs over honest neighbours
/// with a round value or two, since every extra round value shrinks the tail; a single rate
/// inside pays for each value that is not round.
enum RoundStretch {
    /// One value that could show as round, and whether it does.
    struct Value: Equatable {
        /// The measure, an index into the peers' chances.
        let measure: Int
        let round: Bool
    }

    /// The stretch found, `[start, end)` in report positions (the maximum likelihood estimate),
    /// and its evidence.
    struct Segment: Equatable {
        let start: Int
        let end: Int
        /// Round values in the stretch, of `eligible` that could show.
        let roundCount: Int
        let eligible: Int
        /// The round values the chances predict for the stretch.
        let expected: Double
        /// The exact tail of the most significant stretch under the allowed-for chances, times
        /// the number of stretches tried.
        let pValue: Double
    }

    /// Scans every stretch of `minimumLength` to `maximumLength` reports (at most half of them).
    /// - Parameters:
    ///   - values: per report, in time order, the values that could show as round.
    ///   - peerRates: per measure, the chance that an honest value is round.
    static func scan(_ values: [[Value]], peerRates: [Double], minimumLength: Int = 4,
                     maximumLength: Int = 26) -> Segment? {
        let n = values.count
        let longest = min(maximumLength, n / 2)
        guard minimumLength >= 1, longest >= minimumLength else { return nil }
        var best: (tail: Double, start: Int, end: Int)?
        var located: (gain: Double, start: Int, end: Int)?
        var tried = 0
        for start in 0..<n {
            // The distribution of the round count, extended one report at a time, and the
            // log-likelihood of the values under the chances.
            var distribution = [1.0], count = 0, eligible = 0, expected = 0.0, nullLikelihood = 0.0
            for end in start..<min(n, start + longest) {
                for value in values[end] {
                    let chance = peerRates[value.measure]
                    distribution = fold(distribution, chance: chance)
                    eligible += 1
                    expected += chance
                    if value.round { count += 1 }
                    nullLikelihood += log(value.round ? chance : 1 - chance)
                }
                guard end + 1 - start >= minimumLength else { continue }
                tried += 1
                guard count > 0 else { continue }
                let tail = min(1, distribution[count...].reduce(0, +))
                if tail < best?.tail ?? 1 { best = (tail, start, end + 1) }
                // The gain in log-likelihood of one rate of round values inside, R / N.
                guard Double(count) > expected else { continue }
                let rate = Double(count) / Double(eligible)
                let gain = Double(count) * log(rate) + (rate < 1 ? Double(eligible - count) * log(1 - rate) : 0) - nullLikelihood
                if gain > located?.gain ?? -.infinity { located = (gain, start, end + 1) }
            }
        }
        guard let best else { return nil }
        let decided = allowingForHabit(values, peerRates: peerRates, start: best.start, end: best.end, tried: tried)
        guard let located, (located.start, located.end) != (best.start, best.end) else { return decided }
        let reported = allowingForHabit(values, peerRates: peerRates, start: located.start, end: located.end, tried: tried)
        return Segment(start: reported.start, end: reported.end, roundCount: reported.roundCount, eligible: reported.eligible,
                       expected: reported.expected, pValue: decided.pValue)
    }

    /// The stretch's p-value with each measure's chance raised to the person's own rate outside
    /// the stretch where that is higher.
    private static func allowingForHabit(_ values: [[Value]], peerRates: [Double], start: Int, end: Int,
                                         tried: Int) -> Segment {
        var outsideRound = Array(repeating: 0, count: peerRates.count), outsideEligible = outsideRound
        for (position, report) in values.enumerated() where position < start || position >= end {
            for value in report {
                outsideEligible[value.measure] += 1
                if value.round { outsideRound[value.measure] += 1 }
            }
        }
        let chances = peerRates.indices.map {
            max(peerRates[$0], Double(outsideRound[$0] + 1) / Double(outsideEligible[$0] + 2))
        }
        let inside = values[start..<end].joined()
        let roundCount = inside.filter(\.round).count
        let probabilities = inside.map { chances[$0.measure] }
        let tail = TailProbability.poissonBinomialUpper(atLeast: roundCount, probabilities: probabilities)
        return Segment(start: start, end: end, roundCount: roundCount, eligible: probabilities.count,
                       expected: probabilities.reduce(0, +), pValue: TailProbability.bonferroni(tail, tests: tried))
    }

    /// The distribution of a count after one more Bernoulli value with the given chance.
    private static func fold(_ distribution: [Double], chance: Double) -> [Double] {
        var next = Array(repeating: 0.0, count: distribution.count + 1)
        for (count, mass) in distribution.enumerated() {
            next[count] += mass * (1 - chance)
            next[count + 1] += mass * chance
        }
        return next
    }
}
