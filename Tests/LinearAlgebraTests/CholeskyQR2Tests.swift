import Foundation
import Testing
@testable import LinearAlgebra

/// The long-data path: CholeskyQR2 must give what Householder QR gives, and step aside
/// whenever its accuracy guarantee cannot be shown.
@Suite("CholeskyQR2 for long data")
struct CholeskyQR2Tests {
    /// 20,000 × 6 (3,333 rows per column, so the path applies), columns of very different
    /// magnitudes.
    static func longProblem(seed: UInt64 = 501) -> (Matrix, [Double]) {
        LeastSquaresTests.wellConditionedProblem(n: 20_000, p: 6, seed: seed)
    }

    /// `‖S⁻¹(β − β_ref)‖` and `‖S⁻¹β_ref‖` for the column scales `S` of `x`: the coefficients'
    /// error and size in the scaled design, the measure the solver's error estimate bounds.
    static func scaledError(_ x: Matrix, _ solution: LeastSquares.Solution,
                            _ reference: LeastSquares.Solution) throws -> (error: Double, size: Double) {
        let scales = try LeastSquares.columnScales(x)
        let error = zip(zip(solution.coefficients, reference.coefficients), scales)
            .reduce(0) { $0 + pow(($1.0.0 - $1.0.1) / $1.1, 2) }.squareRoot()
        let size = zip(reference.coefficients, scales).reduce(0) { $0 + pow($1.0 / $1.1, 2) }.squareRoot()
        return (error, size)
    }

