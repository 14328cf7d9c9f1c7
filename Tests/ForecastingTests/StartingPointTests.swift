import Testing
@testable import Forecasting

@Suite("Starting point")
struct StartingPointTests {
    /// G = [[4, 2, 0], [2, 5, 1], [0, 1, 3]] (row-major, upper triangle read), x = (1, −1, 2):
    /// b = G·x = (2, −1, 5). A singular matrix is refused.
    @Test func choleskySolve() throws {
        var gram: [Double] = [4, 2, 0, .nan, 5, 1, .nan, .nan, 3]
        var b: [Double] = [2, -1, 5]
        let x = try #require(ETSStartingPoint.choleskySolve(&gram, &b, order: 3))
        #expect(close(x, [1, -1, 2], relative: 1e-14))
        var singular: [Double] = [1, 1, .nan, 1]
        var rhs: [Double] = [1, 1]
        #expect(ETSStartingPoint.choleskySolve(&singular, &rhs, order: 2) == nil)
    }
}
