import Store

extension Period {
    /// The calendar quarter that contains `day`, e.g. `2026Q4` for 2026-11-20.
    static func quarter(containing day: Day) -> Period? {
        Period("\(day.year)Q\((day.month - 1) / 3 + 1)")
    }
}
