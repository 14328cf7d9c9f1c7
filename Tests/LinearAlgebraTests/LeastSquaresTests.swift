import Foundation
import Testing
@testable import LinearAlgebra

@Suite("Least squares")
struct LeastSquaresTests {
    /// A well-conditioned n × p design: an intercept and p − 1 random columns with different
    /// magnitudes (so the column scaling and pivoting are exercised), and a random response.
    static func wellConditionedProblem(n: Int = 40, p: Int = 4, seed: UInt64 = 61) -> (Matrix, [Double]) {
        var x = randomMatrix(rows: n, columns: p, seed: seed)
        let magnitudes = [1.0, 300, 0.02, 7, 1e4, 0.5]
        for i in 0..<n { x[i, 0] = 1 }
        for j in 1..<p {
            for i in 0..<n { x[i, j] *= magnitudes[j % magnitudes.count] }
        }
        let y = randomVector(n, seed: seed + 1).map { 10 + 3 * $0 }
        return (x, y)
    }

    /// y = 3 + 2x on x = 0…9 lies exactly on a line: β = (3, 2), zero residuals.
    @Test(arguments: [LeastSquares.Precision.double, .extended, .automatic])
    func exactLineFit(_ precision: LeastSquares.Precision) throws {
        let xs = (0..<10).map(Double.init)
        let x = try Matrix(columns: [Array(repeating: 1, count: 10), xs])
        let y = xs.map { 3 + 2 * $0 }
        let solution = try LeastSquares.solve(x, y, options: .init(precision: precision))
        #expect(maxAbsDifference(solution.coefficients, [3, 2]) < 1e-13)
        #expect(solution.residuals.count == 10)
        #expect(solution.residuals.allSatisfy { abs($0) < 1e-12 })
        #expect(solution.residualSumOfSquares < 1e-24)
    }

