import Testing
@testable import LinearAlgebra

@Suite("BLAS products")
struct ProductTests {
    // A = [[1,2,3],[4,5,6]] (2×3), B = [[7,8],[9,10],[11,12]] (3×2).
    // By hand: A·B = [[1·7+2·9+3·11, 1·8+2·10+3·12], [4·7+5·9+6·11, 4·8+5·10+6·12]]
    //              = [[58, 64], [139, 154]].
    static let a = try! Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
    static let b = try! Matrix(rowMajor: [[7, 8], [9, 10], [11, 12]])
    static let ab = try! Matrix(rowMajor: [[58, 64], [139, 154]])

    /// All four transpose combinations compute the same 2×3·3×2 product when the operands are
    /// stored transposed accordingly; the stored shapes differ, so wrong leading dimensions
    /// or a flag applied to the wrong operand would change the result.
    @Test(arguments: [(Transpose.none, Transpose.none), (.transposed, .none),
                      (.none, .transposed), (.transposed, .transposed)])
    func dgemmTransposeCombinations(_ ta: Transpose, _ tb: Transpose) throws {
        let left = ta == .none ? Self.a : try Matrix(rowMajor: [[1, 4], [2, 5], [3, 6]])
        let right = tb == .none ? Self.b : try Matrix(rowMajor: [[7, 9, 11], [8, 10, 12]])
        let product = try left.multiplied(by: right, transposeSelf: ta, transposeOther: tb)
        #expect(product == Self.ab)
    }

    /// The other order, B·A, is 3×3: [[7+32, 14+40, 21+48], [9+40, 18+50, 27+60], [11+48, 22+60, 33+72]].
    @Test func dgemmOuterShape() throws {
        let product = try Self.b.multiplied(by: Self.a)
        #expect(product == (try Matrix(rowMajor: [[39, 54, 69], [49, 68, 87], [59, 82, 105]])))
    }

    /// A·Aᵀ for A above: rows (1,2,3) and (4,5,6) give [[14, 32], [32, 77]]; Aᵀ·A is 3×3.
    @Test func dgemmWithSameOperand() throws {
        #expect(try Self.a.multiplied(by: Self.a, transposeOther: .transposed)
            == (try Matrix(rowMajor: [[14, 32], [32, 77]])))
        #expect(try Self.a.multiplied(by: Self.a, transposeSelf: .transposed)
            == (try Matrix(rowMajor: [[17, 22, 27], [22, 29, 36], [27, 36, 45]])))
    }

    /// A random product against a loop implementation (tolerance for summation order).
    @Test func dgemmRandomAgainstLoops() throws {
        let x = randomMatrix(rows: 7, columns: 5, seed: 11)
        let y = randomMatrix(rows: 5, columns: 4, seed: 12)
        let product = try x.multiplied(by: y)
        #expect(maxAbsDifference(product, naiveProduct(x, y)) < 1e-14)
        let viaTransposes = try y.multiplied(by: x, transposeSelf: .transposed, transposeOther: .transposed)
        #expect(maxAbsDifference(viaTransposes, naiveTranspose(naiveProduct(x, y))) < 1e-14)
    }

    /// X = [[1,0,2],[0,1,1],[1,1,0],[2,0,1]] has columns c0=(1,0,1,2), c1=(0,1,1,0), c2=(2,1,0,1):
    /// c0·c0=6, c0·c1=1, c0·c2=4, c1·c1=2, c1·c2=1, c2·c2=6, so XᵀX = [[6,1,4],[1,2,1],[4,1,6]],
    /// and both triangles must be filled.
    @Test func gramEqualsXTransposeX() throws {
        let x = try Matrix(rowMajor: [[1, 0, 2], [0, 1, 1], [1, 1, 0], [2, 0, 1]])
        let gram = try x.gram()
        #expect(gram == (try Matrix(rowMajor: [[6, 1, 4], [1, 2, 1], [4, 1, 6]])))
        #expect(gram == gram.transposed)
    }

    @Test func gramRandomAgainstLoops() throws {
        let x = randomMatrix(rows: 9, columns: 4, seed: 13)
        let gram = try x.gram()
        let reference = naiveProduct(naiveTranspose(x), x)
        #expect(maxAbsDifference(gram, reference) < 1e-14)
        for i in 0..<4 {
            for j in 0..<4 { #expect(gram[i, j] == gram[j, i]) }
        }
    }

    /// A·(1,0,−1) = (1−3, 4−6) = (−2, −2); Aᵀ·(2,1) = (2+4, 4+5, 6+6) = (6, 9, 12).
    @Test func matrixVectorBothWays() throws {
        #expect(try Self.a.multiplied(by: [1, 0, -1]) == [-2, -2])
        #expect(try Self.a.multiplied(by: [2, 1], transpose: .transposed) == [6, 9, 12])
        let x = randomMatrix(rows: 6, columns: 3, seed: 14)
        let v = randomVector(6, seed: 15)
        let reference = (0..<3).map { j in (0..<6).reduce(0.0) { $0 + x[$1, j] * v[$1] } }
        #expect(maxAbsDifference(try x.multiplied(by: v, transpose: .transposed), reference) < 1e-14)
    }

    @Test func mismatchedDimensionsThrow() {
        #expect(linearAlgebraError { _ = try Self.a.multiplied(by: Self.a) }?.isDimensionMismatch == true)
        #expect(linearAlgebraError {
            _ = try Self.a.multiplied(by: Self.b, transposeSelf: .transposed)
        }?.isDimensionMismatch == true)
        #expect(linearAlgebraError { _ = try Self.a.multiplied(by: [1, 2]) }?.isDimensionMismatch == true)
        #expect(linearAlgebraError {
            _ = try Self.a.multiplied(by: [1, 2, 3], transpose: .transposed)
        }?.isDimensionMismatch == true)
    }

    /// Products with a zero dimension: an inner dimension of zero is an empty sum, so the
    /// result is a zero matrix of the outer shape.
    @Test func emptyDimensions() throws {
        let p1 = try Matrix(rows: 0, columns: 3).multiplied(by: Self.b)
        #expect(p1.rows == 0 && p1.columns == 2)
        let p2 = try Matrix(rows: 2, columns: 0).multiplied(by: Matrix(rows: 0, columns: 3))
        #expect(p2 == Matrix(rows: 2, columns: 3))
        let p3 = try Self.a.multiplied(by: Matrix(rows: 3, columns: 0))
        #expect(p3.rows == 2 && p3.columns == 0)
        #expect(try Matrix(rows: 0, columns: 3).gram() == Matrix(rows: 3, columns: 3))
        #expect(try Matrix(rows: 4, columns: 0).gram() == Matrix(rows: 0, columns: 0))
        #expect(try Matrix(rows: 2, columns: 0).multiplied(by: []) == [0, 0])
        #expect(try Matrix(rows: 0, columns: 2).multiplied(by: [], transpose: .transposed) == [0, 0])
    }
}
