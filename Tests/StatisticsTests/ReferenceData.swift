import Foundation

/// The reference values in `Fixtures/distributions.json`, produced by
/// `Fixtures/generate_reference.py` from SciPy and cross-checked with mpmath.
struct ReferenceData: Decodable, Sendable {
    let meta: Meta
    let normal: DistributionReference
    let studentT: [DistributionReference]
    let f: [DistributionReference]
    let chiSquared: [DistributionReference]
    let betainc: [BetaReference]
    let gammainc: [GammaReference]
    let gammaln: [ReferencePoint]
    let betaln: [TwoArgumentReference]
    let descriptive: [DescriptiveReference]

    struct Meta: Decodable, Sendable {
        let scipy: String
        let mpmath: String
        let replaced: Int
    }

    /// Loaded once for all tests.
    static let shared: ReferenceData = {
        guard let url = Bundle.module.url(
            forResource: "distributions", withExtension: "json", subdirectory: "Fixtures")
        else { fatalError("Fixtures/distributions.json is missing from the test bundle") }
        do {
            return try JSONDecoder().decode(ReferenceData.self, from: Data(contentsOf: url))
        } catch {
            fatalError("Fixtures/distributions.json cannot be decoded: \(error)")
        }
    }()
}

/// `[input, expected, source]`, where `source` is `"scipy"` or `"mpmath"`.
struct ReferencePoint: Decodable, Sendable {
    let input: Double
    let expected: Double
    let source: String

    init(from decoder: any Decoder) throws {
        var row = try decoder.unkeyedContainer()
        input = try row.decode(Double.self)
        expected = try row.decode(Double.self)
        source = try row.decode(String.self)
    }
}

/// `[a, b, expected, source]`.
struct TwoArgumentReference: Decodable, Sendable {
    let a: Double
    let b: Double
    let expected: Double
    let source: String

    init(from decoder: any Decoder) throws {
        var row = try decoder.unkeyedContainer()
        a = try row.decode(Double.self)
        b = try row.decode(Double.self)
        expected = try row.decode(Double.self)
        source = try row.decode(String.self)
    }
}

/// `[a, b, x, I_x(a,b), 1 − I_x(a,b), source]`.
struct BetaReference: Decodable, Sendable {
    let a: Double
    let b: Double
    let x: Double
    let lower: Double
    let upper: Double
    let source: String

    init(from decoder: any Decoder) throws {
        var row = try decoder.unkeyedContainer()
        a = try row.decode(Double.self)
        b = try row.decode(Double.self)
        x = try row.decode(Double.self)
        lower = try row.decode(Double.self)
        upper = try row.decode(Double.self)
        source = try row.decode(String.self)
    }
}

/// `[a, x, P(a,x), Q(a,x), source]`.
struct GammaReference: Decodable, Sendable {
    let a: Double
    let x: Double
    let lower: Double
    let upper: Double
    let source: String

    init(from decoder: any Decoder) throws {
        var row = try decoder.unkeyedContainer()
        a = try row.decode(Double.self)
        x = try row.decode(Double.self)
        lower = try row.decode(Double.self)
        upper = try row.decode(Double.self)
        source = try row.decode(String.self)
    }
}

/// The reference values of one distribution: its parameters and points for
/// each function (`ppf` and `isf` points take a probability as input).
struct DistributionReference: Decodable, Sendable {
    let df: Double?
    let d1: Double?
    let d2: Double?
    let cdf: [ReferencePoint]
    let sf: [ReferencePoint]
    let pdf: [ReferencePoint]
    let ppf: [ReferencePoint]
    let isf: [ReferencePoint]
    let twoSided: [ReferencePoint]?
}

/// NumPy / SciPy summaries of one sample.
struct DescriptiveReference: Decodable, Sendable {
    let data: [Double]
    let quantiles: [[Double]]
    let mean: Double
    let median: Double
    let mad: Double
    let madNormal: Double
    let variance: Double?
    let standardDeviation: Double?
}
