import Foundation
import Testing
import Statistics

/// Invalid data and parameters are reported, never trapped on.
@Suite("Error paths")
struct ErrorPathTests {
    @Test func emptyAndNonFiniteSamples() {
        #expect(throws: StatisticsError.emptyInput) { try Descriptive.mean([Double]()) }
        #expect(throws: StatisticsError.emptyInput) { try Descriptive.median([Double]()) }
        #expect(throws: StatisticsError.emptyInput) { try Descriptive.mad([Double]()) }
        #expect(throws: StatisticsError.emptyInput) { try Descriptive.quantile([Double](), 0.5) }
        #expect(throws: StatisticsError.nonFiniteValue(index: 1)) { try Descriptive.mean([1, .nan, 3]) }
        #expect(throws: StatisticsError.nonFiniteValue(index: 2)) { try Descriptive.variance([1, 2, .infinity]) }
        #expect(throws: StatisticsError.nonFiniteValue(index: 0)) { try Descriptive.median([-.infinity]) }
        #expect(throws: StatisticsError.nonFiniteValue(index: 1)) { try Descriptive.mad([0, .nan]) }
        #expect(throws: StatisticsError.nonFiniteValue(index: 1)) {
            try Descriptive.standardDeviation([5.0, 1, .nan][1...])
        }
    }

    @Test func tooFewValuesForVariance() {
        #expect(throws: StatisticsError.insufficientData(required: 2, actual: 1)) {
            try Descriptive.variance([3])
        }
        #expect(throws: StatisticsError.insufficientData(required: 2, actual: 1)) {
            try Descriptive.standardDeviation([3])
        }
    }

    @Test func invalidQuantileProbabilities() {
        #expect(throws: StatisticsError.invalidProbability(1.5)) { try Descriptive.quantile([1, 2], 1.5) }
        #expect(throws: StatisticsError.invalidProbability(-0.1)) { try Descriptive.quantiles([1, 2], [0.5, -0.1]) }
        #expect(throws: StatisticsError.invalidProbability(.nan)) { try Descriptive.quantile([1, 2], .nan) }
    }

    @Test func invalidDistributionParameters() {
        let positive = "finite and greater than 0"
        #expect(throws: StatisticsError.invalidParameter(name: "degreesOfFreedom", value: 0, requirement: positive)) {
            try StudentT(degreesOfFreedom: 0)
        }
        #expect(throws: StatisticsError.invalidParameter(name: "degreesOfFreedom", value: .nan, requirement: positive)) {
            try StudentT(degreesOfFreedom: .nan)
        }
        let chiSquareRange = "greater than 0 and at most 2e13"
        #expect(throws: StatisticsError.invalidParameter(name: "degreesOfFreedom", value: .infinity, requirement: chiSquareRange)) {
            try ChiSquared(degreesOfFreedom: .infinity)
        }
        #expect(throws: StatisticsError.invalidParameter(name: "degreesOfFreedom", value: -2, requirement: chiSquareRange)) {
            try ChiSquared(degreesOfFreedom: -2)
        }
        #expect(throws: StatisticsError.invalidParameter(name: "degreesOfFreedom", value: 1e14, requirement: chiSquareRange)) {
            try ChiSquared(degreesOfFreedom: 1e14)
        }
        let fRange = "greater than 0 and at most 2e15"
        #expect(throws: StatisticsError.invalidParameter(name: "numeratorDegreesOfFreedom", value: -1, requirement: fRange)) {
            try FDistribution(numeratorDegreesOfFreedom: -1, denominatorDegreesOfFreedom: 5)
        }
        #expect(throws: StatisticsError.invalidParameter(name: "denominatorDegreesOfFreedom", value: 0, requirement: fRange)) {
            try FDistribution(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: 0)
        }
        #expect(throws: StatisticsError.invalidParameter(name: "denominatorDegreesOfFreedom", value: .nan, requirement: fRange)) {
            try FDistribution(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: .nan)
        }
        #expect(throws: StatisticsError.invalidParameter(name: "standardDeviation", value: 0, requirement: positive)) {
            try Normal(mean: 1, standardDeviation: 0)
        }
        #expect(throws: StatisticsError.invalidParameter(name: "mean", value: .nan, requirement: "finite")) {
            try Normal(mean: .nan)
        }
    }

    @Test func descriptionsNameTheProblem() {
        let parameter = StatisticsError.invalidParameter(name: "degreesOfFreedom", value: -3, requirement: "finite and greater than 0")
        #expect(parameter.description.contains("degreesOfFreedom"))
        #expect(parameter.description.contains("-3"))
        #expect(parameter.errorDescription == parameter.description)
        #expect(StatisticsError.nonFiniteValue(index: 7).description.contains("7"))
        #expect(StatisticsError.insufficientData(required: 2, actual: 1).description.contains("2"))
        #expect(!StatisticsError.emptyInput.description.isEmpty)
        #expect(StatisticsError.invalidProbability(2).localizedDescription.contains("[0, 1]"))
    }

    @Test func probabilityArgumentsOutsideTheUnitInterval() throws {
        let distributions: [any ContinuousDistribution] = [
            Normal.standard, try StudentT(degreesOfFreedom: 3), try ChiSquared(degreesOfFreedom: 2),
            try FDistribution(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: 7),
        ]
        for distribution in distributions {
            for p in [-0.5, 1.5, .nan, -.infinity] {
                #expect(distribution.quantile(p).isNaN)
                #expect(distribution.inverseSurvival(p).isNaN)
            }
            #expect(distribution.cdf(.nan).isNaN)
            #expect(distribution.survival(.nan).isNaN)
            #expect(distribution.pdf(.nan).isNaN)
            #expect(distribution.quantile(1) == .infinity)
            #expect(distribution.inverseSurvival(0) == .infinity)
            #expect(distribution.cdf(.infinity) == 1)
            #expect(distribution.survival(.infinity) == 0)
        }
        #expect(Normal.standard.quantile(0) == -.infinity)
        #expect(try StudentT(degreesOfFreedom: 3).quantile(0) == -.infinity)
        #expect(try ChiSquared(degreesOfFreedom: 2).quantile(0) == 0)
        #expect(try FDistribution(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: 7).quantile(0) == 0)
        #expect(try ChiSquared(degreesOfFreedom: 3).cdf(-1) == 0)
        #expect(try FDistribution(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: 7).survival(-1) == 1)
    }

    /// Shapes beyond the supported range give NaN promptly rather than looping.
    @Test func unsupportedShapesGiveNaN() {
        #expect(SpecialFunctions.regularizedGammaP(a: 1e300, x: 1e300).isNaN)
        #expect(SpecialFunctions.regularizedIncompleteBeta(a: 1e300, b: 1e300, x: 0.5).isNaN)
        #expect(SpecialFunctions.regularizedGammaQ(a: 1e12, x: 1e12 + 1e6) > 0.15)
    }

    @Test func densitiesAtTheOrigin() throws {
        #expect(try ChiSquared(degreesOfFreedom: 1).pdf(0) == .infinity)
        #expect(try ChiSquared(degreesOfFreedom: 2).pdf(0) == 0.5)
        #expect(try ChiSquared(degreesOfFreedom: 3).pdf(0) == 0)
        #expect(try FDistribution(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: 4).pdf(0) == .infinity)
        #expect(try FDistribution(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: 4).pdf(0) == 1)
        #expect(try FDistribution(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: 4).pdf(0) == 0)
    }

    @Test func specialFunctionDomains() {
        #expect(SpecialFunctions.regularizedIncompleteBeta(a: -1, b: 2, x: 0.5).isNaN)
        #expect(SpecialFunctions.regularizedIncompleteBeta(a: 1, b: 2, x: 1.5).isNaN)
        #expect(SpecialFunctions.regularizedIncompleteBetaComplement(a: 1, b: .nan, x: 0.5).isNaN)
        #expect(SpecialFunctions.regularizedGammaP(a: 0, x: 1).isNaN)
        #expect(SpecialFunctions.regularizedGammaQ(a: 2, x: -1).isNaN)
        #expect(SpecialFunctions.regularizedGammaQ(a: 2, x: .nan).isNaN)
        #expect(SpecialFunctions.logGamma(0).isNaN)
        #expect(SpecialFunctions.logBeta(1, -1).isNaN)
        #expect(SpecialFunctions.regularizedIncompleteBeta(a: 2, b: 3, x: 0) == 0)
        #expect(SpecialFunctions.regularizedIncompleteBetaComplement(a: 2, b: 3, x: 1) == 0)
        #expect(SpecialFunctions.regularizedGammaP(a: 2, x: .infinity) == 1)
        #expect(SpecialFunctions.regularizedGammaQ(a: 2, x: 0) == 1)
    }

    /// Closed forms that do not depend on the reference file.
    @Test func closedForms() throws {
        // t with one degree of freedom is Cauchy: P(T > t) = atan(1/t)/π.
        let cauchy = try StudentT(degreesOfFreedom: 1)
        for t in [0.3, 2.0, 1e5] {
            #expect(Accuracy.error(cauchy.survival(t), atan(1 / t) / .pi) <= 1e-14)
        }
        // Chi-square with 2 degrees of freedom is exponential with mean 2.
        let exponential = try ChiSquared(degreesOfFreedom: 2)
        for x in [1e-8, 0.5, 40.0, 1400.0] {
            #expect(Accuracy.error(exponential.survival(x), exp(-x / 2)) <= 1e-14)
            #expect(Accuracy.error(exponential.cdf(x), -expm1(-x / 2)) <= 1e-14)
        }
        // With unbounded degrees of freedom the t distribution becomes the normal one.
        let nearlyNormal = try StudentT(degreesOfFreedom: 1e300)
        for t in [0.5, 3.0, 30.0] {
            #expect(Accuracy.error(nearlyNormal.survival(t), Normal.standardSurvival(t)) <= 1e-15)
            #expect(Accuracy.error(nearlyNormal.pdf(t), Normal.standardPDF(t)) <= 1e-15)
        }
        #expect(Accuracy.error(nearlyNormal.quantile(0.975), Normal.standardQuantile(0.975)) <= 1e-15)
        // I_x(a, 1) = xᵃ.
        #expect(Accuracy.error(SpecialFunctions.regularizedIncompleteBeta(a: 3.5, b: 1, x: 0.3), pow(0.3, 3.5)) <= 1e-14)
    }
}
