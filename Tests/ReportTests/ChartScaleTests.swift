@testable import Report
import Testing

/// Axis ranges, tick labels and dates on axes.
struct ChartScaleTests {
    /// Heckbert's examples: steps of 1, 2 or 5 times a power of ten covering the data.
    @Test func niceScales() {
        let percent = NiceScale(low: 0, high: 104.3)
        #expect(percent.lower == 0 && percent.upper == 120 && percent.step == 20)
        #expect(percent.ticks == [0, 20, 40, 60, 80, 100, 120])
        let money = NiceScale(low: 0, high: 9_820_000)
        #expect(money.step == 2_000_000 && money.upper == 10_000_000)
        let negative = NiceScale(low: -0.35, high: 0.8)
        #expect(negative.step == 0.2)
        #expect(negative.ticks == [-0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8])
        let flat = NiceScale(low: 5, high: 5)
        #expect(flat.lower <= 5 && flat.upper >= 5 && flat.upper > flat.lower)
        #expect(NiceScale(low: 0, high: 0).ticks.contains(0))
        #expect(NiceScale(low: .nan, high: .infinity).ticks.count > 1)
    }

    @Test func numbersForPeople() {
        #expect(HumanNumber.grouped(9_307_443.4) == "9,307,443")
        #expect(HumanNumber.grouped(-1234.56, decimals: 1) == "-1,234.6")
        #expect(HumanNumber.grouped(0.04, decimals: 1) == "0.0")
        #expect(HumanNumber.grouped(999.96, decimals: 1) == "1,000.0")
        #expect(HumanNumber.percent(94.78) == "94.8%")
        #expect(HumanNumber.percent(.nan) == "—")
        #expect(HumanNumber.ratio(2.345) == "2.35×")
        #expect(HumanNumber.compact(0) == "0")
        #expect(HumanNumber.compact(850) == "850")
        #expect(HumanNumber.compact(12_500) == "12.5k")
        #expect(HumanNumber.compact(2_000_000) == "2M")
        #expect(HumanNumber.compact(1_250_000) == "1.25M")
        #expect(HumanNumber.compact(-400_000) == "-400k")
        #expect(HumanNumber.compact(3e9) == "3bn")
    }

    /// Day numbers agree with the calendar (1970-01-01 is day 0; 2000 and 2024 are leap years).
    @Test func isoDays() {
        #expect(CalendarDay.day("1970-01-01") == 0)
        #expect(CalendarDay.day("2000-03-01") == 11_017)
        #expect(CalendarDay.day("2026-11-20") == 20_777)
        #expect(CalendarDay.day("2024-02-29") != nil && CalendarDay.day("2026-02-29") == nil)
        #expect(CalendarDay.day("2026-13-01") == nil && CalendarDay.day("26-11-20") == nil && CalendarDay.day("2026-11-20x") == nil)
        #expect(CalendarDay.firstOfMonth(20_777) == CalendarDay.day("2026-11-01"))
        #expect(CalendarDay.firstOfMonth(20_777, monthsLater: 2) == CalendarDay.day("2027-01-01"))
        #expect(CalendarDay.firstOfMonth(CalendarDay.day("9999-12-15") ?? 0, monthsLater: 1) == nil)
        #expect(CalendarDay.short(20_777) == "20 Nov")
        #expect(CalendarDay.month(20_777) == "Nov 2026")
    }

    /// A day axis over a quarter has a tick on each month's first day.
    @Test func quarterTicksAreMonths() {
        let frame = ChartFrame(x: .days(first: CalendarDay.day("2026-10-01") ?? 0, last: CalendarDay.day("2026-12-31") ?? 0),
                               y: NiceScale(low: 0, high: 100), yFormat: { "\($0)" })
        #expect(frame.xTicks().map(\.1) == ["1 Oct", "1 Nov", "1 Dec"])
    }

    /// Month ticks carry on across a year's end.
    @Test func ticksCrossTheYear() {
        let frame = ChartFrame(x: .days(first: CalendarDay.day("2026-11-20") ?? 0, last: CalendarDay.day("2027-02-10") ?? 0),
                               y: NiceScale(low: 0, high: 100), yFormat: { "\($0)" })
        #expect(frame.xTicks().map(\.1) == ["1 Dec", "1 Jan", "1 Feb"])
    }
}
