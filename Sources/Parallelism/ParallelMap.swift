import Dispatch
import Foundation

/// Independent computations on the machine's cores, with results in index order.
///
/// Each index is computed by one worker from its own inputs, and the results are stored by
/// index, so the output is the same, bit for bit, whatever the number of cores: threads
/// change when a result is computed, never how.
public enum ParallelMap {
    /// `body(0) … body(count − 1)`, computed on up to as many threads as the machine has cores,
    /// in index order.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let workers = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount))
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < count {
                results.store(body(index), at: index)
                index += workers
            }
        }
        return results.values
    }

    /// Slots written once each, from different threads, at different indices.
    private final class Results<T>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<T?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func store(_ value: T, at index: Int) { slots[index] = value }

        var values: [T] { slots.map { $0! } }
    }
}
