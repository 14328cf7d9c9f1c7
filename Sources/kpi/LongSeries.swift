import Forecasting
import Pipeline
import Tabular

/// Series in long format — one row per series and time — read into complete, regularly spaced
/// series, one per id in order of first appearance.
struct LongSeries {
    /// One series: its id, its place among the series, its observations in time order, and its
    /// last time position.
    struct Entry {
        let id: String
        let index: Int
        let values: [Double]
        let lastPosition: Int
    }

    let axis: TimeAxis
    let entries: [Entry]

    /// - Throws: an ``InputError`` for an empty id, time or value cell (with its line), two
    ///   values at one time, or a gap, naming the series and the times around it.
    init(table: Table, id idColumn: String, time timeColumn: String, value valueColumn: String) throws {
        let ids = try table.requiredText(idColumn)
        let values = try table.requiredNumbers(valueColumn)
        var order: [String] = [], rows: [String: [Int]] = [:]
        for (row, id) in ids.enumerated() {
            if rows[id] == nil { order.append(id) }
            rows[id, default: []].append(row)
        }
        guard !order.isEmpty else { throw InputError("\(table.source): no rows") }
        let axis = try TimeAxis(table: table, column: timeColumn, series: order.map { rows[$0] ?? [] })
        self.axis = axis
        entries = try order.enumerated().map { index, id in
            let sorted = (rows[id] ?? []).sorted { axis.positions[$0] < axis.positions[$1] }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                let from = axis.positions[a], to = axis.positions[b]
                if from == to {
                    throw InputError("\(table.source): series '\(id)' has two values at \(axis.label(from, series: index)) (lines \(table.lineNumbers[a]) and \(table.lineNumbers[b]))")
                }
                if to - from != axis.step {
                    let missing = (to - from) % axis.step == 0 ? "; \((to - from) / axis.step - 1) missing" : ""
                    throw InputError("\(table.source): series '\(id)' has a gap between \(axis.label(from, series: index)) and \(axis.label(to, series: index)) (the series step by \(axis.stepDescription)\(missing))")
                }
            }
            return Entry(id: id, index: index, values: sorted.map { values[$0] }, lastPosition: sorted.last.map { axis.positions[$0] } ?? 0)
        }
    }

    /// The labels of the `horizon` times after a series' last one.
    func futureLabels(after entry: Entry, horizon: Int) -> [String] {
        stride(from: 1, through: horizon, by: 1).map { axis.label(entry.lastPosition + $0 * axis.step, series: entry.index) }
    }
}
