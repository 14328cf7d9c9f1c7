import Foundation
import Statistics

/// Tail probabilities the detectors turn their statistics into.
enum TailProbability {
    /// `P(Z ≥ z)` for a standard normal `Z`.
    static func normalUpper(_ z: Double) -> Double { Normal.standard.survival(z) }

    /// `P(T ≥ t)` for Student's t with `df` degrees of freedom (normal when `df` is not positive).
    static func studentUpper(_ t: Double, degreesOfFreedom df: Double) -> Double {
        guard df > 0, let distribution = try? StudentT(degreesOfFreedom: df) else { return normalUpper(t) }
        return distribution.survival(t)
    }

    /// `P(X ≥ k)` for a sum of independent Bernoulli variables with success probabilities `p`
    /// (the Poisson-binomial distribution), computed exactly by convolution.
    static func poissonBinomialUpper(atLeast k: Int, probabilities p: [Double]) -> Double {
        guard k > 0 else { return 1 }
        guard k <= p.count else { return 0 }
        var distribution = [1.0]
        for q in p {
            var next = Array(repeating: 0.0, count: distribution.count + 1)
            for (count, mass) in distribution.enumerated() {
                next[count] += mass * (1 - q)
                next[count + 1] += mass * q
            }
            distribution = next
        }
        return min(1, distribution[k...].reduce(0, +))
    }

    /// `P(X ≤ k)` for a Poisson variable with the given mean.
    static func poissonLower(atMost k: Double, mean: Double) -> Double {
        guard mean > 0 else { return 1 }
        var term = exp(-mean), sum = term
        var i = 0.0
        while i < k.rounded(.down) { i += 1; term *= mean / i; sum += term }
        return min(1, sum)
    }

    /// `P(X ≤ k)` for a quasi-Poisson count: `X / φ` Poisson with mean `mean / φ`, read at the
    /// real point `k / φ` through the continuous extension `Q(k / φ + 1, mean / φ)` (the
    /// regularized upper incomplete gamma function), which equals the Poisson tail at integers.
    static func quasiPoissonLower(atMost k: Double, mean: Double, dispersion: Double) -> Double {
        guard mean > 0 else { return 1 }
        let phi = max(1, dispersion)
        let p = SpecialFunctions.regularizedGammaQ(a: max(0, k) / phi + 1, x: mean / phi)
        return p.isNaN ? 1 : min(1, p)
    }

    /// `P(X ≥ k)` for a count with the given mean whose variance is `dispersion` times the mean:
    /// a negative binomial of size `r = μ/(φ − 1)`, `P(X ≥ k) = I_{μ/(r + μ)}(k, r)` (the
    /// regularized incomplete beta function), a Poisson count at `φ ≤ 1` (`P(k, μ)`, the
    /// regularized lower incomplete gamma function, also where the size exceeds 10¹²); both read at a real `k` through these
    /// continuous extensions. A gamma mixture of Poisson counts, as deals arriving in bursts from
    /// a pipeline are, has a heavier upper tail than a quasi-Poisson count of the same variance
    /// (`X / φ` Poisson): at a mean of 1.5 and `φ = 3` that one puts 0.28% of such counts below
    /// 0.001 and 0.077% below 10⁻⁴ (Benchmarks/README.md, *Bursts of deals*).
    static func negativeBinomialUpper(atLeast k: Double, mean: Double, dispersion: Double) -> Double {
        guard k > 0 else { return 1 }
        guard mean > 0 else { return 0 }
        let p: Double
        // Beyond a size of 10¹², the negative binomial is the Poisson count to many digits (and
        // the incomplete beta function no longer takes such a shape).
        if dispersion > 1, mean / (dispersion - 1) <= 1e12 {
            let size = mean / (dispersion - 1)
            p = SpecialFunctions.regularizedIncompleteBeta(a: k, b: size, x: mean / (size + mean))
        } else {
            p = SpecialFunctions.regularizedGammaP(a: k, x: mean)
        }
        return p.isNaN ? 1 : min(1, p)
    }

    /// Both tails `P(X ≤ k)` and `P(X ≥ k)` of a quasi-binomial count of `k` in `n` trials:
    /// `X / φ` binomial with `n / φ` trials, read at the real point `k / φ` through the
    /// regularized incomplete beta function, which equals the binomial tails at integers
    /// (`P(X ≥ k) = I_p(k, n − k + 1)`, `P(X ≤ k) = I_{1−p}(n − k, k + 1)`).
    static func quasiBinomialTails(_ k: Double, trials n: Double, probability p: Double, dispersion: Double)
        -> (lower: Double, upper: Double) {
        guard n > 0, k >= 0, k <= n, p > 0, p < 1 else { return (1, 1) }
        let phi = max(1, dispersion)
        let successes = k / phi, failures = (n - k) / phi
        let upper = successes > 0 ? SpecialFunctions.regularizedIncompleteBeta(a: successes, b: failures + 1, x: p) : 1
        let lower = failures > 0 ? SpecialFunctions.regularizedIncompleteBeta(a: failures, b: successes + 1, x: 1 - p) : 1
        return (lower.isNaN ? 1 : min(1, lower), upper.isNaN ? 1 : min(1, upper))
    }

    /// `P(X ≥ k)` for a Poisson variable with the given mean.
    static func poissonUpper(atLeast k: Double, mean: Double) -> Double {
        k <= 0 ? 1 : max(0, 1 - poissonLower(atMost: k - 1, mean: mean))
    }

    /// A Bonferroni correction: `p · tests`, at most 1.
    static func bonferroni(_ p: Double, tests: Int) -> Double { min(1, p * Double(max(1, tests))) }

    /// Simes' combination `min over i of T · p₍ᵢ₎ / i` of `T` tests, given the p-values of those
    /// that were computed (the others count as 1): never above Bonferroni's `T · p₍₁₎`, much
    /// below it when many tests come out low together, and valid when the tests are positively
    /// dependent, as overlapping stretches of one series are.
    static func simes(_ pValues: [Double], tests: Int) -> Double {
        let sorted = pValues.sorted()
        let total = max(tests, sorted.count)
        var best = 1.0
        for (index, p) in sorted.enumerated() { best = min(best, Double(total) * p / Double(index + 1)) }
        return min(1, best)
    }

    /// Fisher's combination of `k` independent p-values: the chance that `k` uniforms multiply
    /// to at most their product `c`, `c Σ_{i<k} (−log c)^i / i!` (the upper tail of a `χ²` with
    /// `2k` degrees of freedom at `−2 log c`).
    static func fisher(_ pValues: [Double]) -> Double {
        guard !pValues.isEmpty else { return 1 }
        let product = pValues.reduce(1) { $0 * min(1, max(0, $1)) }
        guard product > 0 else { return 0 }
        let t = -log(product)
        var term = 1.0, sum = 1.0
        for i in 1..<pValues.count {
            term *= t / Double(i)
            sum += term
        }
        return min(1, product * sum)
    }
}
