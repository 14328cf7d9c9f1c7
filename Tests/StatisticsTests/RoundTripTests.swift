import Foundation
import Testing
import Statistics

/// `quantile(cdf(x))` and `inverseSurvival(survival(x))` return `x`.
///
/// The probability is rounded to a double before it is inverted, so a round
/// trip can only be exact where the quantile is well conditioned: a relative
/// change `δ` of the probability `P` moves `x` by `δ · P/(x · pdf(x))`
/// relative. Points whose condition number `P/(x · pdf(x))` exceeds 1000
/// (such as `x = 10⁻⁹`, where `P ≈ ½`) are skipped; all others must come back
/// within the suite's relative tolerance of 1e-12.
@Suite("Quantile round trips")
struct RoundTripTests {
    static let grid: [Double] = [1e-9, 1e-4, 0.01, 0.2, 0.7, 1, 1.6, 3, 8, 25, 120, 1e4, 1e9]

    func roundTrip(_ distribution: some ContinuousDistribution, _ label: String, symmetric: Bool,
                   accuracy: inout Accuracy) {
        let points = symmetric ? Self.grid.flatMap { [$0, -$0] } : Self.grid
        for x in points {
            let lower = distribution.cdf(x), upper = distribution.survival(x)
            let useUpper = upper < lower
            let p = useUpper ? upper : lower
            let conditioning = p / abs(x * distribution.pdf(x))
            guard p > 1e-300, conditioning <= 1000 else { continue }
            let back = useUpper ? distribution.inverseSurvival(p) : distribution.quantile(p)
            accuracy.check(back, x, "\(label) x=\(x) p=\(p)")
        }
    }

    @Test func studentT() throws {
        var accuracy = Accuracy("roundTrip.studentT")
        for df in [0.5, 1, 2.5, 7, 40, 1e3, 1e6] {
            roundTrip(try StudentT(degreesOfFreedom: df), "df=\(df)", symmetric: true, accuracy: &accuracy)
        }
        #expect(accuracy.count > 100)
        accuracy.report()
    }

    @Test func fDistribution() throws {
        var accuracy = Accuracy("roundTrip.F")
        for (d1, d2) in [(1.0, 1.0), (2, 5), (5, 2), (10, 100), (3, 1e6), (100, 1e5), (0.7, 40)] {
            let f = try FDistribution(numeratorDegreesOfFreedom: d1, denominatorDegreesOfFreedom: d2)
            roundTrip(f, "d1=\(d1) d2=\(d2)", symmetric: false, accuracy: &accuracy)
        }
        #expect(accuracy.count > 50)
        accuracy.report()
    }

    @Test func chiSquared() throws {
        var accuracy = Accuracy("roundTrip.chiSquared")
        for df in [0.5, 1, 2, 5, 10, 100, 1000, 1e5] {
            roundTrip(try ChiSquared(degreesOfFreedom: df), "df=\(df)", symmetric: false, accuracy: &accuracy)
        }
        #expect(accuracy.count > 50)
        accuracy.report()
    }

    @Test func normal() {
        var accuracy = Accuracy("roundTrip.normal")
        roundTrip(Normal.standard, "N(0,1)", symmetric: true, accuracy: &accuracy)
        #expect(accuracy.count > 15)
        accuracy.report()
    }

    /// The critical value of a 95% interval reproduces its two-sided p-value.
    @Test func criticalValueMatchesTwoSidedPValue() throws {
        for df in [1.0, 4, 29, 1e4] {
            let t = try StudentT(degreesOfFreedom: df)
            let critical = t.quantile(0.975)
            #expect(Accuracy.error(t.twoSidedPValue(critical), 0.05) <= 1e-13)
            #expect(Accuracy.error(t.inverseSurvival(0.025), critical) <= 1e-14)
        }
    }
}
