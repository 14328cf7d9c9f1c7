import Foundation

/// Validated reports, indexed by entity and ordered in time: what every detector reads.
public struct AuditInput: Sendable {
    /// Measure names: counts in funnel order from activity to outcome (visits, leads, deals),
    /// then the amount (revenue, amount raised).
    public let measures: [String]
    /// The reports in the order given.
    public let rows: [AuditRow]
    /// Each entity's reports as row indices in time order.
    let series: [EntitySeries]
    /// Row index → (series index, position in that series).
    let location: [(series: Int, position: Int)]
    /// How the amounts are written: see ``amountUnit``.
    let amounts: AmountScale
    /// `values[row][measure]`: the reports' values, amounts as multiples of ``amountUnit``.
    private let values: [[Double]]

    /// Checks the reports: at least two measures, one value per measure, finite and not
    /// negative, at most one report per entity and period.
    /// - Throws: ``AuditError`` naming the report (1-based, in the order given).
    public init(measures: [String], rows: [AuditRow]) throws {
        guard measures.count >= 2 else {
            throw AuditError.invalidMeasures("an audit needs at least two measures (activity counts, then an amount), got \(measures.count)")
        }
        if let repeated = measures.first(where: { name in measures.filter { $0 == name }.count > 1 }) {
            throw AuditError.invalidMeasures("measure \"\(repeated)\" is named twice")
        }
        var seen: [String: Int] = [:]
        var byEntity: [String: [Int]] = [:]
        var order: [String] = []
        for (index, row) in rows.enumerated() {
            guard row.values.count == measures.count else {
                throw AuditError.wrongValueCount(row: index, expected: measures.count, found: row.values.count)
            }
            for (value, name) in zip(row.values, measures) where !(value.isFinite && value >= 0) {
                throw AuditError.invalidValue(row: index, measure: name, value: value)
            }
            let key = row.entity + "\u{1F}" + row.period
            if let first = seen[key] {
                throw AuditError.duplicateReport(entity: row.entity, period: row.period, firstRow: first, row: index)
            }
            seen[key] = index
            if byEntity[row.entity] == nil { order.append(row.entity) }
            byEntity[row.entity, default: []].append(index)
        }
        self.measures = measures
        self.rows = rows
        var series: [EntitySeries] = []
        var location = Array(repeating: (series: 0, position: 0), count: rows.count)
        for entity in order {
            let indices = (byEntity[entity] ?? []).sorted { rows[$0].isEarlier(than: rows[$1]) }
            for (position, row) in indices.enumerated() { location[row] = (series.count, position) }
            series.append(EntitySeries(entity: entity, group: rows[indices[0]].group, rows: indices))
        }
        self.series = series
        self.location = location
        let amount = measures.count - 1
        let amounts = AmountScale(series.map { $0.rows.map { rows[$0].values[amount] } })
        self.amounts = amounts
        values = rows.map { row in
            var values = row.values
            values[amount] = amounts.multiples(values[amount])
            return values
        }
    }

    /// The power of ten the amounts are written in (1 for whole units, 0.001 for thousands
    /// written to the unit, 100 for cents of whole amounts): see ``AmountScale/writtenUnit(_:)``.
    /// The detectors read amounts as multiples of it, so an audit finds the same whether the
    /// amounts are given in units, in thousands or millions to the unit, or in cents.
    public var amountUnit: Double { amounts.unit }

    /// The index of the amount measure (the last one).
    var amountIndex: Int { measures.count - 1 }

    /// A value of a report; the amount as a multiple of ``amountUnit``.
    func value(_ row: Int, _ measure: Int) -> Double { values[row][measure] }

    /// A value as reasons print it: an amount (a multiple of ``amountUnit``) as the reports write
    /// it (``AmountScale/text(_:)``).
    func text(_ value: Double, measure: Int) -> String {
        measure == amountIndex ? amounts.text(value) : NumberText.value(value)
    }

    /// A report's value as reasons print it (``text(_:measure:)``).
    func text(row: Int, _ measure: Int) -> String { text(value(row, measure), measure: measure) }

    /// A value at the resolution its writer chose its digits at: amounts in the person's own
    /// unit where it differs from the data set's in the ways ``AmountScale/digitScales`` lists,
    /// else as the detectors count them; counts as they are.
    func writtenDigits(_ row: Int, _ measure: Int) -> Double {
        guard measure == amountIndex else { return values[row][measure] }
        let scale = amounts.digitScales[location[row].series]
        let value = values[row][measure] * scale.multiply / scale.divide
        return DigitTests.isWhole(value) ? value.rounded() : value
    }

    /// Whether a report shows any activity (its first measure is positive): vacation weeks and
    /// reports of zeros are left out of baselines.
    func isActive(_ row: Int) -> Bool { values[row][0] > 0 }
}

/// One entity's reports in time order.
struct EntitySeries: Sendable {
    let entity: String
    let group: String
    let rows: [Int]
}
