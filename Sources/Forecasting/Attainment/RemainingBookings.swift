import Foundation

/// One person at the as-of day, as the simulation sees them.
struct RemainingBookings: Sendable {
    /// The prior for the person's period total.
    let prior: RatePrior
    /// Booked so far in the period.
    let booked: Double
    /// The share of the period total the shape expects by the as-of day.
    let elapsedShare: Double
    /// Whether the period is over.
    let periodEnded: Bool
    /// The scatter of the person's bookings (``BookingDispersion``).
    let dispersion: Double

    /// The posterior of the period total if the share expected by now were `share`.
    func posterior(share: Double) -> (mean: Double, variance: Double) {
        prior.posterior(booked: booked, elapsedShare: share, dispersion: dispersion)
    }

    /// The share still to come.
    var remainingShare: Double { periodEnded ? 0 : max(0, 1 - elapsedShare) }

    /// The expected amount still to come under the learned shape, `R̂·(1 − F)`.
    var expected: Double { posterior(share: elapsedShare).mean * remainingShare }
}

/// Seeded simulation of the rest of a period for many people at once.
///
/// Each path draws, in order:
/// 1. a calendar factor `u`, log-normal with mean 1 and log-variance
///    ``ShapeUncertainty/logVariance(history:binCount:elapsedFraction:)``, shared by everyone:
///    each person's remaining share becomes `min(1, (1 − F)·u)` and their posterior is read
///    again at that share (if more is still to come, less of the period is behind them);
/// 2. each person's period total `R` from a log-normal with the posterior's mean and
///    variance, people moving together through a common factor,
///    `z_i = √ρ·z + √(1 − ρ)·ε_i` (``BookingLevels/correlation``);
/// 3. the amount booked over the remaining days given `R`: mean `M = R·(1 − F)` and variance
///    `φ·M`, as the bookings of the remaining days have under the dispersion `φ` measured on
///    earlier periods, drawn as a compound Poisson sum with those moments: a Poisson number of
///    deals of mean `2M/φ`, each of exponentially distributed size with mean `φ/2`. It is never
///    negative, skewed to the right as sums of lumpy deals are, and 0 (no more deals) with
///    chance `e^{−2M/φ}`, which near the end of a period is often the likeliest outcome.
enum RemainingBookingsSimulation {
    /// The amount still to come for every person in every path: `result[person][path]`.
    static func run(_ people: [RemainingBookings], correlation: Double, shapeLogVariance: Double,
                    paths: Int, seed: UInt64) -> [[Double]] {
        var generator = SeededGenerator(seed: seed)
        var result = people.map { _ in [Double](repeating: 0, count: paths) }
        let common = correlation.squareRoot(), own = (1 - correlation).squareRoot()
        let shapeSpread = shapeLogVariance.squareRoot()
        for path in 0..<paths {
            let calendar = exp(shapeSpread * generator.nextGaussian() - shapeLogVariance / 2)
            let shared = generator.nextGaussian()
            for (index, person) in people.enumerated() {
                let z = common * shared + own * generator.nextGaussian()
                let remaining = min(1, person.remainingShare * calendar)
                guard remaining > 0 else { continue }
                let posterior = person.posterior(share: 1 - remaining)
                guard posterior.mean > 0 else { continue }
                let sigma2 = log1p(posterior.variance / (posterior.mean * posterior.mean))
                let mean = posterior.mean * exp(sigma2.squareRoot() * z - sigma2 / 2) * remaining
                guard person.dispersion > 0 else {
                    result[index][path] = mean
                    continue
                }
                // The sum of a Poisson number of exponential deals is a gamma of that shape. With
                // more deals than can be counted (a scatter near 0), the gamma of the mean number.
                let size = person.dispersion / 2, expectedDeals = mean / size
                guard expectedDeals.isFinite, expectedDeals < 1e9 else {
                    result[index][path] = expectedDeals.isFinite || mean.isFinite ? mean : 0
                    continue
                }
                let deals = generator.nextPoisson(mean: expectedDeals)
                result[index][path] = deals == 0 ? 0 : size * generator.nextGamma(shape: Double(deals))
            }
        }
        return result
    }
}

extension SeededGenerator {
    /// A Poisson deviate: by multiplying uniforms (Knuth) up to a mean of 30, and from the
    /// normal approximation rounded to a whole number beyond.
    mutating func nextPoisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 30 { return max(0, Int((mean + mean.squareRoot() * nextGaussian()).rounded())) }
        let limit = exp(-mean)
        var count = 0, product = nextUniform()
        while product > limit {
            count += 1
            product *= nextUniform()
        }
        return count
    }

    /// A gamma deviate with unit scale by Marsaglia & Tsang (2000), with their boost
    /// `G(a) = G(a + 1)·U^{1/a}` for shapes below 1.
    mutating func nextGamma(shape: Double) -> Double {
        guard shape > 0 else { return 0 }
        if shape < 1 { return nextGamma(shape: shape + 1) * pow(nextUniform(), 1 / shape) }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            var x = 0.0, v = 0.0
            repeat {
                x = nextGaussian()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = nextUniform()
            if u < 1 - 0.0331 * x * x * x * x || log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }
}
