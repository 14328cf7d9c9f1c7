import GRDB
import Tabular

/// The checks and conversions of each dataset; see ``Dataset`` for the columns and rules.
extension ValidatedRows {
    static func people(_ reader: ColumnReader) throws -> ValidatedRows {
        let entity = try reader.text("entity")
        let name = try reader.text("name")
        let team = try reader.text("team")
        let role = try reader.text("role")
        var rows = try ValidatedRows(reader, keys: [entity], valueColumns: ["name", "team", "role"],
                                     values: [name.databaseValues, team.databaseValues, role.databaseValues])
        rows.teams = Set(team)
        rows.roles = Set(role)
        return rows
    }

    static func targets(_ reader: ColumnReader) throws -> ValidatedRows {
        var periods: [String: Period] = [:]
        let entity = try reader.text("entity")
        let period = try reader.periods("period", into: &periods)
        let target = try reader.numbers("target", nonNegative: true)
        let kpi = try reader.text("kpi", default: Dataset.defaultKPI)
        var rows = try ValidatedRows(reader, keys: [entity, period, kpi], valueColumns: ["target"],
                                     values: [target.databaseValues])
        rows.periods = periods
        return rows
    }

    static func actuals(_ reader: ColumnReader) throws -> ValidatedRows {
        let entity = try reader.text("entity")
        let date = try reader.dates("date")
        let amount = try reader.numbers("amount", nonNegative: true)
        let kpi = try reader.text("kpi", default: Dataset.defaultKPI)
        return try ValidatedRows(reader, keys: [entity, kpi, date], valueColumns: ["amount"],
                                 values: [amount.databaseValues])
    }

    static func raises(_ reader: ColumnReader) throws -> ValidatedRows {
        let date = try reader.dates("date")
        let amount = try reader.numbers("amount", nonNegative: true)
        let entity = try reader.text("entity", default: "")
        let source = try reader.text("source", default: "")
        return try ValidatedRows(reader, keys: [entity, source, date], valueColumns: ["amount"],
                                 values: [amount.databaseValues])
    }

    static func campaigns(_ reader: ColumnReader) throws -> ValidatedRows {
        let campaign = try reader.text("campaign")
        let name = try reader.text("name")
        let channel = try reader.text("channel")
        let start = try reader.dates("start")
        let end = try reader.dates("end")
        for row in start.indices where end[row] < start[row] {
            throw IngestError.endBeforeStart(file: reader.file, line: reader.lines[row], column: "end",
                                             start: start[row], end: end[row])
        }
        let cost = try reader.numbers("cost", nonNegative: true)
        let revenue = try reader.numbers("revenue", nonNegative: true)
        let leads = try reader.counts("leads")
        let customers = try reader.counts("customers")
        // An empty owner cell means nobody is credited with the campaign.
        let owner = try reader.text("owner", default: "").map { $0.isEmpty ? DatabaseValue.null : $0.databaseValue }
        return try ValidatedRows(
            reader, keys: [campaign],
            valueColumns: ["name", "channel", "start", "end", "cost", "revenue", "leads", "customers", "owner"],
            values: [name.databaseValues, channel.databaseValues, start.databaseValues, end.databaseValues,
                     cost.databaseValues, revenue.databaseValues, leads.databaseValues, customers.databaseValues, owner])
    }

    static func channelSpend(_ reader: ColumnReader) throws -> ValidatedRows {
        let date = try reader.dates("date")
        let channel = try reader.text("channel")
        let spend = try reader.numbers("spend", nonNegative: true)
        return try ValidatedRows(reader, keys: [channel, date], valueColumns: ["spend"], values: [spend.databaseValues])
    }

    /// Columns of a reports file that describe the entity rather than measure its period
    /// (the people file holds them); they are not stored as measures.
    static let reportLabels: Set<String> = ["name", "team", "region", "role"]

    /// Each CSV row holds one entity's measures for one period; each non-empty measure cell
    /// becomes one record. Label columns (``reportLabels``) are left out.
    static func reports(_ reader: ColumnReader) throws -> ValidatedRows {
        let measures = reader.table.columnNames.filter { $0 != "entity" && $0 != "period" && !reportLabels.contains($0) }
        guard !measures.isEmpty else { throw IngestError.noMeasures(file: reader.file) }
        var periods: [String: Period] = [:]
        let entity = try reader.text("entity")
        let period = try reader.periods("period", into: &periods)
        try reader.checkUnique([entity, period], columns: ["entity", "period"])
        let columns = try measures.map { try reader.table.numericColumn($0) }
        var keys: [[String]] = [[], [], []]
        var values: [DatabaseValue] = []
        var lines: [Int] = []
        for row in 0..<reader.table.rowCount {
            for (measure, column) in zip(measures, columns) {
                guard let value = column[row] else { continue }
                keys[0].append(entity[row])
                keys[1].append(period[row])
                keys[2].append(measure)
                values.append(value.databaseValue)
                lines.append(reader.lines[row])
            }
        }
        var rows = ValidatedRows(dataset: .reports, keys: keys, valueColumns: ["value"], values: [values], lines: lines)
        rows.periods = periods
        return rows
    }

    static func kpiValues(_ reader: ColumnReader) throws -> ValidatedRows {
        var periods: [String: Period] = [:]
        let entity = try reader.text("entity")
        let role = try reader.text("role")
        let kpi = try reader.text("kpi")
        let value = try reader.numbers("value", nonNegative: false)
        let team = try reader.text("team", default: "")
        let period = try reader.optionalPeriods("period", into: &periods)
        var rows = try ValidatedRows(reader, keys: [entity, period, kpi], valueColumns: ["role", "team", "value"],
                                     values: [role.databaseValues, team.databaseValues, value.databaseValues])
        rows.roles = Set(role)
        rows.teams = Set(team.filter { !$0.isEmpty })
        rows.periods = periods
        return rows
    }
}
