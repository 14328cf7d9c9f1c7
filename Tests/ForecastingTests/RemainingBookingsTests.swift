@testable import Forecasting
import Foundation
import Testing

/// The simulated amount still to come: a compound Poisson sum with the mean and variance the
/// person's level and scatter give, which is 0 when no more deal comes.
struct RemainingBookingsTests {
    func simulate(remainingShare: Double, dispersion: Double, paths: Int = 20_000) -> [Double] {
        // A known total of 100,000 (a prior without variance), booked so far on plan, deals
        // scattered by `dispersion`.
        let person = RemainingBookings(prior: RatePrior(mean: 100_000, relativeVariance: 0, periods: 8), booked: 100_000 * (1 - remainingShare),
                                       elapsedShare: 1 - remainingShare, periodEnded: false, dispersion: dispersion)
        return RemainingBookingsSimulation.run([person], correlation: 0, shapeLogVariance: 0, paths: paths, seed: 3)[0]
    }

    @Test func nearTheEndNoMoreDealsIsAnOutcome() {
        // 2% of 100,000 still to come in deals of about 10,000 (φ = 20,000): a Poisson mean of
        // 2 · 2,000 / 20,000 = 0.2 deals, so no more deal in e^−0.2 = 82% of paths.
        let draws = simulate(remainingShare: 0.02, dispersion: 20_000)
        let none = Double(draws.filter { $0 == 0 }.count) / Double(draws.count)
        #expect(abs(none - exp(-0.2)) < 0.01, "\(none)")
    }

    @Test func aScatterNearZeroGivesTheMean() {
        // A history that repeats itself exactly leaves a scatter of rounding size: more deals
        // than can be counted, and the amount still to come is the mean.
        let draws = simulate(remainingShare: 0.5, dispersion: 1e-15, paths: 100)
        #expect(draws.allSatisfy { abs($0 - 50_000) < 1e-6 * 50_000 }, "\(draws.prefix(3))")
    }

    @Test func meanAndVarianceAreThePersons() {
        // Half of 100,000 to come (M = 50,000) at φ = 5,000: the deals' variance φ·M = 2.5·10⁸,
        // plus that of the total itself, ¼ · φ·R̂/(κ + F) with the prior weighing κ = 8 periods.
        let draws = simulate(remainingShare: 0.5, dispersion: 5_000)
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count - 1)
        let expected = 5_000 * 50_000 + 0.25 * 5_000 * 100_000 / 8.5
        #expect(abs(mean - 50_000) < 0.01 * 50_000, "\(mean)")
        #expect(abs(variance - expected) < 0.03 * expected, "\(variance) against \(expected)")
        #expect(draws.allSatisfy { $0 >= 0 })
    }
}
