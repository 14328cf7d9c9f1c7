import Testing
@testable import Forecasting

/// The paths drawn in fan charts agree with the period-end projection they lead to.
@Suite("Attainment paths")
struct AttainmentPathTests {
    /// No history and an even spread: bookings to date accumulate day by day, and the
    /// expected path is the straight line from the booked amount to the projection.
    @Test func straightLineWithoutHistory() throws {
        let period = try AttainmentForecasterTests.periods(history: 0)[0]
        let bookings = AttainmentForecasterTests.daily("ana", period, through: 29) { $0 % 2 == 0 ? 10 : 30 }
        let data = try AttainmentData(periods: [period], targets: [AttainmentTarget(entity: "ana", period: "P0", amount: 2000)],
                                      bookings: bookings)
        let forecast = try AttainmentForecaster(pathCount: 500).forecast(data, period: "P0", asOf: 29)
        let ana = try #require(forecast.projection("ana"))
        #expect(ana.path.bookedByDay.count == 30)
        #expect(ana.path.bookedByDay.prefix(3) == [10, 40, 50])
        #expect(ana.path.bookedByDay.last == 600)
        let points = ana.path.projected
        // 61 days left, drawn every fourth day and on the last.
        #expect(points.count == 16)
        #expect(points.first?.day == 33 && points.last?.day == 90)
        for point in points {
            let straight = 600 + 1220 * Double(point.day - 29) / 61
            #expect(abs(point.mean - straight) < 1e-6, "day \(point.day)")
        }
    }

    /// On the last day the bands are the period-end intervals; before it they widen day by
    /// day, nested, around the median; a team's and the company's bookings to date are their
    /// people's sums.
    @Test func bandsEndAtTheIntervalsAndNest() throws {
        let data = try AttainmentForecasterTests.organisation()
        let forecast = try AttainmentForecaster(pathCount: 300, seed: 5).forecast(data, period: "P4", asOf: 40)
        let people = forecast.projections.filter { $0.level == .person }
        for projection in forecast.projections {
            let last = try #require(projection.path.projected.last)
            #expect(last.day == forecast.period.end)
            #expect(last.intervals == projection.intervals, "\(projection.entity)")
            #expect(abs(last.mean - projection.projected) <= 1e-9 * projection.projected)
            #expect(abs((projection.path.bookedByDay.last ?? 0) - projection.bookedToDate) <= 1e-9 * projection.bookedToDate)
            var previous: ProjectedPathPoint?
            for point in projection.path.projected {
                let narrow = try #require(point.intervals.first { $0.level == 0.8 })
                let wide = try #require(point.intervals.first { $0.level == 0.95 })
                #expect(wide.lower <= narrow.lower && narrow.lower <= point.median)
                #expect(point.median <= narrow.upper && narrow.upper <= wide.upper)
                #expect(narrow.lower >= projection.bookedToDate - 1e-9)
                if let previous {
                    #expect(point.day > previous.day)
                    #expect(point.mean >= previous.mean - 1e-9 && point.median >= previous.median - 1e-9)
                    #expect(wide.upper >= (previous.intervals.first { $0.level == 0.95 }?.upper ?? 0) - 1e-9)
                }
                previous = point
            }
            if projection.level != .person {
                let members = people.filter { projection.level == .company || $0.team == projection.entity }
                for (day, amount) in projection.path.bookedByDay.enumerated() {
                    let sum = members.reduce(0) { $0 + $1.path.bookedByDay[day] }
                    #expect(abs(amount - sum) <= 1e-9 * max(sum, 1))
                }
            }
        }
    }

    /// A finished period has bookings for every day and nothing left to project.
    @Test func endedPeriodHasNoProjectedPoints() throws {
        let data = try AttainmentForecasterTests.organisation()
        let forecast = try AttainmentForecaster(pathCount: 20).forecast(data, period: "P3", asOf: 40)
        for projection in forecast.projections {
            #expect(projection.path.projected.isEmpty)
            #expect(projection.path.bookedByDay.count == forecast.period.length)
        }
    }

    /// At most 16 points, evenly stepped, always ending on the last day.
    @Test func sampling() {
        #expect(PathSampling.offsets(remainingDays: 0).isEmpty)
        #expect(PathSampling.offsets(remainingDays: 3) == [0, 1, 2])
        #expect(PathSampling.offsets(remainingDays: 16) == Array(0..<16))
        #expect(PathSampling.offsets(remainingDays: 61) == Array(stride(from: 3, to: 61, by: 4)) + [60])
        #expect(PathSampling.offsets(remainingDays: 184).count <= 16)
        #expect(PathSampling.offsets(remainingDays: 184).last == 183)
    }
}

/// Selected quantiles equal those of the sorted values, on random, tied, sorted and reversed
/// inputs of many sizes.
struct QuantileSelectionTests {
    @Test func agreesWithSorting() {
        var generator = SeededGenerator(seed: 11)
        let probabilities = [0.5, 0.1, 0.9, 0.025, 0.975, 0, 1]
        for size in [1, 2, 3, 5, 10, 99, 100, 2000] {
            for kind in 0..<4 {
                var values = (0..<size).map { _ in generator.nextGaussian() }
                if kind == 1 { values = values.map { ($0 * 3).rounded() } }       // many ties
                if kind == 2 { values.sort() }
                if kind == 3 { values.sort(by: >) }
                let sorted = values.sorted()
                let expected = probabilities.map { SampleQuantiles.quantile(sorted, $0) }
                var scratch = values
                #expect(QuantileSelection.quantiles(&scratch, probabilities) == expected, "size \(size), kind \(kind)")
                #expect(scratch.sorted() == sorted)
            }
        }
        var empty: [Double] = []
        #expect(QuantileSelection.quantiles(&empty, [0.5]).first?.isNaN == true)
    }
}
