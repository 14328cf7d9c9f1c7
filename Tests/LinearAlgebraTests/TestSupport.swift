import Foundation
import LinearAlgebra
import TestSupport


/// A `rows × columns` matrix with entries uniform in `[-1, 1)`.
func randomMatrix(rows: Int, columns: Int, seed: UInt64) -> Matrix {
    var generator = SplitMix64(seed: seed)
    var matrix = Matrix(rows: rows, columns: columns)
    for j in 0..<columns {
        for i in 0..<rows { matrix[i, j] = Double.random(in: -1..<1, using: &generator) }
    }
    return matrix
}

/// A vector with entries uniform in `[-1, 1)`.
func randomVector(_ count: Int, seed: UInt64) -> [Double] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in Double.random(in: -1..<1, using: &generator) }
}

/// The largest absolute element-wise difference; infinite when the shapes differ, so a shape
/// error can never pass a tolerance check.
func maxAbsDifference(_ a: Matrix, _ b: Matrix) -> Double {
    guard a.rows == b.rows, a.columns == b.columns else { return .infinity }
    return zip(a.storage, b.storage).map { abs($0 - $1) }.max() ?? 0
}

/// The largest absolute element-wise difference of two vectors (infinite for different lengths).
func maxAbsDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}

/// The largest absolute element.
func maxAbs(_ a: Matrix) -> Double { a.storage.map(abs).max() ?? 0 }

/// Euclidean norm.
func norm(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 }.squareRoot() }

/// A matrix product computed with plain loops, independent of BLAS, used as a reference
/// where a test needs `A·B` of a matrix produced by the code under test.
func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.columns == b.rows)
    var c = Matrix(rows: a.rows, columns: b.columns)
    for i in 0..<a.rows {
        for j in 0..<b.columns {
            var sum = 0.0
            for k in 0..<a.columns { sum += a[i, k] * b[k, j] }
            c[i, j] = sum
        }
    }
    return c
}

/// The transpose, computed with plain loops (independent of `Matrix.transposed`).
func naiveTranspose(_ a: Matrix) -> Matrix {
    var t = Matrix(rows: a.columns, columns: a.rows)
    for i in 0..<a.rows {
        for j in 0..<a.columns { t[j, i] = a[i, j] }
    }
    return t
}

/// The error case of a thrown error, for matching cases with associated strings.
func linearAlgebraError(_ body: () throws -> Void) -> LinearAlgebraError? {
    do {
        try body()
        return nil
    } catch let error as LinearAlgebraError {
        return error
    } catch {
        return nil
    }
}

extension LinearAlgebraError {
    var isDimensionMismatch: Bool {
        if case .dimensionMismatch = self { return true }
        return false
    }

    var isNonFinite: Bool {
        if case .nonFinite = self { return true }
        return false
    }

    var rankDeficiency: RankDeficiency? {
        if case .rankDeficient(let deficiency) = self { return deficiency }
        return nil
    }
}
