import Foundation
import Attribution
import Store
import Tabular

/// A weekly marketing table read into ``MarketingData``, with every problem named by file,
/// line and column: rows must be consecutive weeks in date order, spend must be a number and
/// not negative.
public struct MarketingInput: Sendable {
    /// The weeks, the KPI and the spend, control and event series.
    public let data: MarketingData
    /// Problems that do not stop the fit (an event column without a label).
    public let warnings: [String]

    /// Labels of a text event column that mean "no event".
    static let noEvent: Set<String> = ["na", "n/a", "none", "no", "0", "-"]

    /// Reads the named columns of `table`.
    /// - Throws: ``InputError`` naming file, line and column.
    public init(table: Table, date: String, kpi: String, channels: [String], controls: [String], events: [String]) throws {
        // A column plays one part: the KPI taken as a channel too would explain itself.
        var parts: [String: String] = [:]
        for (part, names) in [("the date", [date]), ("the KPI", [kpi]), ("a channel", channels), ("a control", controls),
                              ("an event", events)] {
            for name in names {
                if let earlier = parts[name] {
                    throw InputError("\(table.source): column \"\(name)\" is named as \(earlier) and as \(part); a column can play one part")
                }
                parts[name] = part
            }
        }
        let days = try table.days(date)
        for row in days.indices.dropFirst() {
            let gap = days[row].daysSinceEpoch - days[row - 1].daysSinceEpoch
            if gap == 0 {
                throw InputError("\(table.place(row: row, column: date)): week \(days[row]) appears twice (also on line \(table.lineNumbers[row - 1]))")
            }
            if gap != 7 {
                throw InputError("\(table.place(row: row, column: date)): \(days[row]) is not 7 days after \(days[row - 1]) on line \(table.lineNumbers[row - 1]) (rows must be consecutive weeks in date order)")
            }
        }
        let spends = try channels.map { name in
            let values = try table.requiredNumbers(name)
            if let row = values.firstIndex(where: { $0 < 0 }) {
                throw InputError("\(table.place(row: row, column: name)): spend \(values[row]) is negative")
            }
            return MarketingSeries(name: name, values: values)
        }
        var eventSeries: [MarketingSeries] = []
        var warnings: [String] = []
        for name in events {
            if try table.isText(name) {
                let labels = try table.textColumn(name).map { ($0 ?? "").lowercased() }
                let kinds = Array(Set(labels).subtracting(Self.noEvent).subtracting([""])).sorted()
                for kind in kinds {
                    eventSeries.append(MarketingSeries(name: "\(name)=\(kind)", values: labels.map { $0 == kind ? 1 : 0 }))
                }
                if kinds.isEmpty { warnings.append("event column \"\(name)\" has no event label") }
            } else {
                // Numbers and labels mixed: name one of each rather than only the first label.
                let cells = try table.rawColumn(name).map { $0.trimmingCharacters(in: .whitespaces) }
                if let number = cells.firstIndex(where: { Double($0) != nil }),
                   let label = cells.firstIndex(where: { !$0.isEmpty && $0 != "NA" && Double($0) == nil }) {
                    throw InputError("\(table.source): event column \"\(name)\" mixes numbers (line \(table.lineNumbers[number]): "
                        + "\"\(cells[number])\") and labels (line \(table.lineNumbers[label]): \"\(cells[label])\"); "
                        + "an event column holds 0/1 indicators or labels, not both")
                }
                eventSeries.append(MarketingSeries(name: name, values: try table.requiredNumbers(name)))
            }
        }
        data = MarketingData(days: days.map(\.daysSinceEpoch), kpi: try table.requiredNumbers(kpi), channels: spends,
                             controls: try controls.map { MarketingSeries(name: $0, values: try table.requiredNumbers($0)) },
                             events: eventSeries)
        self.warnings = warnings
    }
}
