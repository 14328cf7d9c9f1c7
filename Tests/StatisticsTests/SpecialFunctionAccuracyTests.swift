import Testing
import Statistics

/// The special functions against the SciPy/mpmath reference values.
@Suite("Special functions against SciPy/mpmath")
struct SpecialFunctionAccuracyTests {
    let reference = ReferenceData.shared

    @Test func incompleteBeta() {
        var lower = Accuracy("betainc")
        var upper = Accuracy("betaincc")
        for point in reference.betainc {
            let context = "a=\(point.a) b=\(point.b) x=\(point.x)"
            lower.check(SpecialFunctions.regularizedIncompleteBeta(a: point.a, b: point.b, x: point.x),
                        point.lower, context)
            upper.check(SpecialFunctions.regularizedIncompleteBetaComplement(a: point.a, b: point.b, x: point.x),
                        point.upper, context)
        }
        #expect(reference.betainc.contains { $0.a >= 1e6 && $0.b >= 1e6 })
        #expect(lower.count > 50)
        lower.report()
        upper.report()
    }

    @Test func incompleteGamma() {
        var lower = Accuracy("gammainc")
        var upper = Accuracy("gammaincc")
        for point in reference.gammainc {
            let context = "a=\(point.a) x=\(point.x)"
            lower.check(SpecialFunctions.regularizedGammaP(a: point.a, x: point.x), point.lower, context)
            upper.check(SpecialFunctions.regularizedGammaQ(a: point.a, x: point.x), point.upper, context)
        }
        #expect(reference.gammainc.contains { $0.a >= 1e6 })
        #expect(lower.count > 50)
        lower.report()
        upper.report()
    }

    @Test func logGammaAndLogBeta() {
        var gamma = Accuracy("gammaln")
        for point in reference.gammaln {
            gamma.check(SpecialFunctions.logGamma(point.input), point.expected, "x=\(point.input)")
        }
        var beta = Accuracy("betaln")
        for point in reference.betaln {
            beta.check(SpecialFunctions.logBeta(point.a, point.b), point.expected, "a=\(point.a) b=\(point.b)")
        }
        #expect(gamma.count > 5 && beta.count > 5)
        gamma.report()
        beta.report()
    }

    /// The reference file records which points needed mpmath instead of SciPy.
    @Test func referenceProvenance() {
        #expect(reference.meta.scipy == "1.17.1")
        #expect(reference.meta.mpmath == "1.3.0")
        let flagged = reference.betainc.filter { $0.source == "mpmath" }.count
            + reference.gammainc.filter { $0.source == "mpmath" }.count
        #expect(flagged <= reference.meta.replaced)
    }
}