    /// The least-squares solution is characterised by the normal equations Xᵀ(y − Xβ) = 0.
    /// The check uses plain loops and is relative to ‖X‖·‖y‖; residuals and RSS must match
    /// y − Xβ computed independently.
    @Test(arguments: [LeastSquares.Precision.double, .extended])
    func normalEquationsHold(_ precision: LeastSquares.Precision) throws {
        let (x, y) = Self.wellConditionedProblem()
        let solution = try LeastSquares.solve(x, y, options: .init(precision: precision))
        let residuals = (0..<x.rows).map { i in
            y[i] - (0..<x.columns).reduce(0.0) { $0 + x[i, $1] * solution.coefficients[$1] }
        }
        #expect(maxAbsDifference(solution.residuals, residuals) < 1e-12)
        #expect(abs(solution.residualSumOfSquares - residuals.reduce(0) { $0 + $1 * $1 })
            < 1e-12 * solution.residualSumOfSquares)
        for j in 0..<x.columns {
            let column = x.column(j)
            let dot = zip(column, residuals).reduce(0.0) { $0 + $1.0 * $1.1 }
            #expect(abs(dot) < 1e-12 * norm(column) * norm(y), "column \(j)")
        }
    }

    /// For a well-conditioned design, solving XᵀXβ = Xᵀy by Cholesky agrees with the QR-based
    /// solution, and (XᵀX)⁻¹ from the Cholesky factor equals the unscaled covariance.
    @Test(arguments: [LeastSquares.Precision.double, .extended])
    func matchesCholeskyOfNormalEquations(_ precision: LeastSquares.Precision) throws {
        let (x, y) = Self.wellConditionedProblem()
        let gram = naiveProduct(naiveTranspose(x), x)
        let xty = (0..<x.columns).map { j in (0..<x.rows).reduce(0.0) { $0 + x[$1, j] * y[$1] } }
        let cholesky = try Cholesky(gram)
        let reference = try cholesky.solve(Matrix(columns: [xty])).column(0)
        let referenceInverse = try cholesky.inverse()

        let solution = try LeastSquares.solve(x, y, options: .init(precision: precision))
        for j in 0..<x.columns {
            #expect(abs(solution.coefficients[j] - reference[j]) <= 1e-10 * abs(reference[j]), "β\(j)")
        }
        let covariance = solution.unscaledCovariance
        #expect(covariance.rows == x.columns && covariance.columns == x.columns)
        for i in 0..<x.columns {
            for j in 0..<x.columns {
                // Relative to the diagonal scale √(cᵢᵢ cⱼⱼ), since off-diagonal entries can be ~0.
                let scale = (referenceInverse[i, i] * referenceInverse[j, j]).squareRoot()
                #expect(abs(covariance[i, j] - referenceInverse[i, j]) <= 1e-10 * scale, "(\(i), \(j))")
            }
        }
        #expect(covariance == covariance.transposed)
    }

    /// The three precision policies agree on a well-conditioned problem; `.automatic` stays in
    /// double precision when the estimated error is below the default target 1e−14.
    @Test func precisionPoliciesAgree() throws {
        let (x, y) = Self.wellConditionedProblem(n: 30, p: 5, seed: 71)
        let double = try LeastSquares.solve(x, y, options: .init(precision: .double))
        let extended = try LeastSquares.solve(x, y, options: .init(precision: .extended))
        let automatic = try LeastSquares.solve(x, y)
        #expect(!double.usedExtendedPrecision)
        #expect(extended.usedExtendedPrecision)
        #expect(automatic.usedExtendedPrecision == (automatic.doublePrecisionErrorEstimate > 1e-14))
        for j in 0..<x.columns {
            let reference = extended.coefficients[j]
            #expect(abs(double.coefficients[j] - reference) <= 1e-13 * abs(reference), "β\(j)")
            #expect(abs(automatic.coefficients[j] - reference) <= 1e-13 * abs(reference), "β\(j)")
        }
        #expect(abs(double.residualSumOfSquares - extended.residualSumOfSquares)
            <= 1e-13 * extended.residualSumOfSquares)
        for k in 0..<(x.columns * x.columns) {
            let reference = extended.unscaledCovariance.storage[k]
            let scale = maxAbs(extended.unscaledCovariance)
            #expect(abs(double.unscaledCovariance.storage[k] - reference) <= 1e-13 * scale)
        }
    }

    // MARK: Rank deficiency

    /// Duplicating column 1 as column 2 gives rank 2 of 3; the reported dependency expresses
    /// one copy as exactly 1 × the other (either copy may be chosen as dependent).
    @Test func duplicatedColumnIsReported() throws {
        let xs = randomVector(12, seed: 81).map { 5 + $0 }
        let x = try Matrix(columns: [Array(repeating: 1, count: 12), xs, xs])
        let error = linearAlgebraError { _ = try LeastSquares.solve(x, randomVector(12, seed: 82)) }
        let deficiency = try #require(error?.rankDeficiency)
        #expect(deficiency.rank == 2)
        #expect(deficiency.columnCount == 3)
        #expect(deficiency.dependencies.count == 1)
        let dependency = try #require(deficiency.dependencies.first)
        #expect(dependency.column == 1 || dependency.column == 2)
        #expect(dependency.combination.count == 1)
        let term = try #require(dependency.combination.first)
        #expect(term.column == 3 - dependency.column)
        #expect(abs(term.weight - 1) < 1e-9)
    }

    /// Column 3 = 2·x1 − 3·x2 on 16 rows built from orthogonal ±1 (Walsh) vectors:
    /// ones, h₁ = (+1×8, −1×8), h₂ = (+1×4, −1×4, +1×4, −1×4). With x1 = (63/128)h₁ and
    /// x2 = (5/64)h₂ every value is exact, and the column norms are ‖ones‖ = 4,
    /// ‖x1‖ = 1.96875, ‖x2‖ = 0.3125, ‖x3‖ = 4·√(0.984375² + 0.234375²) ≈ 4.048.
    /// After scaling to [1, 2) they are 1, 1.969, 1.25, 1.012, so pivoting takes x1, then x2
    /// (x3's remainder −3·x2 has scaled norm 0.234), then ones, and x3 (remainder 0) comes
    /// last: the dependent column is 3 with weights 2 on column 1 and −3 on column 2, and the
    /// intercept's weight (0) is omitted. The columns also have different power-of-two
    /// scales (1, 4, 1/4), so the weights must be converted back to the original units.
    @Test func linearCombinationIsReported() throws {
        let h1 = (0..<16).map { $0 < 8 ? 1.0 : -1.0 }
        let h2 = (0..<16).map { ($0 / 4) % 2 == 0 ? 1.0 : -1.0 }
        let x1 = h1.map { $0 * 63 / 128 }, x2 = h2.map { $0 * 5 / 64 }
        let x3 = zip(x1, x2).map { 2 * $0 - 3 * $1 }
        let x = try Matrix(columns: [Array(repeating: 1, count: 16), x1, x2, x3])
        let y = (0..<16).map { Double($0 % 5) }
        let error = linearAlgebraError { _ = try LeastSquares.solve(x, y) }
        let deficiency = try #require(error?.rankDeficiency)
        #expect(deficiency.rank == 3 && deficiency.columnCount == 4)
        let dependency = try #require(deficiency.dependencies.first)
        #expect(deficiency.dependencies.count == 1)
        #expect(dependency.column == 3)
        #expect(dependency.combination.map(\.column) == [1, 2])
        let weights = dependency.combination.map(\.weight)
        #expect(weights.count == 2)
        if weights.count == 2 {
            #expect(abs(weights[0] - 2) < 1e-9)
            #expect(abs(weights[1] + 3) < 1e-9)
        }
    }

    /// A zero column is dependent on nothing: it is reported with an empty combination.
    @Test func zeroColumnIsReported() throws {
        let xs = (0..<8).map(Double.init)
        let x = try Matrix(columns: [Array(repeating: 1, count: 8), Array(repeating: 0, count: 8), xs])
        let error = linearAlgebraError { _ = try LeastSquares.solve(x, xs.map { $0 * $0 }) }
        let deficiency = try #require(error?.rankDeficiency)
        #expect(deficiency.rank == 2)
        #expect(deficiency.dependencies.map(\.column) == [1])
        #expect(deficiency.dependencies.first?.combination.isEmpty == true)
    }

    // MARK: Input validation

    /// Least squares needs n > p, p > 0 and one response per row.
    @Test func dimensionChecks() throws {
        let square = randomMatrix(rows: 3, columns: 3, seed: 91)
        #expect(linearAlgebraError { _ = try LeastSquares.solve(square, [1, 2, 3]) }?.isDimensionMismatch == true)
        let wide = randomMatrix(rows: 2, columns: 3, seed: 92)
        #expect(linearAlgebraError { _ = try LeastSquares.solve(wide, [1, 2]) }?.isDimensionMismatch == true)
        let tall = randomMatrix(rows: 5, columns: 2, seed: 93)
        #expect(linearAlgebraError { _ = try LeastSquares.solve(tall, [1, 2, 3]) }?.isDimensionMismatch == true)
        #expect(linearAlgebraError {
            _ = try LeastSquares.solve(Matrix(rows: 5, columns: 0), [1, 2, 3, 4, 5])
        }?.isDimensionMismatch == true)
    }

    @Test func nonFiniteInputThrows() throws {
        var x = randomMatrix(rows: 6, columns: 2, seed: 94)
        let y = randomVector(6, seed: 95)
        var badY = y
        badY[3] = .nan
        #expect(linearAlgebraError { _ = try LeastSquares.solve(x, badY) }?.isNonFinite == true)
        badY[3] = -.infinity
        #expect(linearAlgebraError { _ = try LeastSquares.solve(x, badY) }?.isNonFinite == true)
        x[2, 1] = .nan
        #expect(linearAlgebraError { _ = try LeastSquares.solve(x, y) }?.isNonFinite == true)
    }

    /// The low-order part must have exactly the design's shape.
    @Test func lowOrderPartShapeIsChecked() throws {
        let x = randomMatrix(rows: 6, columns: 2, seed: 96)
        let y = randomVector(6, seed: 97)
        for shape in [(6, 3), (5, 2), (2, 6)] {
            let low = Matrix(rows: shape.0, columns: shape.1)
            #expect(linearAlgebraError {
                _ = try LeastSquares.solve(x, lowOrderPart: low, y, options: .init(precision: .extended))
            }?.isDimensionMismatch == true, "\(shape)")
        }
    }

    // MARK: Extended precision

    /// NIST StRD "Wampler1" construction: x = 0, 1, …, 20 and y = 1 + x + x² + x³ + x⁴ + x⁵,
    /// fitted with the degree-5 polynomial design [1, x, …, x⁵]. The fit is exact, so the
    /// certified coefficients are all 1 and the residuals are 0. Every xᵏ here is an integer
    /// below 2⁵³ (20⁵ = 3.2·10⁶), so the powers from `DoubleDouble.power` are exact and their
    /// low-order parts are zero; passing them still exercises the `lowOrderPart` path. The
    /// design is badly conditioned, which is what the double-double solver is for.
    static func wampler1() throws -> (x: Matrix, low: Matrix, y: [Double]) {
        let xs = (0...20).map(Double.init)
        let powers = (0...5).map { k in xs.map { DoubleDouble.power($0, k) } }
        let x = try Matrix(columns: powers.map { $0.map(\.hi) })
        let low = try Matrix(columns: powers.map { $0.map(\.lo) })
        // Integer arithmetic: 1 + 20 + … + 20⁵ = 3 368 421 is far below 2⁵³, so y is exact.
        let y = (0...20).map { v in Double((0...5).reduce(0) { sum, k in sum + (0..<k).reduce(1) { p, _ in p * v } }) }
        return (x, low, y)
    }

    /// A design whose exact entries need more than 53 bits, so `lowOrderPart` matters.
    /// With xᵢ = 2¹⁴ + i (i = 0…9), c1ᵢ = xᵢ⁴ is a 57-bit integer (odd for odd i), and
    /// c2ᵢ = c1ᵢ − dᵢ with dᵢ = (i² + 1)·2⁴⁰ + 3i + 5 (a double). Then y = d = c1 − c2 exactly,
    /// so with the exact design [1, c2, c1] the solution is β = (0, −1, 1) with zero residual.
    /// The entries are formed in Int128 and split as hi = nearest double, lo = remainder.
    static func lowOrderProblem() -> (columns: [(hi: [Double], lo: [Double])], y: [Double]) {
        func split(_ values: [Int128]) -> (hi: [Double], lo: [Double]) {
            let hi = values.map { Double($0) }
            let lo = zip(values, hi).map { Double($0 - Int128($1)) }
            return (hi, lo)
        }
        let c1 = (0..<10).map { i -> Int128 in let x = Int128(16384 + i); return x * x * x * x }
        let d = (0..<10).map { i -> Int128 in Int128(i * i + 1) << 40 + Int128(3 * i + 5) }
        let c2 = zip(c1, d).map { $0 - $1 }
        let ones = (hi: [Double](repeating: 1, count: 10), lo: [Double](repeating: 0, count: 10))
        return ([ones, split(c2), split(c1)], d.map { Double($0) })
    }

    /// Solved with `.extended` and the low-order part, the exact β = (0, −1, 1) is recovered;
    /// both column orders are tried, and since pivoting reorders columns by their scaled norms
    /// (independently of the order given), the low-order part must travel with its column. Without the low-order part
    /// the design is the rounded one, whose exact least-squares solution (from exact rational
    /// arithmetic on the normal equations) has intercept −3848.309665911758…: the low-order
    /// part changes the answer by far more than any tolerance used here.
    @Test(arguments: [[0, 1, 2], [0, 2, 1]])
    func lowOrderPartIsUsed(order: [Int]) throws {
        let (columns, y) = Self.lowOrderProblem()
        let x = try Matrix(columns: order.map { columns[$0].hi })
        let low = try Matrix(columns: order.map { columns[$0].lo })
        #expect(low.storage.contains { $0 != 0 })
        let exact: [Double] = [0, -1, 1]
        let expected = order.map { exact[$0] }

        let solution = try LeastSquares.solve(x, lowOrderPart: low, y, options: .init(precision: .extended))
        #expect(abs(solution.coefficients[0]) < 1e-6, "intercept \(solution.coefficients[0])")
        for j in 1..<3 {
            #expect(abs(solution.coefficients[j] - expected[j]) < 1e-14, "β\(j) = \(solution.coefficients[j])")
        }

        let rounded = try LeastSquares.solve(x, y, options: .init(precision: .extended))
        #expect(abs(rounded.coefficients[0] - -3848.309665911758) < 1e-6 * 3848.3)
    }

    /// Column scaling by powers of two must stay finite for a column whose norm is in the
    /// subnormal range: c = i·2⁻¹⁰⁶⁰ (i = 0…7, exact subnormals) with y = i·2⁻⁶⁰ gives
    /// β = (0, 2¹⁰⁰⁰), a finite answer. (2¹⁰⁵⁷ as the equilibrating scale is not a double.)
    @Test func subnormalColumnIsScaledFinitely() throws {
        let i = (0..<8).map(Double.init)
        let x = try Matrix(columns: [[Double](repeating: 1, count: 8), i.map { $0 * 0x1p-1060 }])
        let y = i.map { $0 * 0x1p-60 }
        let error = linearAlgebraError {
            let solution = try LeastSquares.solve(x, y, options: .init(precision: .double))
            #expect(abs(solution.coefficients[0]) < 1e-25)
            #expect(abs(solution.coefficients[1] / 0x1p1000 - 1) < 1e-14)
        }
        #expect(error == nil, "\(String(describing: error))")
    }

    @Test func wampler1ExtendedPrecision() throws {
        let (x, low, y) = try Self.wampler1()
        let solution = try LeastSquares.solve(x, lowOrderPart: low, y, options: .init(precision: .extended))
        #expect(solution.usedExtendedPrecision)
        for (j, beta) in solution.coefficients.enumerated() {
            #expect(abs(beta - 1) < 1e-14, "β\(j) = \(beta)")
        }
        #expect(solution.residuals.allSatisfy { abs($0) < 1e-8 })
        #expect(solution.residualSumOfSquares < 1e-16)
    }

    /// With `.automatic`, the estimated double-precision error decides the solver; either way
    /// the result must reach the documented target of 1e−14 relative error on Wampler1.
    @Test func wampler1Automatic() throws {
        let (x, low, y) = try Self.wampler1()
        let solution = try LeastSquares.solve(x, lowOrderPart: low, y)
        #expect(solution.usedExtendedPrecision == (solution.doublePrecisionErrorEstimate > 1e-14))
        #expect(solution.scaledConditionEstimate > 1)
        for (j, beta) in solution.coefficients.enumerated() {
            #expect(abs(beta - 1) < 1e-13, "β\(j) = \(beta)")
        }
    }
}
