import Testing
import Statistics

/// Every distribution function against the SciPy/mpmath reference values,
/// with a relative tolerance of 1e-12 at every point.
@Suite("Distributions against SciPy/mpmath")
struct DistributionAccuracyTests {
    let reference = ReferenceData.shared

    @Test func normal() {
        var checks = DistributionChecks("normal")
        checks.check(Normal.standard, reference.normal, "N(0,1)")
        #expect(checks.isPopulated)
        checks.report()
    }

    @Test func studentT() throws {
        var checks = DistributionChecks("studentT")
        var twoSided = Accuracy("studentT.twoSidedPValue")
        let expectedDF: Set<Double> = [0.5, 1, 2, 3, 5, 10, 30, 100, 1000, 1e4, 1e5, 1e6]
        #expect(Set(reference.studentT.compactMap(\.df)) == expectedDF)
        for block in reference.studentT {
            let df = try #require(block.df)
            let t = try StudentT(degreesOfFreedom: df)
            checks.check(t, block, "df=\(df)")
            for point in block.twoSided ?? [] {
                twoSided.check(t.twoSidedPValue(point.input), point.expected, "df=\(df) t=\(point.input)")
            }
        }
        #expect(checks.isPopulated && twoSided.count > 0)
        checks.report()
        twoSided.report()
    }

    @Test func fDistribution() throws {
        var checks = DistributionChecks("F")
        for block in reference.f {
            let d1 = try #require(block.d1), d2 = try #require(block.d2)
            let f = try FDistribution(numeratorDegreesOfFreedom: d1, denominatorDegreesOfFreedom: d2)
            checks.check(f, block, "d1=\(d1) d2=\(d2)")
        }
        #expect(reference.f.count >= 6 && checks.isPopulated)
        checks.report()
    }

    @Test func chiSquared() throws {
        var checks = DistributionChecks("chiSquared")
        for block in reference.chiSquared {
            let df = try #require(block.df)
            checks.check(try ChiSquared(degreesOfFreedom: df), block, "df=\(df)")
        }
        #expect(reference.chiSquared.count >= 8 && checks.isPopulated)
        checks.report()
    }

    /// A general normal distribution is the standard one shifted and scaled.
    @Test func shiftedNormal() throws {
        let normal = try Normal(mean: 3, standardDeviation: 2)
        var accuracy = Accuracy("normal(3,2)")
        for point in reference.normal.cdf where abs(point.input) <= 10 {
            accuracy.check(normal.cdf(3 + 2 * point.input), point.expected, "x=\(point.input)")
        }
        for point in reference.normal.ppf {
            accuracy.check(normal.quantile(point.input), 3 + 2 * point.expected, "p=\(point.input)")
        }
        #expect(accuracy.count > 10)
    }
}
