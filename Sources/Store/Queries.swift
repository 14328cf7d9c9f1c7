import GRDB

/// Reading the ingested data back, in a stable order. Filters left `nil` select everything;
/// date bounds are inclusive.
extension KPIStore {
    /// Everyone in the people files, by entity.
    public func people() throws -> [Person] {
        try fetch("SELECT entity, name, team, role FROM people ORDER BY entity") { row in
            Person(entity: row[0], name: row[1], team: row[2], role: row[3])
        }
    }

    /// Team names met in people and KPI values, sorted.
    public func teams() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM teams ORDER BY name") }
    }

    /// Role names met in people and KPI values, sorted.
    public func roles() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM roles ORDER BY name") }
    }

    /// Periods met in targets, reports and KPI values, by first day, then by last day.
    public func periods() throws -> [Period] {
        try fetch("SELECT label FROM periods ORDER BY start, end, label") { row in
            try Stored.period(row[0], in: "periods")
        }
    }

    /// Targets, by entity, period and KPI.
    public func targets(period: String? = nil, entity: String? = nil, kpi: String? = nil) throws -> [Target] {
        var filter = Filter()
        filter.equal("period", period)
        filter.equal("entity", entity)
        filter.equal("kpi", kpi)
        return try fetch("SELECT entity, period, kpi, target FROM targets", filter, "entity, period, kpi") { row in
            Target(entity: row[0], period: try Stored.period(row[1], in: "targets"), kpi: row[2], target: row[3])
        }
    }

    /// Daily actuals, by entity, KPI and date.
    public func actuals(entity: String? = nil, kpi: String? = nil,
                        from: Day? = nil, through: Day? = nil) throws -> [Actual] {
        var filter = Filter()
        filter.equal("entity", entity)
        filter.equal("kpi", kpi)
        filter.dates("date", from: from, through: through)
        return try fetch("SELECT entity, kpi, date, amount FROM actuals", filter, "entity, kpi, date", KPIStore.actual)
    }

    /// The entities with a positive actual of `kpi` between the two days (both included), in
    /// order: who booked anything, read without fetching the actuals themselves.
    public func entitiesWithActuals(kpi: String, from: Day, through: Day) throws -> [String] {
        var filter = Filter()
        filter.equal("kpi", kpi)
        filter.dates("date", from: from, through: through)
        return try fetch("SELECT DISTINCT entity FROM actuals", filter.adding("amount > 0"), "entity") { row in row[0] as String }
    }

    /// Daily actuals of the given entities: entity by entity in the order given, each by KPI
    /// and date.
    ///
    /// The table's key starts with the entity, so this reads only those entities' rows: a
    /// quarter of a few thousand people comes out of millions of stored days without a
    /// scan of them all.
    public func actuals(of entities: [String], kpi: String? = nil,
                        from: Day? = nil, through: Day? = nil) throws -> [Actual] {
        try writer.read { db in
            var values: [Actual] = []
            for entity in entities {
                var filter = Filter()
                filter.equal("entity", entity)
                filter.equal("kpi", kpi)
                filter.dates("date", from: from, through: through)
                let statement = try db.cachedStatement(
                    sql: "SELECT entity, kpi, date, amount FROM actuals" + filter.sql + " ORDER BY kpi, date")
                let rows = try Row.fetchCursor(statement, arguments: filter.arguments)
                while let row = try rows.next() { values.append(try KPIStore.actual(row)) }
            }
            return values
        }
    }

    private static func actual(_ row: Row) throws -> Actual {
        Actual(entity: row[0], kpi: row[1], date: try Stored.day(row[2], in: "actuals"), amount: row[3])
    }

    /// Money raised, by date, entity and source.
    public func raises(entity: String? = nil, from: Day? = nil, through: Day? = nil) throws -> [Raise] {
        var filter = Filter()
        filter.equal("entity", entity)
        filter.dates("date", from: from, through: through)
        return try fetch("SELECT entity, source, date, amount FROM raises", filter, "date, entity, source") { row in
            let entity: String = row[0], source: String = row[1]
            return Raise(entity: entity.isEmpty ? nil : entity, source: source.isEmpty ? nil : source,
                         date: try Stored.day(row[2], in: "raises"), amount: row[3])
        }
    }

    /// Campaigns, by start date and id.
    public func campaigns() throws -> [Campaign] {
        try fetch("""
            SELECT campaign, name, channel, start, end, cost, revenue, leads, customers, owner
            FROM campaigns ORDER BY start, campaign
            """) { row in
            Campaign(campaign: row[0], name: row[1], channel: row[2],
                     start: try Stored.day(row[3], in: "campaigns"), end: try Stored.day(row[4], in: "campaigns"),
                     cost: row[5], revenue: row[6], leads: row[7], customers: row[8], owner: row[9])
        }
    }

    /// Channel spend, by date and channel.
    public func channelSpend(channel: String? = nil, from: Day? = nil, through: Day? = nil) throws -> [ChannelSpend] {
        var filter = Filter()
        filter.equal("channel", channel)
        filter.dates("date", from: from, through: through)
        return try fetch("SELECT channel, date, spend FROM channel_spend", filter, "date, channel") { row in
            ChannelSpend(channel: row[0], date: try Stored.day(row[1], in: "channel_spend"), spend: row[2])
        }
    }

    /// Report values, by entity, period and measure.
    public func reports(period: String? = nil, entity: String? = nil) throws -> [ReportValue] {
        var filter = Filter()
        filter.equal("period", period)
        filter.equal("entity", entity)
        return try fetch("SELECT entity, period, measure, value FROM reports", filter,
                         "entity, period, measure") { row in
            ReportValue(entity: row[0], period: try Stored.period(row[1], in: "reports"),
                        measure: row[2], value: row[3])
        }
    }

    /// KPI values, by entity, period and KPI; `period` selects one period's values.
    public func kpiValues(period: String? = nil, entity: String? = nil) throws -> [KPIValue] {
        var filter = Filter()
        filter.equal("period", period)
        filter.equal("entity", entity)
        return try fetch("SELECT entity, role, team, kpi, value, period FROM kpi_values", filter,
                         "entity, period, kpi") { row in
            let team: String = row[2], period: String = row[5]
            return KPIValue(entity: row[0], role: row[1], team: team.isEmpty ? nil : team, kpi: row[3],
                            value: row[4], period: period.isEmpty ? nil : try Stored.period(period, in: "kpi_values"))
        }
    }

    /// The path of the file that brought a stored KPI value, as it was ingested; `nil` when no
    /// such value is stored.
    public func sourceOfKPIValue(entity: String, period: String, kpi: String) throws -> String? {
        var filter = Filter()
        filter.equal("v.entity", entity)
        filter.equal("v.period", period)
        filter.equal("v.kpi", kpi)
        return try fetch("SELECT f.path FROM kpi_values v JOIN files f ON f.id = v.file_id", filter) { row in row[0] as String }.first
    }

    private func fetch<T>(_ select: String, _ filter: Filter = Filter(), _ order: String? = nil,
                          _ decode: (Row) throws -> T) throws -> [T] {
        let sql = select + filter.sql + (order.map { " ORDER BY \($0)" } ?? "")
        return try writer.read { db in
            var values: [T] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: filter.arguments)
            while let row = try rows.next() { values.append(try decode(row)) }
            return values
        }
    }
}

/// `WHERE` clauses with their arguments.
private struct Filter {
    private var clauses: [String] = []
    private(set) var arguments = StatementArguments()

    var sql: String { clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ") }

    mutating func equal(_ column: String, _ value: String?) {
        guard let value else { return }
        clauses.append("\(column) = ?")
        arguments += [value]
    }

    /// The filter with one more clause that takes no argument.
    func adding(_ clause: String) -> Filter {
        var copy = self
        copy.clauses.append(clause)
        return copy
    }

    mutating func dates(_ column: String, from: Day?, through: Day?) {
        if let from {
            clauses.append("\(column) >= ?")
            arguments += [from.description]
        }
        if let through {
            clauses.append("\(column) <= ?")
            arguments += [through.description]
        }
    }
}

/// Stored text read back as days and periods. Ingest wrote only valid values, so a failure
/// means the file was changed by other means.
enum Stored {
    static func day(_ text: String, in table: String) throws -> Day {
        guard let day = Day(text) else { throw StoreError.unreadableValue(table: table, value: text) }
        return day
    }

    static func period(_ label: String, in table: String) throws -> Period {
        guard let period = Period(label) else { throw StoreError.unreadableValue(table: table, value: label) }
        return period
    }
}
