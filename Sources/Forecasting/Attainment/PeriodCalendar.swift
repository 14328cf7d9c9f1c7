/// How bookings spread over the days of the week: the mean amount booked on each weekday
/// relative to the mean over all days, learned from the history (a business that books only
/// on weekdays gets weekend weights of zero).
struct WeekdayProfile: Sendable {
    /// Weights for Monday through Sunday, with mean 1 over the days of the history.
    let weights: [Double]

    /// Every day alike.
    static let flat = WeekdayProfile(weights: Array(repeating: 1, count: 7))

    /// The profile of the bookings made in `periods` (every day of each period counts once).
    /// With nothing booked the profile is flat.
    static func estimate(bookings: [Booking], periods: [AttainmentPeriod]) -> WeekdayProfile {
        var days = [Double](repeating: 0, count: 7), amounts = [Double](repeating: 0, count: 7)
        for period in periods {
            for day in period.start...period.end { days[Weekday.index(day)] += 1 }
        }
        for booking in bookings { amounts[Weekday.index(booking.day)] += booking.amount }
        let total = amounts.reduce(0) { $0 + max($1, 0) }, dayCount = days.reduce(0, +)
        guard total > 0, dayCount > 0 else { return .flat }
        let mean = total / dayCount
        return WeekdayProfile(weights: (0..<7).map { days[$0] > 0 ? max(amounts[$0], 0) / days[$0] / mean : 1 })
    }

    /// The weight of a day.
    func weight(_ day: Int) -> Double { weights[Weekday.index(day)] }
}

/// A period cut into equal fractions of its length ("bins", about a week each), with the
/// weekday-weighted number of days ("exposure") in each.
///
/// Bins are fractions of the period, so periods of different lengths (quarters of 90 to 92
/// days) line up bin by bin: the last bin is always the period's last stretch.
struct PeriodBins: Sendable {
    let period: AttainmentPeriod
    let count: Int
    let weekdays: WeekdayProfile
    let exposure: [Double]

    /// `round(length / 7)` bins, between 1 and 13: weeks of a quarter, of a month.
    static func count(forLength length: Int) -> Int { min(13, max(1, Int((Double(length) / 7).rounded()))) }

    init(_ period: AttainmentPeriod, count: Int, weekdays: WeekdayProfile) {
        self.period = period
        self.count = count
        self.weekdays = weekdays
        var exposure = [Double](repeating: 0, count: count)
        for day in period.start...period.end { exposure[Self.bin(day, in: period, count: count)] += weekdays.weight(day) }
        self.exposure = exposure
    }

    /// The bin a day of the period falls in.
    func bin(_ day: Int) -> Int { Self.bin(day, in: period, count: count) }

    static func bin(_ day: Int, in period: AttainmentPeriod, count: Int) -> Int {
        min(count - 1, max(0, (day - period.start) * count / period.length))
    }

    /// Exposure per bin of the period's days through `day`.
    func exposure(through day: Int) -> [Double] {
        var elapsed = [Double](repeating: 0, count: count)
        guard day >= period.start else { return elapsed }
        for day in period.start...min(day, period.end) { elapsed[bin(day)] += weekdays.weight(day) }
        return elapsed
    }

    /// The total exposure of the period.
    var totalExposure: Double { exposure.reduce(0, +) }

    /// Relative booking intensity per bin: the amount per unit of exposure in each bin over
    /// the amount per unit of exposure in the whole period (1 everywhere for an even spread).
    /// `nil` when the period's total is not positive: it says nothing about the shape.
    func intensities(_ amounts: [Double]) -> [Double]? {
        let total = amounts.reduce(0, +), exposureTotal = totalExposure
        guard total > 0, exposureTotal > 0 else { return nil }
        let overall = total / exposureTotal
        return (0..<count).map { exposure[$0] > 0 ? amounts[$0] / exposure[$0] / overall : 1 }
    }
}

/// One earlier period as a forecast sees it: the people with a target in it and what each
/// booked in each bin.
struct PeriodActivity: Sendable {
    let bins: PeriodBins
    /// Person → amounts per bin.
    let amounts: [String: [Double]]

    var period: AttainmentPeriod { bins.period }

    /// The season key (`""` for periods without a season).
    var seasonKey: String { period.season ?? "" }

    /// What a person booked in the whole period.
    func total(_ person: String) -> Double { amounts[person]?.reduce(0, +) ?? 0 }

    /// The people with a target in the period, in order.
    var people: [String] { amounts.keys.sorted() }

    /// Amounts per bin summed over a set of people.
    func amounts(of people: [String]) -> [Double] {
        var sum = [Double](repeating: 0, count: bins.count)
        for person in people { for (b, amount) in (amounts[person] ?? []).enumerated() { sum[b] += amount } }
        return sum
    }
}
