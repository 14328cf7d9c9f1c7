import Foundation
import Testing
@testable import Forecasting

@Suite("Admissibility")
struct AdmissibilityTests {
    /// (z − 0.5)(z + 0.3) = z² − 0.2z − 0.15: roots inside. (z − 1.2)(z + 0.1) = z² − 1.1z − 0.12:
    /// one root outside. z² + 1 has roots on the circle (not strictly inside).
    @Test func schurCohn() {
        #expect(Admissibility.rootsInsideUnitCircle([-0.15, -0.2, 1]))
        #expect(!Admissibility.rootsInsideUnitCircle([-0.12, -1.1, 1]))
        #expect(!Admissibility.rootsInsideUnitCircle([1, 0, 1]))
        // z¹³ − 0.9¹³: all 13 roots have modulus 0.9; with 0.99 and 1.01 in place of 0.9.
        #expect(Admissibility.rootsInsideUnitCircle([-pow(0.9, 13)] + Array(repeating: 0, count: 12) + [1]))
        #expect(Admissibility.rootsInsideUnitCircle([-pow(0.99, 13)] + Array(repeating: 0, count: 12) + [1]))
        #expect(!Admissibility.rootsInsideUnitCircle([-pow(1.01, 13)] + Array(repeating: 0, count: 12) + [1]))
    }

    /// Small smoothing parameters of a quarterly model are admissible; α + γ far beyond one
    /// (outside the usual region too) is not.
    @Test func seasonalRegion() {
        #expect(Admissibility.isAdmissibleSeasonal(ETSParameters(alpha: 0.3, beta: 0.1, gamma: 0.1, phi: 1), period: 4))
        #expect(Admissibility.isAdmissibleSeasonal(ETSParameters(alpha: 0.5, beta: 0.01, gamma: 0.3, phi: 0.9), period: 12))
        #expect(!Admissibility.isAdmissibleSeasonal(ETSParameters(alpha: 1.5, beta: 0.1, gamma: 1.5, phi: 1), period: 4))
    }

    /// Without trend and damping the polynomial has the level's unit root z = 1, which is
    /// allowed: R's optimum for ETS(A,N,A) on USAccDeaths (α = 0.595, γ = 0.002) is
    /// admissible; pushing γ far past 1 − α is not.
    @Test func levelUnitRootAllowed() {
        #expect(Admissibility.isAdmissibleSeasonal(ETSParameters(alpha: 0.5946, gamma: 0.00203), period: 12))
        #expect(Admissibility.isAdmissibleSeasonal(ETSParameters(alpha: 0.2, gamma: 0.3), period: 4))
        #expect(!Admissibility.isAdmissibleSeasonal(ETSParameters(alpha: 0.9, gamma: 1.9), period: 4))
    }
}
