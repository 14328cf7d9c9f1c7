import Testing
@testable import Forecasting

@Suite("Nelder–Mead")
struct NelderMeadTests {
    struct Rosenbrock: SimplexObjective {
        func value(_ x: UnsafeBufferPointer<Double>) -> Double {
            (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0])
        }
    }

    struct Bowl: SimplexObjective {
        func value(_ x: UnsafeBufferPointer<Double>) -> Double {
            (0..<x.count).reduce(0) { $0 + (x[$1] - 2) * (x[$1] - 2) }
        }
    }

    /// Rosenbrock's valley from the classic start (−1.2, 1): minimum at (1, 1).
    @Test func rosenbrock() {
        let optimizer = NelderMead(lower: [-10, -10], upper: [10, 10], tolerance: 1e-14, maxEvaluations: 5000)
        let result = optimizer.minimize(start: [-1.2, 1], steps: [0.1, 0.1], Rosenbrock())
        #expect(abs(result.point[0] - 1) < 1e-4 && abs(result.point[1] - 1) < 1e-4)
        #expect(result.value < 1e-8)
    }

    /// A bowl centred at 2 in every coordinate, searched in the box [0, 1]: the projection
    /// keeps every point inside, so the answer is the corner (1, …, 1).
    @Test func boxConstraints() {
        let optimizer = NelderMead(lower: [0, 0, 0], upper: [1, 1, 1])
        let result = optimizer.minimize(start: [0.2, 0.5, 0.9], steps: [0.1, 0.1, 0.1], Bowl())
        #expect(result.point.allSatisfy { abs($0 - 1) < 1e-3 })
        #expect(result.evaluations <= optimizer.maxEvaluations)
    }

    /// Rosenbrock's valley with y held at 4: the search over x alone finds the conditional
    /// minimum of (1 − x)² + 100(4 − x²)², near x = 2 (where the second term vanishes), and
    /// never moves the held coordinate.
    @Test func heldCoordinates() {
        let optimizer = NelderMead(lower: [-10], upper: [10], tolerance: 1e-14, maxEvaluations: 2000)
        let held = HeldCoordinates(full: Rosenbrock(), held: [0, 4], free: 1)
        let result = optimizer.minimize(start: [0.5], steps: [0.1], held)
        // d/dx: −2(1 − x) − 400x(4 − x²) = 0 has its root just below 2.
        let x = result.point[0]
        #expect(abs(-2 * (1 - x) - 400 * x * (4 - x * x)) < 1e-3)
        #expect(abs(x - 2) < 0.01)
        #expect(abs(result.value - [x, 4].withUnsafeBufferPointer { Rosenbrock().value($0) }) < 1e-12)
    }
}
