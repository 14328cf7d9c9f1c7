import Foundation
import Statistics

/// When the target is expected to be reached, with an interval.
///
/// Future weeks are taken to raise independent amounts with the mean `μ` of the velocity so
/// far and the standard deviation `s` of the complete weeks' amounts; `μ` itself is uncertain
/// with variance `s²/n` over `n` weeks. After `w` more weeks the amount raised is then about
/// normal with mean `μw` and variance `s²·(w + w²/n)`. With `R` still to raise and `z` the
/// normal quantile of the level, the earliest and latest dates are the first `w` at which the
/// optimistic and the pessimistic bound reach `R`:
///
///     μw ± z·s·√(w + w²/n) = R,
///
/// the roots of `(μ² − z²s²/n)·w² − (2μR + z²s²)·w + R² = 0`. When `μ` is not surely positive
/// (`μ ≤ z·s/√n`) the pessimistic bound never gets there. The expected date is `R/μ` weeks
/// ahead. Dates are rounded up to whole days after the as-of day.
public struct TargetDateProjection: Sendable, Equatable {
    /// The day the cumulative amount reached the target, if it has.
    public let reachedOn: Int?
    /// The expected day; `nil` when the velocity is not positive.
    public let expected: Int?
    /// The earliest day at the interval's level; `nil` with fewer than two complete weeks, when
    /// they all raised the same amount, or when no growth reaches the target.
    public let earliest: Int?
    /// The latest day at the interval's level; `nil` with fewer than two complete weeks, when
    /// they all raised the same amount, or when the pessimistic bound never reaches the target.
    public let latest: Int?
    /// The interval's level, e.g. 0.8.
    public let level: Double

    /// Projections further than this many weeks ahead count as never.
    static let horizonWeeks = 5200.0

    init(reachedOn day: Int, level: Double) {
        (reachedOn, expected, earliest, latest, self.level) = (day, day, day, day, level)
    }

    init(remaining: Double, asOf: Int, velocity: Double, weeklyAmounts: [Double], level: Double) throws {
        self.level = level
        reachedOn = nil
        let toDay = { (weeks: Double) -> Int? in
            weeks.isFinite && weeks >= 0 && weeks <= Self.horizonWeeks ? asOf + Int((7 * weeks).rounded(.up)) : nil
        }
        expected = velocity > 0 ? toDay(remaining / velocity) : nil
        let n = Double(weeklyAmounts.count)
        guard n >= 2 else {
            (earliest, latest) = (nil, nil)
            return
        }
        let mean = weeklyAmounts.reduce(0, +) / n
        let s2 = weeklyAmounts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        // Weeks that never change say nothing of how much the next ones may: no interval,
        // rather than one of no width.
        guard s2 > 0 else {
            (earliest, latest) = (nil, nil)
            return
        }
        let z = try Normal().quantile((1 + level) / 2), z2s2 = z * z * s2
        let a = velocity * velocity - z2s2 / n, b = -(2 * velocity * remaining + z2s2), c = remaining * remaining
        let q = 0.5 * (-b + (b * b - 4 * a * c).squareRoot())
        var roots = [c / q]
        if a != 0 { roots.append(q / a) }
        let positive = roots.filter { $0 > 0 && $0.isFinite }.sorted()
        earliest = positive.first { velocity * $0 <= remaining }.flatMap(toDay)
        latest = a > 0 ? positive.first { velocity * $0 > remaining }.flatMap(toDay) : nil
    }
}
