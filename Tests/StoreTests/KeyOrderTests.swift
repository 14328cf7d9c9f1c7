@testable import Store
import Testing
import TestSupport

/// Sorting records by key through ranks gives the order, the first repeat and the key values
/// that comparing the text itself gives.
struct KeyOrderTests {
    /// Record indices by key, then by position, comparing text.
    func textOrder(_ keys: [[String]], count: Int) -> [Int] {
        Array(0..<count).sorted { left, right in
            for column in keys where column[left] != column[right] { return column[left] < column[right] }
            return left < right
        }
    }

    /// The repeat that comes first in file order, found by brute force.
    func textRepeat(_ keys: [[String]], count: Int) -> (Int, Int)? {
        var firstOfKey: [[String]: Int] = [:]
        for record in 0..<count {
            let key = keys.map { $0[record] }
            if let first = firstOfKey[key] { return (first, record) }
            firstOfKey[key] = record
        }
        return nil
    }

    func check(_ keys: [[String]], count: Int) {
        let keyOrder = KeyOrder(keys, count: count)
        let expected = textOrder(keys, count: count)
        #expect(keyOrder.order == expected)
        #expect(keyOrder.firstRepeat.map { [$0.first, $0.repeat] } == textRepeat(keys, count: count).map { [$0.0, $0.1] })
        for (position, record) in expected.enumerated() {
            for column in keys.indices where keyOrder.value(column, at: position) != keys[column][record] {
                Issue.record("position \(position), column \(column)")
                return
            }
        }
    }

    @Test func packedKeysOrderLikeText() {
        var generator = SplitMix64(seed: 7)
        let entities = (0..<40).map { "e\($0)" }, days = ["2026-01-02", "2026-01-01", "2025-12-31"]
        for count in [0, 1, 2, 50, 3000] {
            let keys = [(0..<count).map { _ in entities[Int(generator.next() % 40)] },
                        (0..<count).map { _ in "bookings" },
                        (0..<count).map { _ in days[Int(generator.next() % 3)] }]
            check(keys, count: count)
        }
    }

    @Test func keysTooWideToPackOrderLikeText() {
        // Five columns of 9,000 distinct values need 5 × 14 bits, more than 64: the ranks are
        // compared column by column instead.
        var generator = SplitMix64(seed: 11)
        let count = 9000
        var keys = (0..<5).map { column in (0..<count).map { "v\(column)-\($0)" }.shuffled(using: &generator) }
        for record in stride(from: 100, to: count, by: 997) {
            for column in keys.indices { keys[column][record] = keys[column][record - 37] }
        }
        check(keys, count: count)
    }

    @Test func equalTextMeansEqualKeys() {
        // "é" precomposed and decomposed are the same text to Swift, so the same key.
        check([["e\u{301}", "é", "e"]], count: 3)
        #expect(KeyOrder([["e\u{301}", "é", "e"]], count: 3).firstRepeat.map { [$0.first, $0.repeat] } == [0, 1])
    }
}

