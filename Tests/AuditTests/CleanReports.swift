@testable import Audit
import Foundation
import TestSupport

/// Honest weekly reports to plant one anomaly at a time into: entities of one peer group, a
/// funnel of visits → leads → deals → revenue with binomial conversions and lognormal deal
/// sizes, and a holiday week where everyone's activity halves.
struct CleanReports {
    static let measures = ["visits", "leads", "deals", "revenue"]
    var rows: [AuditRow]

    init(entities: Int = 12, weeks: Int = 40, seed: UInt64 = 7) {
        var random = SplitMix64(seed: seed)
        var rows: [AuditRow] = []
        for entity in 0..<entities {
            let level = 14 * exp(0.2 * Self.normal(&random))
            for week in 1...weeks {
                let holiday = week == 20 ? 0.5 : 1.0
                let visits = Self.poisson(level * holiday, &random)
                let leads = Self.binomial(visits, 0.3, &random)
                let deals = Self.binomial(leads, 0.35, &random)
                var revenue = 0.0
                for _ in 0..<deals { revenue += 2500 * exp(0.6 * Self.normal(&random) - 0.18) }
                rows.append(AuditRow(entity: String(format: "E%02d", entity), period: String(format: "2026-W%02d", week),
                                     group: "g", values: [Double(visits), Double(leads), Double(deals), revenue.rounded()]))
            }
        }
        self.rows = rows
    }

    /// The row of an entity's week.
    func index(entity: Int, week: Int) -> Int {
        rows.firstIndex { $0.entity == String(format: "E%02d", entity) && $0.period == String(format: "2026-W%02d", week) }!
    }

    /// Replaces a report's values.
    mutating func set(entity: Int, week: Int, _ values: [Double]) {
        let i = index(entity: entity, week: week)
        rows[i] = AuditRow(entity: rows[i].entity, period: rows[i].period, group: rows[i].group, values: values)
    }

    /// Replaces an entity's reports of consecutive weeks, the first at `week`.
    mutating func plant(_ weeks: [[Double]], entity: Int, from week: Int) {
        for (offset, values) in weeks.enumerated() { set(entity: entity, week: week + offset, values) }
    }

    func values(entity: Int, week: Int) -> [Double] { rows[index(entity: entity, week: week)].values }

    /// Multiplies one measure of an entity's reports in the given weeks (rounded to whole
    /// numbers): padded visits, inflated revenue.
    mutating func multiply(measure: Int, by factor: Double, entity: Int, weeks: ClosedRange<Int>) {
        for week in weeks {
            var values = values(entity: entity, week: week)
            values[measure] = (values[measure] * factor).rounded()
            set(entity: entity, week: week, values)
        }
    }

    /// Replaces every report's leads with `draw` (seeded): leads that come from marketing
    /// whatever the visits.
    mutating func replaceLeads(seed: UInt64, _ draw: (inout SplitMix64) -> Int) {
        var random = SplitMix64(seed: seed)
        rows = rows.map { row in
            var values = row.values
            values[1] = Double(draw(&random))
            return AuditRow(entity: row.entity, period: row.period, group: row.group, values: values)
        }
    }

    func context() throws -> AuditContext { AuditContext(try AuditInput(measures: Self.measures, rows: rows)) }

    static func normal(_ random: inout SplitMix64) -> Double {
        let u = Double.random(in: Double.ulpOfOne..<1, using: &random), v = Double.random(in: 0..<1, using: &random)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    static func poisson(_ mean: Double, _ random: inout SplitMix64) -> Int {
        let limit = exp(-mean)
        var k = 0, product = Double.random(in: 0..<1, using: &random)
        while product > limit { k += 1; product *= Double.random(in: 0..<1, using: &random) }
        return k
    }

    static func binomial(_ n: Int, _ p: Double, _ random: inout SplitMix64) -> Int {
        (0..<n).filter { _ in Double.random(in: 0..<1, using: &random) < p }.count
    }
}
