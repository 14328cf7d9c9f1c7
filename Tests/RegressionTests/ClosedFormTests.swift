import Foundation
import LinearAlgebra
import Regression
import Testing

/// Small fits checked against closed forms of simple linear regression.
struct ClosedFormTests {
    /// y = 1 + 2x + e with e = (1, −1, −1, 1): β̂ = (1, 2) exactly, RSS = 4, and for the line
    /// SE(β̂₁) = σ/√Sxx with Sxx = Σ(x − x̄)² = 5, σ² = RSS/(n − 2) = 2.
    @Test func simpleLine() throws {
        let x = [1.0, 2, 3, 4]
        let y = zip(x, [1.0, -1, -1, 1]).map { 1 + 2 * $0 + $1 }
        let design = try Design(columnNames: ["Intercept", "x"],
                                matrix: Matrix(columns: [Array(repeating: 1, count: 4), x]), hasIntercept: true)
        let fit = try LinearRegression.fit(design, response: y)
        #expect(abs(fit.estimates[0] - 1) < 1e-14 && abs(fit.estimates[1] - 2) < 1e-14)
        #expect(abs(fit.residualSumOfSquares - 4) < 1e-13)
        #expect(abs(fit.coefficients[1].standardError - (2.0 / 5).squareRoot()) < 1e-14)
        // R² = 1 − RSS/TSS with TSS = Σ(y − ȳ)² = 4·Sxx + … computed directly here.
        let mean = y.reduce(0, +) / 4
        let tss = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        #expect(abs(fit.rSquared - (1 - 4 / tss)) < 1e-14)
        #expect(fit.residualDegreesOfFreedom == 2)
    }

    @Test func invalidOptionsAreRejected() throws {
        let design = try Design(columnNames: ["x"], matrix: Matrix(columns: [[1, 2, 3]]), hasIntercept: false)
        #expect(throws: RegressionError.self) { try LinearRegression.fit(design, response: [1, 2, 3], options: RegressionOptions(level: 1.5)) }
        #expect(throws: RegressionError.self) { try LinearRegression.fit(design, response: [1, 2, 3], options: RegressionOptions(ridge: -1)) }
        #expect(throws: RegressionError.self) { try LinearRegression.fit(design, response: [1, 2], options: RegressionOptions()) }
        #expect(throws: RegressionError.self) { try LinearRegression.fit(design, response: [1, 2, 3], weights: [1, 0, 1]) }
    }
}
