import ArgumentParser
import Audit
import Dates
import Foundation
import Pipeline
import Report
import Store
import Tabular

/// `kpi audit`: the reports worth a second look, each with its reasons.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Flag outlying or made-up reports (entity × period), each with the reasons that drove the flag.",
        discussion: """
            REPORTS is a CSV of one report per id and period (use - for standard input). \
            --measures lists the counts in funnel order, from activity to outcome, and then the \
            amount (revenue, amount raised), e.g. visits,leads,deals,revenue; values must be \
            numbers that are not negative. Reports are compared with the person's own history, \
            with the peers of the same --group for the same period (which takes out holidays, \
            seasons and quarter-end pushes), along the funnel, by their digits, against earlier \
            reports (copies), for level shifts and for too little variation. The tests' p-values \
            are combined per report and the list is cut at a false discovery rate (--fdr). \
            Reports are ordered in time by --date if given, else by the period label: dates \
            with the year last (12/29/2025, 29.12.2025, 03/2026) and a year with a month name, \
            quarter or week (Jan 2026, Q1 2026, W05 2026) are read as dates, other labels \
            compared as text with numbers compared by value (2026-W05, 2026-03, 2026Q1, 7 or W7 \
            all come in order).

            The table lists the flagged reports; csv and json list every report once, flagged \
            first: csv with columns id,period,flagged,score,reasons, json as objects \
            {"entity","period","score","reasons","flagged","p_value","adjusted_p_value"}.

            Example:
              kpi audit notebooks-data/reports.csv --id entity --period period \\
                --measures visits,leads,deals,revenue --group team
            """)

    @Argument(help: "Reports: a CSV file, or - for standard input.")
    var reports: String

    @Option(help: "Column naming who filed the report.")
    var id: String

    @Option(help: "Column naming the period the report covers.")
    var period: String

    @Option(help: "Measure columns: counts in funnel order, then the amount, e.g. visits,leads,deals,revenue.")
    var measures: String

    @Option(help: "Columns whose values together form the peer group, e.g. region,role.")
    var group: String?

    @Option(help: "Column with each report's date (YYYY-MM-DD), to order reports in time.")
    var date: String?

    @Option(parsing: .unconditional, help: "False discovery rate of the flagged list, between 0 and 1.")
    var fdr: Double = 0.05

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        guard fdr > 0, fdr < 1 else { throw ValidationError("--fdr must be between 0 and 1, e.g. 0.05") }
        guard measureNames.count >= 2 else {
            throw ValidationError("--measures needs at least two columns, e.g. visits,leads,deals,revenue")
        }
    }

    private var measureNames: [String] { Self.list(measures) }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func run() throws {
        let table = try CSVFile.read(path: reports)
        let rows = try AuditTable.rows(table, id: id, period: period, measures: measureNames,
                                       group: group.map(Self.list) ?? [], date: date)
        let input: AuditInput
        do {
            input = try AuditInput(measures: measureNames, rows: rows)
        } catch let error as AuditError {
            throw InputError("\(table.source): \(error)")
        }
        let assessments = try ReportAudit.run(input, settings: AuditSettings(falseDiscoveryRate: fdr))
        let output: String
        switch format {
        case .table: output = AuditRendering.table(assessments, falseDiscoveryRate: fdr)
        case .json: output = AuditRendering.json(assessments)
        case .csv: output = AuditRendering.csv(assessments)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// Reads reports out of a table, naming the file, line and column of every bad cell.
enum AuditTable {
    static func rows(_ table: Table, id: String, period: String, measures: [String], group: [String],
                     date: String?) throws -> [AuditRow] {
        let ids = try table.requiredText(id)
        let periods = try table.requiredText(period)
        let groups = try group.map { try table.requiredText($0) }
        // Without a date column, period labels written as dates with the year last (or month,
        // quarter or week names with a year) are read as days: as text they are out of order.
        if date == nil, let (index, reason) = PeriodLabels.unreadableDates(periods) {
            throw InputError("\(table.place(row: index, column: period)): the periods read as dates, but \(reason); "
                + "give --date with a YYYY-MM-DD column to order them")
        }
        let days = try date.map { try table.days($0) } ?? PeriodLabels.days(periods)
        var values = Array(repeating: [Double](), count: table.rowCount)
        for measure in measures {
            for (row, value) in try table.requiredNumbers(measure).enumerated() {
                guard value >= 0 else {
                    throw InputError("\(table.place(row: row, column: measure)): \(plain(value)) is negative; counts and amounts cannot be negative")
                }
                values[row].append(value)
            }
        }
        var seen: [String: Int] = [:]
        return try (0..<table.rowCount).map { row in
            let key = ids[row] + "\u{1F}" + periods[row]
            if let first = seen[key] {
                throw InputError("\(table.place(row: row, column: period)): a second report of \"\(ids[row])\" for \"\(periods[row])\" (the first is on line \(table.lineNumbers[first]))")
            }
            seen[key] = row
            return AuditRow(entity: ids[row], period: periods[row], group: groups.map { $0[row] }.joined(separator: "/"),
                            values: values[row], timeKey: days?[row].description)
        }
    }

    /// A cell's number as the user typed it, near enough: whole numbers without a decimal point.
    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