    /// The triangle, `Qᵀy` and the residual norm agree with LAPACK's Householder QR of the same
    /// scaled `[X y]` up to the signs of the rows (each row of `R` is fixed up to ±1).
    @Test func matchesHouseholderQR() throws {
        let (x, y) = Self.longProblem()
        #expect(CholeskyQR2.applies(rows: x.rows, columns: x.columns))
        let fast = try #require(try CholeskyQR2.reduce(x, y))
        let scales = try LeastSquares.columnScales(x)
        #expect(fast.scales == scales)
        var augmented = try #require(LeastSquares.scaledAugmented(x, scales: scales, y))
        let householder = try LeastSquares.upperTriangleOfQR(&augmented, order: x.columns)
        let p = x.columns
        for i in 0..<p {
            let sign: Double = (fast.triangle.r[i, i] > 0) == (householder.r[i, i] > 0) ? 1 : -1
            for j in i..<p {
                #expect(abs(fast.triangle.r[i, j] - sign * householder.r[i, j]) <= 1e-13 * abs(householder.r[i, i]),
                        "R[\(i), \(j)]")
            }
            #expect(abs(fast.triangle.qty[i] - sign * householder.qty[i]) <= 1e-13 * abs(householder.residualNorm),
                    "(Qᵀy)[\(i)]")
        }
        #expect(abs(fast.triangle.residualNorm - abs(householder.residualNorm)) <= 1e-13 * abs(householder.residualNorm))
    }

    /// Through `LeastSquares.solve`, the long-data path reproduces the double-double solution:
    /// the coefficients of the column-scaled design to 1e-13 in norm (the measure the solver's
    /// error estimate bounds, and which it does bound here), the residual sum of squares and
    /// the diagonal of `(XᵀX)⁻¹` to 1e-13 relative.
    @Test func solveMatchesDoubleDouble() throws {
        let (x, y) = Self.longProblem(seed: 503)
        let double = try LeastSquares.solve(x, y, options: .init(precision: .double))
        let extended = try LeastSquares.solve(x, y, options: .init(precision: .extended))
        let (error, size) = try Self.scaledError(x, double, extended)
        #expect(error <= 1e-13 * size)
        #expect(error <= double.doublePrecisionErrorEstimate * size)
        for j in 0..<x.columns {
            let variance = extended.unscaledCovariance[j, j]
            #expect(abs(double.unscaledCovariance[j, j] - variance) <= 1e-13 * variance, "(XᵀX)⁻¹[\(j), \(j)]")
        }
        #expect(abs(double.residualSumOfSquares - extended.residualSumOfSquares) <= 1e-13 * extended.residualSumOfSquares)
    }

    /// Two columns that differ by 1e-7 of their size make `κ₂ ≈ 10⁷`, far beyond what the
    /// guarantee allows for 20,000 rows: the path declines and the solver's Householder QR
    /// still reaches the double-double answer.
    @Test func illConditionedDataFallsBack() throws {
        var (x, y) = Self.longProblem(seed: 505)
        let n = x.rows
        let noise = randomVector(n, seed: 506)
        for i in 0..<n { x[i, 2] = x[i, 1] * (1 + 1e-7 * noise[i]) }
        #expect(try CholeskyQR2.reduce(x, y) == nil)
        let automatic = try LeastSquares.solve(x, y)
        let extended = try LeastSquares.solve(x, y, options: .init(precision: .extended))
        for j in 0..<x.columns {
            let reference = extended.coefficients[j]
            #expect(abs(automatic.coefficients[j] - reference) <= 1e-10 * abs(reference), "β\(j)")
        }
    }

    /// A response that the design fits almost exactly makes `[X y]` ill-conditioned although
    /// `X` is not: the path declines rather than lose the residual in the Gram matrix.
    @Test func nearlyExactFitFallsBack() throws {
        let (x, _) = Self.longProblem(seed: 507)
        let beta = [1.5, -2, 0.25, 3, -0.5, 1]
        var y = try x.multiplied(by: beta)
        let noise = randomVector(x.rows, seed: 508)
        for i in 0..<x.rows { y[i] += 1e-9 * noise[i] }
        #expect(try CholeskyQR2.reduce(x, y) == nil)
        let solution = try LeastSquares.solve(x, y)
        #expect(maxAbsDifference(solution.coefficients, beta) < 1e-8)
    }

    /// A long design with a duplicated column is still reported as rank-deficient, and long
    /// data with a NaN still throws, by way of the Householder path.
    @Test func rankDeficiencyAndNonFiniteValuesAreStillReported() throws {
        var (x, y) = Self.longProblem(seed: 509)
        var duplicated = x
        for i in 0..<x.rows { duplicated[i, 4] = duplicated[i, 3] }
        #expect(try CholeskyQR2.reduce(duplicated, y) == nil)
        let deficiency = linearAlgebraError { _ = try LeastSquares.solve(duplicated, y) }?.rankDeficiency
        #expect(deficiency?.rank == 5)
        x[7_000, 2] = .nan
        #expect(try CholeskyQR2.reduce(x, y) == nil)
        #expect(linearAlgebraError { _ = try LeastSquares.solve(x, y) }?.isNonFinite == true)
        y[19_999] = .infinity
        #expect(linearAlgebraError { _ = try LeastSquares.solve(Self.longProblem(seed: 509).0, y) }?.isNonFinite == true)
    }
}

extension CholeskyQR2Tests {
    /// Near the edge of the guarantee (two columns that differ by 2·10⁻³ of their size, `κ₂`
    /// in the hundreds) the path is still taken and still agrees with double-double within
    /// the solver's own error estimate (here: κ₁ ≈ 1,800, error 4.5·10⁻¹⁴ against an estimate
    /// of 1.3·10⁻¹⁰).
    @Test func conditionedDataWithinTheGuaranteeStaysAccurate() throws {
        var (x, y) = Self.longProblem(seed: 511)
        let noise = randomVector(x.rows, seed: 512)
        for i in 0..<x.rows { x[i, 2] = x[i, 1] * (1 + 2e-3 * noise[i]) }
        #expect(try CholeskyQR2.reduce(x, y) != nil)
        let double = try LeastSquares.solve(x, y, options: .init(precision: .double))
        let extended = try LeastSquares.solve(x, y, options: .init(precision: .extended))
        let (error, size) = try Self.scaledError(x, double, extended)
        #expect(error <= double.doublePrecisionErrorEstimate * size)
    }
}
