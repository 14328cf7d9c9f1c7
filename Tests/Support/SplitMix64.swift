import Randomness

/// The tests' seeded generator is the library's (``Randomness/SplitMix64``): seeded "random"
/// inputs are the same on every run, so a failure can be reproduced.
public typealias SplitMix64 = Randomness.SplitMix64
