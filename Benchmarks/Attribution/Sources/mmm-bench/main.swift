import Attribution
import Foundation
import Tabular

// mmm-bench DATA.csv --date COL --kpi COL --channels a,b [--controls ..] [--events ..]
//           [--adstock K] [--saturation K] [--repeat N] [--truth name=value,...]
// Fits the marketing-mix model N times (after one warm-up), prints the best and median wall
// time, and each channel's contribution with its interval (and its error against --truth).

let arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: mmm-bench DATA.csv --date COL --kpi COL --channels a,b ...\n".utf8))
    exit(2)
}
let options: [String: String] = Dictionary(stride(from: 1, to: arguments.count - 1, by: 2).map {
    (String(arguments[$0].dropFirst(2)), arguments[$0 + 1])
}, uniquingKeysWith: { $1 })
func list(_ key: String) -> [String] { options[key].map { $0.split(separator: ",").map(String.init) } ?? [] }

func day(_ text: String) -> Int {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    var (y, m) = (parts[0], parts[1])
    let d = parts[2]
    if m <= 2 { y -= 1; m += 12 }
    let era = y / 400, yoe = y - era * 400
    let doy = (153 * (m - 3) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
}

let table = try CSVFile.read(path: path)
func numbers(_ name: String) throws -> [Double] { try table.numericColumn(name).map { $0 ?? .nan } }
let days = try table.textColumn(options["date"] ?? "date").map { day($0 ?? "") }
let data = MarketingData(
    days: days, kpi: try numbers(options["kpi"] ?? "y"),
    channels: try list("channels").map { MarketingSeries(name: $0, values: try numbers($0)) },
    controls: try list("controls").map { MarketingSeries(name: $0, values: try numbers($0)) },
    events: try list("events").flatMap { name -> [MarketingSeries] in
        guard try table.isText(name) else { return [MarketingSeries(name: name, values: try numbers(name))] }
        // A text column (Robyn's "na" / "event1" / "event2"): one indicator per label but "na".
        let labels = try table.textColumn(name).map { ($0 ?? "").lowercased() }
        return Set(labels).subtracting(["na", ""]).sorted().map { label in
            MarketingSeries(name: "\(name)=\(label)", values: labels.map { $0 == label ? 1 : 0 })
        }
    })
var configuration = MarketingMixConfiguration()
if let kind = options["adstock"] { configuration.adstock = Adstock.Kind(rawValue: kind)! }
if let kind = options["saturation"] { configuration.saturation = Saturation.Kind(rawValue: kind)! }
if let lag = options["max-lag"] { configuration.maxLag = Int(lag)! }
if let order = options["fourier"] { configuration.fourierOrder = Int(order)! }
if let replicates = options["replicates"] { configuration.bootstrapReplicates = Int(replicates)! }
if let scheme = options["validation"] { configuration.validation = MarketingMixConfiguration.Validation(rawValue: scheme)! }
if let folds = options["folds"] { configuration.folds = Int(folds)! }
if let share = options["share"] { configuration.validationShare = Double(share)! }
if let seed = options["seed"] { configuration.seed = UInt64(seed)! }
if let value = options["restarts"] { configuration.restarts = Int(value)! }
if let value = options["evals"] { configuration.evaluationsPerParameter = Int(value)! }
if let value = options["boot-evals"] { configuration.bootstrapEvaluationsPerParameter = Int(value)! }
let repeats = Int(options["repeat"] ?? "5")!
var truth: [String: Double] = [:]
for item in list("truth") {
    let pair = item.split(separator: "=")
    truth[String(pair[0])] = Double(pair[1])!
}

var result = try MarketingMixModel.fit(data: data, configuration: configuration)
var times: [Double] = []
for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    result = try MarketingMixModel.fit(data: data, configuration: configuration)
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
times.sort()
print(String(format: "time best %.4f s, median %.4f s (%d weeks, %d channels, %d evaluations)", times.first ?? .nan,
             times.isEmpty ? .nan : times[times.count / 2], days.count, data.channels.count, result.evaluations))
print(String(format: "R² %.4f  NRMSE %.4f  MAPE %.4f  validation NRMSE %.4f  ridge %.2e  impact %.4f [%.4f, %.4f]",
             result.quality.rSquared, result.quality.nrmse, result.quality.mape, result.quality.validationNRMSE,
             result.ridge, result.impactCoefficient.value, result.impactCoefficient.low, result.impactCoefficient.high))
for channel in result.channels {
    var line = String(format: "%@ contribution %.1f [%.1f, %.1f] roas %.3f [%.3f, %.3f] mroas %.3f", channel.name,
                      channel.contribution.value, channel.contribution.low, channel.contribution.high,
                      channel.roas?.value ?? .nan, channel.roas?.low ?? .nan, channel.roas?.high ?? .nan,
                      channel.marginalROAS?.value ?? .nan)
    if let value = truth[channel.name] {
        line += String(format: " error %+.2f%% %@", (channel.contribution.value - value) / value * 100,
                       channel.contribution.low <= value && value <= channel.contribution.high ? "inside" : "OUTSIDE")
    }
    line += " adstock " + channel.adstockParameters.map { String(format: "%.3f [%.3f, %.3f]", $0.value, $0.low, $0.high) }.joined(separator: " ")
    line += " saturation " + channel.saturationParameters.map { String(format: "%.3f [%.3f, %.3f]", $0.value, $0.low, $0.high) }.joined(separator: " ")
    print(line)
}
for warning in result.warnings { print("warning: \(warning)") }
if options["json"] != nil {
    // One line for compare.sh.
    let channels = result.channels.map { channel in
        "\"\(channel.name)\": {\"contribution\": \(channel.contribution.value), \"low\": \(channel.contribution.low), "
            + "\"high\": \(channel.contribution.high), \"decay\": \(channel.adstock?.decay ?? -1)}"
    }
    print("JSON {\"best_seconds\": \(times.first ?? -1), \"median_seconds\": \(times.isEmpty ? -1 : times[times.count / 2]), "
        + "\"channels\": {\(channels.joined(separator: ", "))}}")
}
