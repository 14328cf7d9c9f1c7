import Foundation
import Testing

@testable import Attribution

/// Carry-over and saturation against their closed forms.
struct TransformTests {
    @Test func geometricWeights() {
        let plain = Adstock.geometric(decay: 0.5, maxLag: 4, normalized: false).weights
        #expect(plain == [1, 0.5, 0.25, 0.125])
        let normalized = Adstock.geometric(decay: 0.5, maxLag: 4, normalized: true).weights
        for (w, expected) in zip(normalized, [8.0, 4, 2, 1].map { $0 / 15 }) { #expect(abs(w - expected) < 1e-15) }
    }

    /// The O(n) recursion for geometric carry-over equals the direct convolution.
    @Test func geometricRecursionEqualsConvolution() {
        let spend = (0..<60).map { Double(($0 * 37) % 11) }
        for decay in [0.0, 0.3, 0.9] {
            let adstock = Adstock.geometric(decay: decay, maxLag: 8, normalized: true)
            let weights = adstock.weights
            let direct = spend.indices.map { t in (0..<8).reduce(0.0) { $0 + (t - $1 >= 0 ? weights[$1] * spend[t - $1] : 0) } }
            for (a, b) in zip(adstock.apply(spend), direct) { #expect(abs(a - b) < 1e-12 * max(1, abs(b))) }
        }
    }

    @Test func weibullWeights() {
        // Survival form: w_0 = 1 and w_l = exp(−(l/λ)^k).
        let cdf = Adstock.weibull(.weibullCDF, shape: 2, scale: 3, maxLag: 5, normalized: false).weights
        for (l, w) in cdf.enumerated() { #expect(abs(w - exp(-pow(Double(l) / 3, 2))) < 1e-15) }
        // Density form with shape 3, scale 4: the density of (l+1) peaks at 4·(2/3)^(1/3) ≈ 3.49,
        // so lag 2 (x = 3) carries the largest weight, and the weights sum to one.
        let pdf = Adstock.weibull(.weibullPDF, shape: 3, scale: 4, maxLag: 10, normalized: true).weights
        #expect(pdf.indices.max { pdf[$0] < pdf[$1] } == 2)
        #expect(abs(pdf.reduce(0, +) - 1) < 1e-14)
    }

    @Test func saturationCurves() {
        let hill = Saturation.hill(halfSaturation: 200, shape: 2)
        #expect(abs(hill(200) - 0.5) < 1e-15)
        #expect(abs(hill(100) - 0.2) < 1e-15)  // 100² / (100² + 200²)
        #expect(hill(0) == 0)
        let logistic = Saturation.logistic(lambda: 0.5)
        #expect(abs(logistic(2) - (1 - exp(-1)) / (1 + exp(-1))) < 1e-15)
        #expect(abs(logistic(2) - tanh(0.5)) < 1e-15)
    }
}
