import Foundation

/// Least squares on the normal equations `G β = c` (`G = ZᵀZ`, `c = Zᵀy`) with the last
/// `constrained` coefficients non-negative, by the active-set method of Lawson & Hanson
/// (*Solving Least Squares Problems*, 1974, ch. 23); the first `free` ones are
/// unconstrained. A ridge penalty is the caller's to add to `G`'s diagonal. A column that is
/// (numerically) a combination of the columns before it gets the coefficient 0. The
/// systems are small (the channels of a model) and solved by a Cholesky factorization in
/// place; storage is allocated once.
final class ActiveSetSolver {
    let free: Int, constrained: Int, q: Int
    /// `q × q`, row-major (symmetric); the caller fills it.
    let gram: UnsafeMutableBufferPointer<Double>
    /// `q`; the caller fills it.
    let cross: UnsafeMutableBufferPointer<Double>
    /// The coefficients of the last solve.
    let solution: UnsafeMutableBufferPointer<Double>
    private let passive: UnsafeMutableBufferPointer<Bool>
    /// The passive set of the last solve, the next one's starting guess.
    private let previous: UnsafeMutableBufferPointer<Bool>
    private let index: UnsafeMutableBufferPointer<Int>
    private let factor: UnsafeMutableBufferPointer<Double>
    private let trial: UnsafeMutableBufferPointer<Double>
    private let scratch: UnsafeMutableBufferPointer<Double>

    init(free: Int, constrained: Int) {
        self.free = free
        self.constrained = constrained
        q = free + constrained
        func buffer(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
            let b = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(count, 1))
            b.initialize(repeating: 0)
            return b
        }
        gram = buffer(q * q)
        cross = buffer(q)
        solution = buffer(q)
        factor = buffer(q * q)
        trial = buffer(q)
        scratch = buffer(q)
        passive = .allocate(capacity: max(q, 1))
        passive.initialize(repeating: false)
        previous = .allocate(capacity: max(q, 1))
        previous.initialize(repeating: true)
        index = .allocate(capacity: max(q, 1))
        index.initialize(repeating: 0)
    }

    deinit {
        for b in [gram, cross, solution, factor, trial, scratch] { b.deallocate() }
        passive.deallocate()
        previous.deallocate()
        index.deallocate()
    }

    /// Solves the system as filled into ``solution``.
    func solve() {
        // Warm start: the channels that were positive in the previous solve (the folds'
        // systems differ little). When that solution is feasible, Lawson–Hanson continues
        // from it; otherwise from all channels at zero.
        for j in 0..<free { passive[j] = true }
        for j in free..<q { passive[j] = previous[j] }
        solvePassive(into: solution)
        var feasible = true
        for j in free..<q where passive[j] && solution[j] <= 0 { feasible = false }
        if !feasible {
            for j in free..<q { passive[j] = false }
            solvePassive(into: solution)
        }
        defer { for j in free..<q { previous[j] = passive[j] } }
        let tolerance = 1e-12 * (1 + largestCross())
        var iterations = 0
        while iterations < 3 * q + 10 {
            iterations += 1
            // The channel whose coefficient would most reduce the squared error.
            var entering = -1, best = tolerance
            for j in free..<q where !passive[j] {
                var w = cross[j]
                for k in 0..<q { w -= gram[j * q + k] * solution[k] }
                if w > best {
                    best = w
                    entering = j
                }
            }
            guard entering >= 0 else { return }
            passive[entering] = true
            var inner = 0
            while inner < q + 5 {
                inner += 1
                solvePassive(into: trial)
                var step = 1.0, blocked = false
                for j in free..<q where passive[j] && trial[j] <= 0 {
                    blocked = true
                    let denominator = solution[j] - trial[j]
                    let ratio = denominator > 0 ? solution[j] / denominator : 0
                    step = min(step, ratio)
                }
                if !blocked {
                    for j in 0..<q { solution[j] = trial[j] }
                    break
                }
                for j in 0..<q { solution[j] += step * (trial[j] - solution[j]) }
                for j in free..<q where passive[j] && solution[j] <= 1e-15 {
                    passive[j] = false
                    solution[j] = 0
                }
            }
        }
    }

    private func largestCross() -> Double {
        var largest = 0.0
        for j in 0..<q { largest = max(largest, abs(cross[j])) }
        return largest
    }

    /// Solves the system restricted to the passive coefficients into `out` (zero elsewhere).
    private func solvePassive(into out: UnsafeMutableBufferPointer<Double>) {
        var k = 0
        for j in 0..<q where passive[j] {
            index[k] = j
            k += 1
        }
        for j in 0..<q { out[j] = 0 }
        // Cholesky G_PP = L Lᵀ in `factor` (row-major, lower), skipping dependent columns.
        for a in 0..<k {
            let ja = index[a]
            for b in 0...a {
                var sum = gram[ja * q + index[b]]
                for l in 0..<b { sum -= factor[a * k + l] * factor[b * k + l] }
                if a == b {
                    let original = gram[ja * q + ja]
                    if !(sum > 1e-11 * original) || !(original > 0) {
                        factor[a * k + a] = 0
                        for l in 0..<a { factor[a * k + l] = 0 }
                    } else {
                        factor[a * k + a] = sqrt(sum)
                    }
                } else {
                    let pivot = factor[b * k + b]
                    factor[a * k + b] = pivot > 0 ? sum / pivot : 0
                }
            }
        }
        // L w = c_P, then Lᵀ z = w.
        for a in 0..<k {
            let pivot = factor[a * k + a]
            guard pivot > 0 else {
                scratch[a] = 0
                continue
            }
            var sum = cross[index[a]]
            for l in 0..<a { sum -= factor[a * k + l] * scratch[l] }
            scratch[a] = sum / pivot
        }
        var a = k - 1
        while a >= 0 {
            let pivot = factor[a * k + a]
            if pivot > 0 {
                var sum = scratch[a]
                for l in (a + 1)..<max(k, a + 1) { sum -= factor[l * k + a] * out[index[l]] }
                out[index[a]] = sum / pivot
            }
            a -= 1
        }
    }
}
