import Foundation
import Testing
import TestSupport

@testable import Attribution

/// The non-negative fit against a brute-force search over which channels are zero.
struct ActiveSetSolverTests {
    /// For each subset of channels held at zero, the unconstrained least-squares fit of the
    /// rest; the best feasible one is the constrained optimum (the problem is convex).
    @Test func matchesEnumerationOfActiveSets() {
        var random = SplitMix64(seed: 42)
        func uniform() -> Double { Double(random.next() >> 11) * 0x1p-53 }
        for trial in 0..<40 {
            let rows = 30, free = 3, constrained = 4, q = free + constrained
            var z = [[Double]](repeating: [], count: rows)
            for t in 0..<rows { z[t] = [1] + (1..<q).map { j in uniform() * 2 - (j < free ? 1 : 0) } }
            let truth = [1.0, -0.5, 0.3] + (0..<constrained).map { _ -> Double in
                let size = uniform()
                return uniform() < 0.5 ? -size : size
            }
            let y = z.map { row in zip(row, truth).reduce(0) { $0 + $1.0 * $1.1 } + 0.1 * (uniform() - 0.5) }
            let solver = ActiveSetSolver(free: free, constrained: constrained)
            for j in 0..<q {
                for k in 0..<q { solver.gram[j * q + k] = (0..<rows).reduce(0) { $0 + z[$1][j] * z[$1][k] } }
                solver.cross[j] = (0..<rows).reduce(0) { $0 + z[$1][j] * y[$1] }
            }
            solver.solve()
            let solution = Array(solver.solution)
            func squares(_ beta: [Double]) -> Double {
                (0..<rows).reduce(0) { sum, t in
                    let e = y[t] - zip(z[t], beta).reduce(0) { $0 + $1.0 * $1.1 }
                    return sum + e * e
                }
            }
            var best = Double.infinity
            for mask in 0..<(1 << constrained) {
                let kept = (0..<q).filter { $0 < free || mask & (1 << ($0 - free)) != 0 }
                let beta = leastSquares(z, y, columns: kept, q: q)
                if kept.allSatisfy({ $0 < free || beta[$0] >= 0 }) { best = min(best, squares(beta)) }
            }
            #expect(solution[free...].allSatisfy { $0 >= 0 }, "trial \(trial)")
            #expect(abs(squares(solution) - best) <= 1e-9 * best, "trial \(trial): \(squares(solution)) vs \(best)")
        }
    }

    /// Least squares on a subset of columns by Gauss–Jordan elimination of the normal equations.
    private func leastSquares(_ z: [[Double]], _ y: [Double], columns: [Int], q: Int) -> [Double] {
        let k = columns.count
        var a = (0..<k).map { i in (0..<k).map { j in z.reduce(0) { $0 + $1[columns[i]] * $1[columns[j]] } } }
        var b = (0..<k).map { i in zip(z, y).reduce(0) { $0 + $1.0[columns[i]] * $1.1 } }
        for i in 0..<k {
            let pivot = (i..<k).max { abs(a[$0][i]) < abs(a[$1][i]) }!
            a.swapAt(i, pivot)
            b.swapAt(i, pivot)
            for r in 0..<k where r != i {
                let f = a[r][i] / a[i][i]
                for c in 0..<k { a[r][c] -= f * a[i][c] }
                b[r] -= f * b[i]
            }
        }
        var beta = [Double](repeating: 0, count: q)
        for i in 0..<k { beta[columns[i]] = b[i] / a[i][i] }
        return beta
    }
}
