import Testing
@testable import Forecasting

@Suite("Empirical-Bayes shrinkage")
struct ShrinkageTests {
    /// Groups that differ no more than their noise keep nothing of their own means.
    @Test func noiseAloneShrinksToTheParent() {
        let groups = ["a": [[1.0], [-1.0]], "b": [[1.0], [-1.0]]]
        #expect(Shrinkage.shrunkenMeans(groups) == ["a": [0], "b": [0]])
    }

    /// Groups far apart with little noise keep almost all of their means:
    /// within variance 0.02, between variance 4 − 0.02/2, weight 2·3.99/(2·3.99 + 0.02).
    @Test func realDifferencesSurvive() throws {
        let groups = ["a": [[2.1], [1.9]], "b": [[-2.1], [-1.9]]]
        let result = Shrinkage.shrunkenMeans(groups)
        let weight = 2 * 3.99 / (2 * 3.99 + 0.02)
        #expect(abs(try #require(result["a"]?.first) - 2 * weight) < 1e-12)
        #expect(abs(try #require(result["b"]?.first) + 2 * weight) < 1e-12)
    }

    /// With one observation per group noise and difference cannot be told apart.
    @Test func singleObservationsPool() {
        #expect(Shrinkage.shrunkenMeans(["a": [[3.0]], "b": [[-3.0]]]) == ["a": [0], "b": [0]])
    }
}
