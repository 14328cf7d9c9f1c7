import ArgumentParser
import Forecasting
import Foundation
import Report
import Store

/// `kpi attainment`: forecast end-of-period target attainment for people, teams and the
/// company.
struct AttainmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attainment",
        abstract: "Forecast end-of-period target attainment with intervals and the chance of reaching 100%.",
        discussion: """
            Targets (entity,period,target) name the period to forecast — the target period that \
            contains --as-of, or --period — and the earlier periods of the same kind, whose \
            bookings teach the forecast when in a period bookings arrive (a late-quarter push, a \
            slow August) and how each person's level varies. Actuals (entity,date,amount) are \
            daily bookings; those after --as-of are ignored. People (entity,team[,role]) add \
            team totals; a manager, director or head whose target is the team's (95% to 125% of the \
            summed targets of the members who are not leads) is measured on the team and left out \
            as a person. Team and company totals sum their people's simulated \
            outcomes path by path.

            Example:
              kpi attainment --targets targets.csv --actuals bookings.csv --people people.csv --as-of 2026-11-20
            """)

    @Option(help: "Targets: CSV with columns entity,period,target.")
    var targets: String

    @Option(help: "Bookings: CSV with columns entity,date,amount.")
    var actuals: String

    @Option(name: .customLong("as-of"), help: "The last day whose bookings count (YYYY-MM-DD).")
    var asOf: Day

    @Option(help: "People: CSV with columns entity,team and optionally role.")
    var people: String?

    @Option(help: "The period to forecast (e.g. 2026Q4); by default the target period containing --as-of.")
    var period: String?

    @Option(help: "Interval levels in percent, comma-separated.")
    var level: String = "80,95"

    @Option(parsing: .unconditional, help: "Simulated paths.")
    var paths: Int = 2000

    @Option(parsing: .unconditional, help: "Seed of the simulation.")
    var seed: UInt64 = 1

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        // A million paths put the probability of reaching the target within 0.001 (its
        // standard error at most 0.0005); more only cost memory and time.
        guard (1...1_000_000).contains(paths) else { throw ValidationError("--paths must be 1 to 1000000") }
        _ = try LevelList.parse(level)
    }

    func run() throws {
        let input = try AttainmentInput(targets: targets, actuals: actuals, people: people, asOf: asOf, period: period)
        let forecaster = AttainmentForecaster(pathCount: paths, seed: seed, levels: try LevelList.parse(level))
        let forecast = try forecaster.forecast(input.data, period: input.period.label, asOf: asOf.daysSinceEpoch)
        var notes: [String] = []
        for caveat in forecast.caveats {
            notes.append(caveat)
            FileHandle.standardError.write(Data("kpi: warning: \(caveat)\n".utf8))
        }
        if !input.uncounted.isEmpty {
            notes.append("Bookings of \(input.uncounted.joined(separator: ", ")) count for no team or the company "
                + "(a lead's own, or of someone without a target for \(input.period.label))")
        }
        if !input.leads.isEmpty {
            notes.append("Team leads measured on their team's total: "
                         + input.leads.map { "\($0.entity) (\($0.team))" }.joined(separator: ", "))
        }
        if people == nil {
            notes.append("No --people file: no team totals, and every entity with a target counts as a person.")
            if !input.unbooked.isEmpty {
                let warning = "\(input.unbooked.joined(separator: ", ")) \(input.unbooked.count == 1 ? "has" : "have") a target and no "
                    + "bookings: a team lead's target repeats the team's and is counted twice in the company total; "
                    + "--people names the leads"
                notes.append(warning)
                FileHandle.standardError.write(Data("kpi: warning: \(warning)\n".utf8))
            }
        }
        let day = { (number: Int) in Day(daysSinceEpoch: number).description }
        let output: String
        switch format {
        case .table: output = AttainmentRendering.table(forecast, day: day, notes: notes.isEmpty ? [] : [""] + notes)
        case .json: output = AttainmentRendering.json(forecast, day: day, notes: notes)
        case .csv: output = AttainmentRendering.csv(forecast)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
