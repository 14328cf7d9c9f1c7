import Foundation
import Randomness

extension ETSModel {
    /// Simulated future sample paths: `count` paths of `horizon` values, each drawn by feeding
    /// Gaussian innovations `εₜ ~ N(0, σ²)` through the model from its final state.
    ///
    /// The generator is seeded, so equal seeds give equal paths. Paths of a multiplicative
    /// error model whose mean reaches zero keep the last admissible state (the innovation is
    /// then applied to a mean of zero).
    /// - Throws: ``ForecastingError/invalidHorizon(_:)``.
    public func samplePaths(horizon: Int, count: Int, seed: UInt64) throws -> [[Double]] {
        guard horizon >= 1 else { throw ForecastingError.invalidHorizon(horizon) }
        let recursion = ETSRecursion(specification, parameters)
        let sigma = innovationVariance.squareRoot()
        let multiplicative = specification.error == .multiplicative
        var generator = SeededGenerator(seed: seed)
        let m = max(finalState.seasonal.count, 1)
        let startRing = finalState.seasonal.isEmpty ? [0.0] : Array(finalState.seasonal.reversed())
        var paths: [[Double]] = []
        paths.reserveCapacity(count)
        for _ in 0..<max(count, 0) {
            var level = finalState.level, trend = finalState.trend
            var ring = startRing
            var path = [Double](repeating: 0, count: horizon)
            for h in 0..<horizon {
                let phase = h % m
                let mu = recursion.mean(carried: recursion.carriedLevel(level: level, trend: trend), season: ring[phase])
                let e = sigma * generator.nextGaussian()
                let y = multiplicative ? mu * (1 + e) : mu + e
                path[h] = y
                var (l, b, s) = (level, trend, ring[phase])
                if recursion.update(level: &l, trend: &b, season: &s, y: y), l.isFinite, b.isFinite, s.isFinite {
                    (level, trend, ring[phase]) = (l, b, s)
                }
            }
            paths.append(path)
        }
        return paths
    }
}

/// Prediction intervals from the empirical quantiles of sample paths.
enum SampleQuantiles {
    static func intervals(paths: [[Double]], horizon: Int, levels: [Double]) -> [PredictionInterval] {
        let sorted = (0..<horizon).map { h in paths.map { $0[h] }.sorted() }
        return levels.map { level in
            PredictionInterval(level: level,
                               lower: sorted.map { quantile($0, (1 - level) / 2) },
                               upper: sorted.map { quantile($0, (1 + level) / 2) })
        }
    }

    /// The `p`-quantile of sorted values with linear interpolation (R's type 7).
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        guard let first = sorted.first else { return .nan }
        guard sorted.count > 1 else { return first }
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
    }
}

/// xoshiro256** (Blackman & Vigna 2018) seeded through SplitMix64, with Gaussian deviates
/// by the Box–Muller transform: a small, fast, reproducible generator independent of the
/// platform's random source.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)
    private var spare: Double?

    init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        state = (seeder.next(), seeder.next(), seeder.next(), seeder.next())
    }

    mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform deviate in the open interval (0, 1).
    mutating func nextUniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// A standard normal deviate.
    mutating func nextGaussian() -> Double {
        if let value = spare {
            spare = nil
            return value
        }
        let radius = (-2 * log(nextUniform())).squareRoot()
        let angle = 2 * Double.pi * nextUniform()
        spare = radius * sin(angle)
        return radius * cos(angle)
    }
}
