import Foundation
import Randomness

/// Digit tests for small samples: first digits (Benford's law or a peer distribution), first
/// two digits, last digits, with Nigrini's mean absolute deviation and a chi-square whose
/// p-value comes from simulating the null distribution at the sample's own size (about 50
/// values, where the asymptotic chi-square and Nigrini's conformity cut-offs, made for
/// thousands of values, do not hold).
public enum DigitTests {
    /// Benford's first-digit probabilities, `log10(1 + 1/d)` for d = 1…9.
    public static let benfordFirst: [Double] = (1...9).map { log10(1 + 1 / Double($0)) }

    /// Benford's first-two-digit probabilities, `log10(1 + 1/d)` for d = 10…99.
    public static let benfordFirstTwo: [Double] = (10...99).map { log10(1 + 1 / Double($0)) }

    /// The first significant digit of a positive number (nil for 0 and non-finite values).
    public static func firstDigit(_ x: Double) -> Int? {
        guard x.isFinite, x > 0 else { return nil }
        let scaled = x / pow(10, floor(log10(x)))
        return min(9, max(1, Int(scaled + 1e-9)))
    }

    /// The first two significant digits (10…99) of a number of at least 10, nil otherwise.
    public static func firstTwoDigits(_ x: Double) -> Int? {
        guard x.isFinite, x >= 10 else { return nil }
        let scaled = x / pow(10, floor(log10(x)) - 1)
        return min(99, max(10, Int(scaled + 1e-9)))
    }

    /// The last digit of a whole number of at least 10 (nil otherwise: one-digit counts have no
    /// preference to show).
    public static func lastDigit(_ x: Double) -> Int? {
        guard x.isFinite, x >= 10, x == x.rounded(), x < 1e15 else { return nil }
        return Int(x.truncatingRemainder(dividingBy: 10))
    }

    /// The rounding resolution a positive number is written to: the largest power of ten, from
    /// 0.0001 up to the number itself, of which it is a whole multiple (1 for 4007, 0.01 for
    /// 4007.23, 100 for 2500).
    public static func resolution(_ x: Double) -> Double {
        guard x.isFinite, x > 0 else { return 1 }
        var unit = 1e-4
        while unit * 10 <= x, isWholeMultiple(x, of: unit * 10) { unit *= 10 }
        return unit
    }

    /// The unit a person writes a count in: the coarsest of 1, 2, 5, 10, 20, 50 and 100 of which
    /// at least nine in ten of the positive values are whole multiples (5 for visits given as
    /// 15, 20, 25, …), 1 when there are no positive values.
    public static func countUnit(_ values: [Double]) -> Double {
        let positive = values.filter { $0.isFinite && $0 > 0 }
        guard !positive.isEmpty else { return 1 }
        return [100.0, 50, 20, 10, 5, 2].first { unit in
            Double(positive.filter { isWholeMultiple($0, of: unit) }.count) >= 0.9 * Double(positive.count)
        } ?? 1
    }

    /// The unit a person writes amounts in: the coarsest power of ten from 10⁻⁴ to 10⁹ of which
    /// at least nine in ten of the positive amounts are whole multiples, each at least the unit
    /// (1000 for amounts rounded to thousands, 0.01 for amounts to the cent, 0.01 for amounts of
    /// 0.09 and 0.15 millions); 1 when there are no positive amounts, 0 when no such power of
    /// ten fits (amounts written to more places than that).
    public static func amountUnit(_ amounts: [Double]) -> Double {
        let positive = amounts.filter { $0.isFinite && $0 > 0 }
        guard !positive.isEmpty else { return 1 }
        var unit = 1e9
        while unit >= 1e-4 {
            let multiples = positive.filter { $0 >= unit && isWholeMultiple($0, of: unit) }.count
            if Double(multiples) >= 0.9 * Double(positive.count) { return unit }
            unit /= 10
        }
        return 0
    }

    /// How wide a band of the amounts' scale two of one person's amounts fall into when they
    /// agree to the last written digit: `P(a = b) ≈ width · f(0)`, `f` the density of the
    /// difference of two amounts. Amounts on a lattice of spacing `r` agree with chance
    /// `r · f(0)`; with `s_r` the share of the amounts that are whole multiples of `r` (for `r`
    /// the finest resolution among them times 1, 10, 100, …), the width is `Σ s_r² · r`. It is
    /// the finest resolution when the person writes amounts to the cent or to the unit (a few
    /// amounts that end in 0 by chance add a tenth), a hundred when every amount is written in
    /// hundreds, and in between when some are rounded. 1 for no positive amounts.
    public static func agreementWidth(_ amounts: [Double]) -> Double {
        let positive = amounts.filter { $0.isFinite && $0 > 0 }
        guard let finest = positive.map(resolution).min() else { return 1 }
        var width = 0.0, unit = finest
        while unit <= 1e9 {
            let share = Double(positive.filter { isWholeMultiple($0, of: unit) }.count) / Double(positive.count)
            guard share > 0 else { break }
            width += share * share * unit
            unit *= 10
        }
        return width
    }

    private static func isWholeMultiple(_ x: Double, of unit: Double) -> Bool {
        isWhole(x / unit)
    }

