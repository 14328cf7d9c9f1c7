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
    /// The power of ten the amounts are written in, at most 1 (1 for whole units or hundreds,
    /// 0.001 for thousands written to the unit): see ``writtenUnit(_:)``. The detectors read
    /// amounts as multiples of it, so an audit finds the same whether the amounts are given in
    /// units, or in thousands or millions to the unit.
    public let amountUnit: Double
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
        let unit = Self.writtenUnit(series.map { $0.rows.map { rows[$0].values[amount] } })
        amountUnit = unit
        values = rows.map { row in
            var values = row.values
            values[amount] = Self.multiples(of: unit, values[amount])
            return values
        }
    }

    /// The power of ten amounts are written in, at most 1: each person's unit
    /// (``DigitTests/amountUnit(_:)``, read at the scale of the amounts, so that amounts in
    /// millions given to six decimals are read to the unit too), and the median of those. One
    /// person who rounds, or a few who write cents among many who do not, do not set it. Without
    /// any unit (amounts with more places than the typical amount's nine significant digits), a
    /// thousandth of the typical amount's power of ten. Whole amounts keep their written digits
    /// (a unit of 1): amounts that all end in 0, from a price list of 990, 1490 and 2490 say,
    /// would otherwise show the last digit of how many deals of each price a week brought.
    static func writtenUnit(_ amountsByPerson: [[Double]]) -> Double {
        let positive = amountsByPerson.joined().filter { $0 > 0 }
        guard !positive.isEmpty else { return 1 }
        let magnitude = floor(log10(Robust.median(positive)))
        // At this scale the typical amount is about 10⁴, within the range amountUnit searches.
        let scale = pow(10, magnitude - 4)
        let units = amountsByPerson.filter { $0.contains { $0 > 0 } }.compactMap { amounts -> Double? in
            let unit = DigitTests.amountUnit(amounts.map { $0 / scale })
            return unit > 0 ? (log10(unit * scale)).rounded() : nil
        }.sorted()
        let exponent = units.isEmpty ? magnitude - 3 : units[(units.count - 1) / 2]
        return pow(10, min(0, exponent))
    }

    /// An amount as a multiple of `unit`, whole when it is one up to rounding error.
    private static func multiples(of unit: Double, _ amount: Double) -> Double {
        let quotient = amount * (1 / unit).rounded()
        let whole = quotient.rounded()
        return abs(quotient - whole) <= 1e-9 * max(1, whole) ? whole : quotient
    }

    /// The index of the amount measure (the last one).
    var amountIndex: Int { measures.count - 1 }

    /// A value of a report; the amount as a multiple of ``amountUnit``.
    func value(_ row: Int, _ measure: Int) -> Double { values[row][measure] }

    /// A value as reasons print it: an amount (a multiple of ``amountUnit``) as the reports write
    /// it, to the unit's decimals.
    func text(_ value: Double, measure: Int) -> String {
        guard measure == amountIndex, amountUnit < 1 else { return NumberText.value(value) }
        let written = value * amountUnit
        guard abs(written) < 1e15 else { return NumberText.value(written) }
        return String(format: "%.\(Int(-log10(amountUnit).rounded()))f", written)
    }

    /// A report's value as reasons print it (``text(_:measure:)``).
    func text(row: Int, _ measure: Int) -> String { text(value(row, measure), measure: measure) }

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
