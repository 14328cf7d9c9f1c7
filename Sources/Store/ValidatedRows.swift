import GRDB
import Tabular

/// One file's rows after every check, column by column, exactly as the store will hold
/// them: the SQL table's key columns as text, then its other columns.
struct ValidatedRows {
    let dataset: Dataset
    /// Names of the key columns in the SQL table, in ``keys`` order.
    let keyColumns: [String]
    /// Names of the other columns in the SQL table, in ``values`` order.
    let valueColumns: [String]
    /// `keys[column][record]`.
    let keys: [[String]]
    /// `values[column][record]`.
    let values: [[DatabaseValue]]
    /// The source line of every record.
    let lines: [Int]
    /// Records in key order, the order they are written in.
    let keyOrder: KeyOrder
    /// Teams, roles and periods the records name, for the catalogue tables.
    var teams: Set<String> = []
    var roles: Set<String> = []
    var periods: [String: Period] = [:]
    /// Header columns the dataset does not use.
    var ignoredColumns: [String] = []

    var count: Int { lines.count }

    /// The CSV column a stored value came from, for messages: a reports value came from the
    /// column named by its measure.
    func sourceColumn(ofValue column: Int, record: Int) -> String {
        dataset == .reports ? keys[2][record] : valueColumns[column]
    }

    /// Asks `problem` about every KPI value (``Dataset/kpiValues`` rows: key columns entity,
    /// period, kpi; value columns role, team, value) and throws
    /// ``IngestError/refused(file:line:column:reason:)`` for the first it objects to.
    func checkKPIValues(file: String, _ problem: KPIStore.KPIValueCheck) throws {
        guard let roleColumn = valueColumns.firstIndex(of: "role"), let valueColumn = valueColumns.firstIndex(of: "value") else { return }
        let teamColumn = valueColumns.firstIndex(of: "team")
        for record in 0..<count {
            // A file without teams stores an empty one.
            let team = teamColumn.flatMap { String.fromDatabaseValue(values[$0][record]) }.flatMap { $0.isEmpty ? nil : $0 }
            guard let value = Double.fromDatabaseValue(values[valueColumn][record]),
                  let role = String.fromDatabaseValue(values[roleColumn][record]),
                  let refusal = problem(keys[0][record], keys[1][record], role, team, keys[2][record], value) else { continue }
            throw IngestError.refused(file: file, line: lines[record], column: refusal.column, reason: refusal.reason)
        }
    }

    /// Checks every row of `table` as `dataset` and converts it.
    /// - Throws: ``IngestError`` or `TableError` for the first cell that is wrong.
    static func validate(_ table: Tabular.Table, as dataset: Dataset) throws -> ValidatedRows {
        let reader = ColumnReader(table: table, dataset: dataset)
        let ignored = try reader.checkHeader()
        var rows: ValidatedRows
        switch dataset {
        case .people: rows = try people(reader)
        case .targets: rows = try targets(reader)
        case .actuals: rows = try actuals(reader)
        case .raises: rows = try raises(reader)
        case .campaigns: rows = try campaigns(reader)
        case .channelSpend: rows = try channelSpend(reader)
        case .reports: rows = try reports(reader)
        case .kpiValues: rows = try kpiValues(reader)
        }
        rows.ignoredColumns = ignored
        return rows
    }

    /// Rows whose SQL columns are the dataset's key columns plus `values`, one record per CSV
    /// row, after checking that no key repeats.
    init(_ reader: ColumnReader, keys: [[String]], valueColumns: [String], values: [[DatabaseValue]]) throws {
        self.keyOrder = try reader.checkUnique(keys, columns: reader.dataset.keyColumns)
        self.dataset = reader.dataset
        self.keyColumns = reader.dataset.keyColumns
        self.valueColumns = valueColumns
        self.keys = keys
        self.values = values
        self.lines = reader.lines
    }

    /// Rows laid out explicitly (reports expand one CSV row into several records).
    init(dataset: Dataset, keys: [[String]], valueColumns: [String], values: [[DatabaseValue]], lines: [Int]) {
        self.dataset = dataset
        self.keyColumns = dataset.keyColumns
        self.valueColumns = valueColumns
        self.keys = keys
        self.values = values
        self.lines = lines
        self.keyOrder = KeyOrder(keys, count: lines.count)
    }
}

/// Database values for columns of Swift values.
extension Array where Element == String {
    var databaseValues: [DatabaseValue] { map { $0.databaseValue } }
}

extension Array where Element == Double {
    var databaseValues: [DatabaseValue] { map { $0.databaseValue } }
}

extension Array where Element == Int64? {
    var databaseValues: [DatabaseValue] { map { $0?.databaseValue ?? .null } }
}