    /// Whether a quotient is a whole number up to the rounding error of reading and dividing
    /// decimals (a millionth, or a few units in the last place of large quotients). Not a share
    /// of the quotient: a tolerance of 10⁻⁹ of it would call 51,234,567.89 a whole number of
    /// tenths.
    static func isWhole(_ quotient: Double) -> Bool {
        abs(quotient - quotient.rounded()) <= max(1e-6, 16 * quotient.ulp)
    }

    /// The result of comparing observed digit counts with expected proportions.
    public struct Result: Sendable, Equatable {
        /// Pearson's chi-square statistic.
        public let chiSquare: Double
        /// Nigrini's mean absolute deviation between observed and expected proportions.
        public let meanAbsoluteDeviation: Double
        /// `P(chi-square ≥ observed)` under the expected proportions at this sample size,
        /// estimated from `simulations` multinomial samples (with the usual +1 correction), or
        /// the sequential estimate `h / l` when the simulation stopped at its `h`-th exceedance
        /// after `l` samples.
        public let pValue: Double
        /// Number of values tested.
        public let count: Int
    }

    /// Compares digit counts with expected proportions (which must sum to 1).
    ///
    /// With `stopAfter` exceedances given, the simulation stops as soon as that many simulated
    /// statistics reach the observed one, and the p-value is Besag and Clifford's (1991)
    /// sequential estimate `h / l` (`h` exceedances in `l` samples), itself a valid p-value. A
    /// sample that is far from significant then costs a few dozen simulations instead of
    /// `simulations`, and every p-value below `stopAfter / (simulations + 1)` is exactly the one
    /// of the full simulation.
    /// - Parameters:
    ///   - counts: observed counts per digit category.
    ///   - expected: the null proportions of the same categories.
    ///   - simulations: number of simulated samples for the p-value.
    ///   - stopAfter: the exceedances after which the simulation stops (nil: never).
    ///   - seed: seed of the simulation, so the p-value is reproducible.
    ///   - referenceSize: when the expected proportions are themselves estimated from an
    ///     independent sample, its effective size `M`: their noise adds to the statistic's
    ///     (its mean grows by the factor `1 + n / M` for `n` values tested), so each simulated
    ///     statistic is scaled by that factor. `nil` for proportions known exactly.
    public static func compare(counts: [Int], expected: [Double], simulations: Int = 1999, stopAfter: Int? = nil,
                               seed: UInt64 = 1, referenceSize: Double? = nil) -> Result {
        let n = counts.reduce(0, +)
        guard n > 0, counts.count == expected.count else { return Result(chiSquare: 0, meanAbsoluteDeviation: 0, pValue: 1, count: n) }
        let observed = chiSquare(counts, expected, n)
        let mad = zip(counts, expected).map { abs(Double($0) / Double(n) - $1) }.reduce(0, +) / Double(counts.count)
        var cumulative: [Double] = []
        var total = 0.0
        for p in expected { total += p; cumulative.append(total) }
        let inflation = 1 + (referenceSize.map { $0 > 0 ? Double(n) / $0 : 0 } ?? 0)
        var generator = SplitMix64(seed: seed)
        var exceed = 0
        var sample = Array(repeating: 0, count: counts.count)
        for simulation in 0..<simulations {
            for index in sample.indices { sample[index] = 0 }
            for _ in 0..<n {
                let u = Double.random(in: 0..<total, using: &generator)
                var low = 0, high = cumulative.count - 1
                while low < high { let mid = (low + high) / 2; if cumulative[mid] > u { high = mid } else { low = mid + 1 } }
                sample[low] += 1
            }
            if inflation * chiSquare(sample, expected, n) >= observed - 1e-12 { exceed += 1 }
            if let stopAfter, exceed >= stopAfter {
                return Result(chiSquare: observed, meanAbsoluteDeviation: mad,
                              pValue: Double(exceed) / Double(simulation + 1), count: n)
            }
        }
        return Result(chiSquare: observed, meanAbsoluteDeviation: mad,
                      pValue: Double(exceed + 1) / Double(simulations + 1), count: n)
    }

    /// Expected proportions from a reference sample (the peers' digit counts) shrunk towards
    /// a law (Benford's, uniform): `(c + a·law) / (M + a)` for `M` counted values, with the law
    /// given the weight `a` of one value per category, so that no category the law allows is
    /// expected never to occur only because the peers happened not to write it. Also the
    /// reference's effective size for
    /// ``compare(counts:expected:simulations:stopAfter:seed:referenceSize:)``: `(M + a)² / M`
    /// (the proportions vary by `M p (1 − p) / (M + a)²`), nil for an empty sample.
    public static func reference(counts: [Int], law: [Double]) -> (shares: [Double], size: Double?) {
        let total = Double(counts.reduce(0, +))
        let weight = Double(law.count)
        let shares = zip(counts, law).map { (Double($0) + weight * $1) / (total + weight) }
        return (shares, total > 0 ? (total + weight) * (total + weight) / total : nil)
    }

    private static func chiSquare(_ counts: [Int], _ expected: [Double], _ n: Int) -> Double {
        var sum = 0.0
        for (count, p) in zip(counts, expected) where p > 0 {
            let e = p * Double(n)
            sum += (Double(count) - e) * (Double(count) - e) / e
        }
        return sum
    }
}
