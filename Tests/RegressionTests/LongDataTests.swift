import Foundation
@testable import LinearAlgebra
import Regression
import Testing
import TestSupport

/// Fits on long data (20,000 rows, where the solver reduces the design by CholeskyQR2) agree
/// with the same fits solved entirely in double-double arithmetic, for ordinary, weighted and
/// ridge least squares.
struct LongDataTests {
    static let rows = 20_000

    /// An intercept and three correlated predictors of different magnitudes, a response with
    /// unit noise, and weights between 0.5 and 2.
    static func data() throws -> (design: Design, response: [Double], weights: [Double]) {
        var generator = SplitMix64(seed: 2_026)
        let normal = { (generator: inout SplitMix64) -> Double in
            let u = Double.random(in: Double.ulpOfOne..<1, using: &generator), v = Double.random(in: 0..<1, using: &generator)
            return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
        }
        var columns: [[Double]] = [Array(repeating: 1, count: rows), [], [], []]
        var response: [Double] = [], weights: [Double] = []
        for _ in 0..<rows {
            let shared = normal(&generator)
            let x1 = 50 + 10 * (shared + normal(&generator)), x2 = 0.01 * (shared + normal(&generator))
            let x3 = 1e4 * normal(&generator)
            columns[1].append(x1); columns[2].append(x2); columns[3].append(x3)
            response.append(3 + 0.2 * x1 - 40 * x2 + 1e-4 * x3 + normal(&generator))
            weights.append(Double.random(in: 0.5..<2, using: &generator))
        }
        let design = try Design(columnNames: ["Intercept", "x1", "x2", "x3"], matrix: Matrix(columns: columns), hasIntercept: true)
        return (design, response, weights)
    }

    @Test(arguments: ["ols", "wls", "ridge"])
    func agreesWithDoubleDouble(_ kind: String) throws {
        let (design, response, weights) = try Self.data()
        #expect(try CholeskyQR2.reduce(design.matrix, response) != nil, "the long-data path is taken")
        let fit = { (precision: LeastSquaresPrecision) in
            try LinearRegression.fit(design, response: response, weights: kind == "wls" ? weights : nil,
                                     options: RegressionOptions(ridge: kind == "ridge" ? 3 : nil, precision: precision))
        }
        let double = try fit(.double), extended = try fit(.extended)
        #expect(!double.usedExtendedPrecision && extended.usedExtendedPrecision)
        for (a, b) in zip(double.coefficients, extended.coefficients) {
            #expect(abs(a.estimate - b.estimate) <= 1e-12 * b.standardError * Double(Self.rows).squareRoot(), "\(a.term)")
            #expect(abs(a.standardError - b.standardError) <= 1e-12 * b.standardError, "\(a.term)")
        }
        #expect(abs(double.residualSumOfSquares - extended.residualSumOfSquares) <= 1e-12 * extended.residualSumOfSquares)
        #expect(abs(double.rSquared - extended.rSquared) <= 1e-13)
    }
}
