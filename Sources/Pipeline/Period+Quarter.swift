import Store

extension Period {
    /// The calendar quarter that contains `day`, e.g. `2026Q4` for 2026-11-20.
    static func quarter(containing day: Day) -> Period {
        // Quarter labels always parse; the fallback keeps this total without a crash path.
        Period("\(day.year)Q\((day.month - 1) / 3 + 1)") ?? Period("\(day.year)")!
    }
}
