import Tabular

/// Reads KPI values from CSV: one row per entity and KPI (or input).
///
/// Required columns: `entity`, `role`, `kpi`, `value`. Optional: `team`, `period`, and
/// `excluded`, whose cell excludes the row's value and gives the reason, unless it is empty
/// or says no (`false`, `no`, `0`, `none`, `-`, in any case). Other
/// columns are ignored. A row with an empty (or `NA`) value holds no value, so the KPI scores
/// as missing.
public enum ValuesFile {
    /// Reads the file at `path` (`-` for standard input).
    /// - Throws: `TableError` naming the file, line and column of the first problem: a missing
    ///   column, a value that is not a number, an empty entity, role or kpi cell.
    public static func read(path: String) throws -> [KPIValue] {
        try values(from: try CSVFile.read(path: path))
    }

    /// The values of a table with the columns above.
    /// - Throws: `TableError`.
    public static func values(from table: Table) throws -> [KPIValue] {
        let entities = try required("entity", table)
        let roles = try required("role", table)
        let kpis = try required("kpi", table)
        let numbers = try table.numericColumn("value")
        let teams = try optional("team", table)
        let periods = try optional("period", table)
        let exclusions = try optional("excluded", table)
        var values: [KPIValue] = []
        for row in 0..<table.rowCount {
            guard let value = numbers[row] else { continue }
            let reason = exclusions[row].flatMap { Self.notExcluded.contains($0.lowercased()) ? nil : $0 }
            values.append(KPIValue(entity: entities[row], role: roles[row], team: teams[row], period: periods[row],
                                   kpi: kpis[row], value: value, excluded: reason != nil, exclusionReason: reason,
                                   location: FileLocation(source: table.source, line: table.lineNumbers[row])))
        }
        return values
    }

    /// Cells of the `excluded` column that say the value is not excluded.
    static let notExcluded: Set<String> = ["false", "no", "n", "0", "none", "-"]

    /// A text column in which every row needs a cell.
    private static func required(_ name: String, _ table: Table) throws -> [String] {
        let cells = try table.textColumn(name)
        return try cells.enumerated().map { row, cell in
            guard let cell else {
                throw TableError.malformed(source: table.source, line: table.lineNumbers[row], reason: "column \"\(name)\" is empty")
            }
            return cell
        }
    }

    private static func optional(_ name: String, _ table: Table) throws -> [String?] {
        table.hasColumn(name) ? try table.textColumn(name) : Array(repeating: nil, count: table.rowCount)
    }
}
