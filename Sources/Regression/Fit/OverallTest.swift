import LinearAlgebra
import Statistics

/// The F test that every coefficient except the intercept is zero.
///
/// Under the classical covariance it is `(explained / df_model) / (RSS / df_resid)`; under a
/// robust covariance it is the Wald statistic `β̂ᵀV⁻¹β̂ / q` on those coefficients, as
/// statsmodels reports for robust fits.
struct OverallTest: Sendable {
    let statistic: Double
    /// The statistic's distribution under the null; `nil` when there is nothing to test.
    let reference: FDistribution?

    /// `P(F > statistic)`, computed when read (`.nan` when there is nothing to test).
    var pValue: Double { reference.map { $0.survival(statistic) } ?? .nan }

    init(coefficients: [Double], covariance: Matrix, hasIntercept: Bool, robust: Bool,
         explained: Double, rss: Double, modelDF: Double, residualDF: Double) throws {
        let tested = Array((hasIntercept ? 1 : 0)..<coefficients.count)
        guard !tested.isEmpty, modelDF > 0 else {
            statistic = .nan
            reference = nil
            return
        }
        if robust {
            var block = Matrix(rows: tested.count, columns: tested.count)
            for (a, i) in tested.enumerated() { for (b, j) in tested.enumerated() { block[a, b] = covariance[i, j] } }
            let beta = try Matrix(columns: [tested.map { coefficients[$0] }])
            let solved = try Cholesky(block).solve(beta)
            let quadratic = zip(beta.storage, solved.storage).reduce(0) { $0 + $1.0 * $1.1 }
            statistic = quadratic / Double(tested.count)
            reference = try FDistribution(numeratorDegreesOfFreedom: Double(tested.count), denominatorDegreesOfFreedom: residualDF)
        } else {
            statistic = (explained / modelDF) / (rss / residualDF)
            reference = try FDistribution(numeratorDegreesOfFreedom: modelDF, denominatorDegreesOfFreedom: residualDF)
        }
    }
}
