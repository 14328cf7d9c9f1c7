import Forecasting
import Foundation

/// One frequency of the M3 development data: training series with their holdouts.
struct M3Frequency {
    let name: String
    let horizon: Int
    let seasonalPeriod: Int
    let training: [TimeSeries]
    let holdout: [[Double]]

    /// Reads `m3_<name>_train.csv.gz` and `m3_<name>_test.csv.gz` (header
    /// `series_id,category,t,value`) from `directory`.
    init(name: String, horizon: Int, seasonalPeriod: Int, directory: URL) throws {
        self.name = name
        self.horizon = horizon
        self.seasonalPeriod = seasonalPeriod
        let train = try Self.read(directory.appendingPathComponent("m3_\(name)_train.csv.gz"))
        let test = try Self.read(directory.appendingPathComponent("m3_\(name)_test.csv.gz"))
        training = try train.map { try TimeSeries($0.values, seasonalPeriod: seasonalPeriod, name: $0.id) }
        let holdouts = Dictionary(uniqueKeysWithValues: test.map { ($0.id, $0.values) })
        holdout = try train.map { series in
            guard let values = holdouts[series.id], values.count == horizon else {
                throw BenchmarkError.data("series \(series.id) has no holdout of \(horizon) values")
            }
            return values
        }
    }

    /// Series in file order, values in `t` order.
    private static func read(_ url: URL) throws -> [(id: String, values: [Double])] {
        let text = try gunzip(url)
        var order: [String] = []
        var rows: [String: [(Int, Double)]] = [:]
        for (number, line) in text.split(separator: "\n").enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 4, let t = Int(fields[2]), let value = Double(fields[3]) else {
                throw BenchmarkError.data("\(url.lastPathComponent), line \(number + 1): cannot read '\(line)'")
            }
            let id = String(fields[0])
            if rows[id] == nil { order.append(id) }
            rows[id, default: []].append((t, value))
        }
        return order.map { id in (id, rows[id, default: []].sorted { $0.0 < $1.0 }.map(\.1)) }
    }

    /// The text of a gzip file, decompressed by the system's `gzip`.
    private static func gunzip(_ url: URL) throws -> String {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw BenchmarkError.data("missing data file \(url.path)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8) else {
            throw BenchmarkError.data("cannot decompress \(url.path)")
        }
        return text
    }
}

enum BenchmarkError: Error, CustomStringConvertible {
    case data(String)

    var description: String {
        switch self {
        case .data(let message): return message
        }
    }
}
