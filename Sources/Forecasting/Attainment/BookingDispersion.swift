/// How widely a person's bookings scatter around their expected course: `φ`, the variance of
/// the amount booked in a stretch of the period over its expected amount (in money; a
/// compound Poisson process of bookings of size `x` has `φ = E[x²]/E[x]`).
///
/// Measured on earlier periods bin by bin: a period's total `T` spreads over the bins as the
/// person's shape expects, `e_b = T·w_b`, and
///
///     φ̂_p = Σ_b (a_b − e_b)² / T · B/(B − 1)
///
/// (one degree of freedom goes to `T`), times `n/(n − 1)` for the `n` periods the shape itself
/// was learned from (it fits them, so their residuals come out small). The company's `φ`
/// pools every person and period; a person's is the company's plus their own mean deviation
/// shrunk with ``Shrinkage``, at least a tenth of the company's. People without history get
/// the company's. With fewer than two earlier periods, `φ = E[x²]/E[x]` of the positive
/// amounts booked so far, treating bookings as a compound Poisson process.
enum BookingDispersion {
    /// `φ` for every person in `people` (and everyone in the history).
    static func estimate(history: [PeriodActivity], shape: WithinPeriodShape, teams: [String: String],
                         people: [String], amountsSoFar: [String: [Double]]) -> [String: Double] {
        var samples: [String: [Double]] = [:]
        var squares = 0.0, totals = 0.0
        let periods = Double(history.count)
        for activity in history where activity.bins.count > 1 && history.count > 1 {
            let correction = Double(activity.bins.count) / Double(activity.bins.count - 1) * periods / (periods - 1)
            for person in activity.people {
                let total = activity.total(person)
                guard total > 0, let amounts = activity.amounts[person] else { continue }
                let weights = zip(shape.intensities(person: person, team: teams[person], season: activity.period.season),
                                  activity.bins.exposure).map { $0 * $1 }
                let weightTotal = weights.reduce(0, +)
                guard weightTotal > 0 else { continue }
                let square = zip(amounts, weights).reduce(0.0) { sum, pair in
                    let expected = total * pair.1 / weightTotal
                    return sum + (pair.0 - expected) * (pair.0 - expected)
                } * correction
                squares += square
                totals += total
                samples[person, default: []].append(square / total)
            }
        }
        var result: [String: Double] = [:]
        if totals > 0 {
            let company = squares / totals
            let deviations = Shrinkage.shrunkenMeans(samples.mapValues { $0.map { [$0 - company] } })
            for person in Set(people).union(samples.keys) {
                result[person] = max(company + (deviations[person]?.first ?? 0), company / 10)
            }
            return result
        }
        let everyone = amountsSoFar.keys.sorted().flatMap { amountsSoFar[$0] ?? [] }
        for person in people {
            let own = (amountsSoFar[person] ?? []).filter { $0 > 0 }
            result[person] = compoundPoisson(own.isEmpty ? everyone : own)
        }
        return result
    }

    /// `E[x²]/E[x]` of the positive amounts; 0 without any.
    static func compoundPoisson(_ amounts: [Double]) -> Double {
        let positive = amounts.filter { $0 > 0 }
        let sum = positive.reduce(0, +)
        return sum > 0 ? positive.reduce(0) { $0 + $1 * $1 } / sum : 0
    }
}
