import Scorecard

/// A value the scorecard scores. Named here because `Store` has a `KPIValue` of its own, and
/// the module `Scorecard` shares its name with a type, which rules out qualifying it.
typealias ScoreInput = KPIValue
