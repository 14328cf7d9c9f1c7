/// The way to a period-end total, for drawing it: what was booked day by day so far, and how
/// the simulated paths spread over the days still to come.
///
/// Each simulated path's remaining amount is laid along the entity's learned within-period
/// shape (the expected share of the remaining bookings that falls by each day), so the band
/// at a day shows the uncertainty of the total as it is expected to accrue; day-to-day timing
/// noise around the shape is not drawn. On the period's last day the bands equal the
/// period-end ``EntityProjection/intervals``.
public struct AttainmentPath: Sendable, Equatable {
    /// Cumulative bookings at the end of each elapsed day, from the period's first day through
    /// the as-of day (empty before the period starts).
    public let bookedByDay: [Double]
    /// Points on days after the as-of day, in day order, ending on the period's last day
    /// (empty once the period is over). Long periods are sampled at a regular step.
    public let projected: [ProjectedPathPoint]

    /// A path with every field given.
    public init(bookedByDay: [Double], projected: [ProjectedPathPoint]) {
        self.bookedByDay = bookedByDay
        self.projected = projected
    }
}

/// The simulated cumulative total at the end of one future day.
public struct ProjectedPathPoint: Sendable, Equatable {
    /// The day, in days since 1970-01-01.
    public let day: Int
    /// The expected cumulative total.
    public let mean: Double
    /// The median over the simulated paths.
    public let median: Double
    /// Quantile intervals over the simulated paths, one per forecast level, in the order of
    /// the projection's ``EntityProjection/intervals``.
    public let intervals: [AttainmentInterval]

    /// A point with every field given.
    public init(day: Int, mean: Double, median: Double, intervals: [AttainmentInterval]) {
        self.day = day
        self.mean = mean
        self.median = median
        self.intervals = intervals
    }
}

/// Which of the remaining days a path is drawn at: at most ``maximumPoints``, evenly
/// stepped, always with the period's last day.
enum PathSampling {
    static let maximumPoints = 16

    /// Offsets into the remaining days (0 is the day after the as-of day).
    static func offsets(remainingDays: Int) -> [Int] {
        guard remainingDays > 0 else { return [] }
        let step = (remainingDays + maximumPoints - 1) / maximumPoints
        var offsets = Array(stride(from: step - 1, to: remainingDays, by: step))
        if offsets.last != remainingDays - 1 { offsets.append(remainingDays - 1) }
        return offsets
    }
}
