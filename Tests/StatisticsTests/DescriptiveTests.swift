import Testing
import Statistics

/// Descriptive statistics against NumPy (`quantile`, `mean`, `var`, `std`)
/// and SciPy (`median_abs_deviation`).
@Suite("Descriptive statistics")
struct DescriptiveTests {
    let cases = ReferenceData.shared.descriptive

    @Test func quantilesMatchNumPyLinearMethod() throws {
        var accuracy = Accuracy("descriptive.quantile")
        for sample in cases {
            let probabilities = sample.quantiles.map { $0[0] }
            let all = try Descriptive.quantiles(sample.data, probabilities)
            for (pair, value) in zip(sample.quantiles, all) {
                accuracy.check(value, pair[1], "n=\(sample.data.count) p=\(pair[0])")
                accuracy.check(try Descriptive.quantile(sample.data, pair[0]), pair[1], "single p=\(pair[0])")
            }
        }
        #expect(accuracy.count >= 40)
        accuracy.report()
    }

    @Test func momentsAndMedian() throws {
        var accuracy = Accuracy("descriptive.moments")
        for sample in cases {
            accuracy.check(try Descriptive.mean(sample.data), sample.mean, "mean n=\(sample.data.count)")
            accuracy.check(try Descriptive.median(sample.data), sample.median, "median n=\(sample.data.count)")
            if let variance = sample.variance, let sd = sample.standardDeviation {
                accuracy.check(try Descriptive.variance(sample.data), variance, "variance n=\(sample.data.count)")
                accuracy.check(try Descriptive.standardDeviation(sample.data), sd, "sd n=\(sample.data.count)")
            }
        }
        accuracy.report()
    }

    @Test func medianAbsoluteDeviation() throws {
        var accuracy = Accuracy("descriptive.mad")
        for sample in cases {
            accuracy.check(try Descriptive.mad(sample.data, scaled: false), sample.mad, "raw n=\(sample.data.count)")
            accuracy.check(try Descriptive.mad(sample.data), sample.madNormal, "scaled n=\(sample.data.count)")
        }
        accuracy.report()
    }

    /// The MAD scale is 1/Φ⁻¹(3/4), tying the descriptive and normal code together.
    @Test func madScaleIsReciprocalOfNormalQuartile() {
        #expect(Accuracy.error(Descriptive.madNormalScale, 1 / Normal.standardQuantile(0.75)) <= 2e-16)
    }

    /// Hand-checked values of the type 7 definition h = (n − 1)p.
    @Test func typeSevenByHand() throws {
        let data = [10.0, 40, 20, 30]   // sorted: 10 20 30 40
        #expect(try Descriptive.quantile(data, 0) == 10)
        #expect(try Descriptive.quantile(data, 1) == 40)
        #expect(try Descriptive.quantile(data, 0.5) == 25)
        #expect(try Descriptive.quantile(data, 0.25) == 17.5)  // h = 0.75
        #expect(try Descriptive.quantile(data, 0.9) == 37)     // h = 2.7
        #expect(try Descriptive.mad([1, 2, 3, 4, 100], scaled: false) == 1)
    }

    /// A large common offset must not destroy the variance.
    @Test func varianceWithLargeOffset() throws {
        let offset = 1e12
        let values = [4.0, 7, 13, 16].map { $0 + offset }
        #expect(try Descriptive.variance(values) == 30)
        #expect(try Descriptive.mean(values) == offset + 10)
    }

    @Test func arraySlicesAreAccepted() throws {
        let data = [100.0, 1, 2, 3, 100]
        #expect(try Descriptive.mean(data[1...3]) == 2)
        #expect(try Descriptive.median(data[1...3]) == 2)
    }
}
