/// An objective over the leading coordinates of another, the remaining ones held at fixed
/// values: a search in a subspace of the full problem.
struct HeldCoordinates<Full: SimplexObjective>: SimplexObjective {
    /// The objective over all coordinates.
    let full: Full
    /// A complete point; its coordinates from `free` on are the held ones.
    let held: [Double]
    /// How many leading coordinates vary.
    let free: Int

    func value(_ x: UnsafeBufferPointer<Double>) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: held.count) { point in
            for i in 0..<free { point[i] = x[i] }
            for i in free..<held.count { point[i] = held[i] }
            return full.value(UnsafeBufferPointer(point))
        }
    }
}
