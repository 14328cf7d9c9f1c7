import Dates
import Store
import Testing

/// Days and period labels: the forms files may use and the days they cover.
struct CalendarTests {
    @Test func daysReadOnlyExistingISODates() {
        #expect(Day("2026-03-15") == Day(year: 2026, month: 3, day: 15))
        #expect(Day("2024-02-29") != nil)
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-3-15", "26-03-15",
                    "2026/03/15", "2026-03-15 ", "2026-03-150", "", "0000-01-01", "２０２６-03-15"] {
            #expect(Day(bad) == nil, "\(bad)")
        }
    }

    @Test func daysCountFromTheEpoch() throws {
        // Closed forms: 1970-01-01 is day 0; 2000-03-01 is 11 017 days later (30 years of 365
        // days, 7 leap days, and the 60 days of January and February 2000).
        #expect(try #require(Day("1970-01-01")).daysSinceEpoch == 0)
        #expect(try #require(Day("2000-03-01")).daysSinceEpoch == 30 * 365 + 7 + 60)
        #expect(try #require(Day("1969-12-31")).daysSinceEpoch == -1)
        #expect(Day(daysSinceEpoch: 20_527).description == "2026-03-15")
        // Years 1 through 9999 span days -719 162 through 2 932 896.
        #expect(Day(daysSinceEpoch: -719_162).description == "0001-01-01")
        #expect(Day(daysSinceEpoch: 2_932_896).description == "9999-12-31")
        for offset in stride(from: -719_162, through: 2_932_896, by: 997) {
            #expect(Day(daysSinceEpoch: offset).daysSinceEpoch == offset)
        }
        #expect(try #require(Day("2026-11-21")).isoWeekday == 6)
        #expect(try #require(Day("2026-03-16")).isoWeekday == 1)
    }

    @Test(arguments: [
        ("2026", Period.Kind.year, "2026-01-01", "2026-12-31"),
        ("2026H1", .half, "2026-01-01", "2026-06-30"),
        ("2026H2", .half, "2026-07-01", "2026-12-31"),
        ("2026Q1", .quarter, "2026-01-01", "2026-03-31"),
        ("2024Q1", .quarter, "2024-01-01", "2024-03-31"),
        ("2026Q4", .quarter, "2026-10-01", "2026-12-31"),
        ("2024-02", .month, "2024-02-01", "2024-02-29"),
        ("2026-W01", .week, "2025-12-29", "2026-01-04"),
        ("2026-W53", .week, "2026-12-28", "2027-01-03"),
        ("2021-W01", .week, "2021-01-04", "2021-01-10"),
        ("2026-03-15", .day, "2026-03-15", "2026-03-15"),
    ])
    func periodsCoverTheirDays(label: String, kind: Period.Kind, start: String, end: String) throws {
        let period = try #require(Period(label))
        #expect(period.kind == kind)
        #expect(period.start.description == start)
        #expect(period.end.description == end)
    }

    @Test func malformedPeriodsAreRejected() {
        // 2027 has 52 ISO weeks (it starts on a Friday); 2026 has 53 (it starts on a Thursday).
        for bad in ["2026Q5", "2026Q0", "2026q1", "2026H3", "2026-13", "2026-W54", "2027-W53", "2026-W00",
                    "2026-W5", "Q1 2026", "26Q1", "2026-02-30", "", "2026 ", "FY2026"] {
            #expect(Period(bad) == nil, "\(bad)")
        }
    }

    @Test func periodsContainTheirDays() throws {
        let quarter = try #require(Period("2026Q2"))
        #expect(quarter.contains(try #require(Day("2026-04-01"))))
        #expect(quarter.contains(try #require(Day("2026-06-30"))))
        #expect(!quarter.contains(try #require(Day("2026-07-01"))))
    }

    @Test func periodLabelsWithTheYearLastReadAsDays() throws {
        let days = { (labels: [String]) in PeriodLabels.days(labels)?.map(\.description) }
        // Month first unless a first number above 12 says the day comes first; two-digit years
        // are 20YY.
        #expect(days(["12/29/2025", "1/5/2026", "1/12/26"]) == ["2025-12-29", "2026-01-05", "2026-01-12"])
        #expect(days(["29.12.2025", "5.1.2026", "12.1.2026"]) == ["2025-12-29", "2026-01-05", "2026-01-12"])
        #expect(days(["1/2/2026", "1/3/2026"]) == ["2026-01-02", "2026-01-03"])
        #expect(days(["13/12/2026", "12/13/2026"]) == nil)
        #expect(days(["02/30/2026"]) == nil)
        // A month, quarter or week with a four-digit year, in either order.
        #expect(days(["12/2025", "03/2026"]) == ["2025-12-01", "2026-03-01"])
        #expect(days(["Dec 2025", "January 2026", "sept 2026", "2026 Apr"]) == ["2025-12-01", "2026-01-01", "2026-09-01", "2026-04-01"])
        #expect(days(["Q4 2025", "Q1-2026", "2026 q2"]) == ["2025-10-01", "2026-01-01", "2026-04-01"])
        // ISO weeks: 2026-W01 starts on Monday 2025-12-29, 2020-W53 on 2020-12-28.
        #expect(days(["W01 2026", "W5-2026", "W53 2020", "2026-W05"]) == ["2025-12-29", "2026-01-26", "2020-12-28", "2026-01-26"])
        // Labels that already sort as text, or that are not dates, are left alone.
        for labels in [["2026-03-15"], ["2026-03"], ["2026Q1"], ["7", "8"], ["W7"], ["Janvier 2026"], ["Q5 2026"],
                       ["12/29/2025", "2026-W01"], []] {
            #expect(days(labels) == nil, "\(labels)")
        }
    }

    @Test func unreadableDateLabelsAreNamed() throws {
        let mixed = try #require(PeriodLabels.unreadableDates(["13/12/2026", "1/1/2027", "12/13/2026"]))
        #expect(mixed.index == 2 && mixed.reason == "\"12/13/2026\" puts the month first and \"13/12/2026\" the day")
        let impossible = try #require(PeriodLabels.unreadableDates(["1/30/2026", "2/30/2026"]))
        #expect(impossible.index == 1 && impossible.reason.hasPrefix("\"2/30/2026\" is not a day"))
        // Labels that read, or that are not day-month-year dates, have nothing to name.
        for labels in [["12/29/2025", "1/5/2026"], ["2026-W05"], ["Q5 2026"], ["7"], []] {
            #expect(PeriodLabels.unreadableDates(labels) == nil, "\(labels)")
        }
    }
}
