import ArgumentParser
import Forecasting
import Foundation
import Pipeline
import Report
import Store
import Tabular

/// `kpi pace`: fundraising speed toward a target.
struct PaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pace",
        abstract: "Fundraising velocity, pace against plan, expected date to reach the target and a speed rating.",
        discussion: """
            Raises (CSV with columns date,amount; other columns are ignored) from --start through \
            --as-of count. With --deadline the plan is a straight line from the start to the \
            deadline, and the speed is rated by velocity over the plan's velocity: fast (≥ 2×, \
            e.g. a half-year target in three months), ahead of plan (1.1–2×), on plan (0.9–1.1×), \
            slow (0.5–0.9×), very slow (below 0.5×). The date interval assumes future weeks \
            raise like the complete weeks so far.

            Example:
              kpi pace --raises raises.csv --target 7000000 --start 2026-07-01 --deadline 2026-12-31 --as-of 2026-11-20
            """)

    @Option(help: "Raises: CSV with columns date,amount.")
    var raises: String

    @Option(parsing: .unconditional, help: "The amount to raise.")
    var target: Double

    @Option(help: "The first day of the fundraising (YYYY-MM-DD).")
    var start: Day

    @Option(help: "The day the target is due (YYYY-MM-DD).")
    var deadline: Day?

    @Option(name: .customLong("as-of"), help: "The last day whose raises count (YYYY-MM-DD); by default the last raise's day.")
    var asOf: Day?

    @Option(parsing: .unconditional, help: "Level of the interval around the expected date, in percent.")
    var level: Double = 80

    @Option(help: "Output format: table or json.")
    var format: SummaryFormat = .table

    func validate() throws {
        guard target > 0, target.isFinite else { throw ValidationError("--target must be a positive amount") }
        if let deadline, deadline <= start { throw ValidationError("--deadline must come after --start") }
        if let asOf, asOf < start { throw ValidationError("--as-of must not come before --start") }
        guard level > 0, level < 100 else { throw ValidationError("--level must be between 0 and 100, e.g. 80") }
    }

    func run() throws {
        let table = try CSVFile.read(path: raises)
        let amounts = try table.requiredNumbers("amount")
        // Raises are money in, as the store accepts them: a refund is not a raise.
        if let row = amounts.firstIndex(where: { $0 < 0 }) {
            throw InputError("\(table.place(row: row, column: "amount")): a raise cannot be negative")
        }
        let raised = zip(try table.days("date"), amounts).map { RaisedAmount(day: $0.daysSinceEpoch, amount: $1) }
        let lastDay = raised.map(\.day).max().map { max($0, start.daysSinceEpoch) } ?? start.daysSinceEpoch
        let pace = try FundraisingPace(raises: raised, target: target, start: start.daysSinceEpoch,
                                       plan: deadline.map { .straightLine(deadline: $0.daysSinceEpoch) },
                                       asOf: asOf?.daysSinceEpoch ?? lastDay, level: level >= 1 ? level / 100 : level)
        let day = { (number: Int) in Day(daysSinceEpoch: number).description }
        let output = format == .json ? PaceRendering.json(pace, day: day) : PaceRendering.table(pace, day: day)
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
