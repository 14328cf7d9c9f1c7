import Foundation
import Regression
import Testing

/// Accuracy on the NIST StRD linear-regression datasets against their certified values
/// (computed by NIST in 500-digit arithmetic). Each model is fitted through the formula
/// interface as certified. Requirement: at least 9 correct significant digits in every
/// coefficient, coefficient standard deviation, residual standard deviation and R².
struct NISTAccuracyTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let predictors: [String]
        let formula: String
        var description: String { name }
    }

    static let polynomial5 = "y ~ x + I(x^2) + I(x^3) + I(x^4) + I(x^5)"
    static let cases: [Case] = [
        Case(name: "Norris", predictors: ["x"], formula: "y ~ x"),
        Case(name: "Pontius", predictors: ["x"], formula: "y ~ x + I(x^2)"),
        Case(name: "NoInt1", predictors: ["x"], formula: "y ~ x - 1"),
        Case(name: "NoInt2", predictors: ["x"], formula: "y ~ x - 1"),
        Case(name: "Filip", predictors: ["x"],
             formula: "y ~ x + I(x^2) + I(x^3) + I(x^4) + I(x^5) + I(x^6) + I(x^7) + I(x^8) + I(x^9) + I(x^10)"),
        Case(name: "Longley", predictors: ["x1", "x2", "x3", "x4", "x5", "x6"],
             formula: "y ~ x1 + x2 + x3 + x4 + x5 + x6"),
        Case(name: "Wampler1", predictors: ["x"], formula: polynomial5),
        Case(name: "Wampler2", predictors: ["x"], formula: polynomial5),
        Case(name: "Wampler3", predictors: ["x"], formula: polynomial5),
        Case(name: "Wampler4", predictors: ["x"], formula: polynomial5),
        Case(name: "Wampler5", predictors: ["x"], formula: polynomial5),
    ]

    @Test("certified values to at least 9 digits", arguments: cases)
    func certifiedValues(_ testCase: Case) throws {
        let data = try NISTDataset(testCase.name, predictors: testCase.predictors)
        let fit = try LinearRegression.fit(testCase.formula, data: data.table)
        #expect(fit.coefficients.count == data.coefficients.count)
        let coefficientDigits = zip(fit.estimates, data.coefficients).map(correctDigits).min()!
        let deviationDigits = zip(fit.coefficients.map(\.standardError), data.standardDeviations).map(correctDigits).min()!
        let sigmaDigits = correctDigits(fit.sigma, data.residualStandardDeviation)
        let rSquaredDigits = correctDigits(fit.rSquared, data.rSquared)
        // One line per dataset for the accuracy table in Benchmarks/README.md.
        print(String(format: "NIST %-9@ coefficients %5.1f  std.devs %5.1f  residual SD %5.1f  R² %5.1f",
                     testCase.name, coefficientDigits, deviationDigits, sigmaDigits, rSquaredDigits))
        #expect(coefficientDigits >= 9, "\(testCase.name) coefficients: \(coefficientDigits) digits")
        #expect(deviationDigits >= 9, "\(testCase.name) standard deviations: \(deviationDigits) digits")
        #expect(sigmaDigits >= 9, "\(testCase.name) residual SD: \(sigmaDigits) digits")
        #expect(rSquaredDigits >= 9, "\(testCase.name) R²: \(rSquaredDigits) digits")
    }
}
