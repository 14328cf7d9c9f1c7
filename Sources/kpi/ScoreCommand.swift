import ArgumentParser
import Foundation
import Report
import Scorecard

/// `kpi score`: score people against a scorecard from a file of KPI values.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score people, teams and roles against a scorecard.",
        discussion: """
            The scorecard (YAML) gives each role its dimensions, weights and scoring rules; the \
            values (CSV with columns entity,role,kpi,value and optionally team, period, excluded) \
            give each person's KPIs, or the inputs they are computed from (e.g. actual and target \
            for target_attainment). A KPI without a value scores 0 with the reason "no value", \
            as does one whose formula divides by zero for that person (the reason names the divisor; \
            a value given for the KPI itself is scored instead).

            Examples (sample files in Tests/ScorecardTests/Fixtures):
              kpi score --scorecard sales.yaml --values values.csv
              kpi score --scorecard marketing.yaml --values values.csv --period 2026Q1 --format json
            """)

    @Option(help: "Scorecard definition (YAML).")
    var scorecard: String

    @Option(help: "KPI values: CSV with columns entity,role,kpi,value[,team,period,excluded] ('-' reads standard input).")
    var values: String

    @Option(help: "Score only the values of this period (needed when the values span several).")
    var period: String?

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let definition = try ScorecardFile.read(path: scorecard)
        let result = try definition.score(try ValuesFile.read(path: values), period: period)
        let output: String
        switch format {
        case .table: output = ScoreRendering.table(result)
        case .json: output = ScoreRendering.json(result)
        case .csv: output = ScoreRendering.csv(result)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
