import Forecasting
import Foundation

/// One data set of the benchmark: training series with their holdouts, read from
/// `<name>_train.csv.gz` and `<name>_test.csv.gz` (header `series_id,category,t,value`).
///
/// The frequency word in the name (`yearly`, `quarterly`, `monthly`, `other`) sets the horizon
/// and the seasonal period (see ``Frequency``).
struct DataSet {
    /// The file name without `_train.csv.gz`, such as `m3_yearly` or `synthetic_monthly`.
    let name: String
    let frequency: Frequency
    let training: [TimeSeries]
    let holdout: [[Double]]

    var horizon: Int { frequency.horizon }
    var seasonalPeriod: Int { frequency.seasonalPeriod }

    /// The name shown in the tables: the M3 competition's sets (`m3_<frequency>`), the
    /// benchmark's reference, go by their frequency alone; any other set by its full name.
    var label: String { name.hasPrefix("m3_") ? String(name.dropFirst(3)) : name }

    /// Every data set in `directory`, ordered yearly, quarterly, monthly, other, then by name.
    /// - Throws: when a name declares no frequency, a holdout file is missing or a file cannot
    ///   be read, naming the file; when the directory holds no data set.
    static func all(in directory: URL) throws -> [DataSet] {
        let suffix = "_train.csv.gz"
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw BenchmarkError.data("cannot list data directory \(directory.path)")
        }
        let named = try files.filter { $0.hasSuffix(suffix) }.map { file -> (String, Frequency) in
            let name = String(file.dropLast(suffix.count))
            guard let frequency = Frequency(dataSetName: name) else {
                throw BenchmarkError.data("\(directory.appendingPathComponent(file).path): the name must contain exactly "
                                          + "one of the words \(Frequency.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return (name, frequency)
        }
        guard !named.isEmpty else { throw BenchmarkError.data("no *\(suffix) files in \(directory.path)") }
        let rank = Dictionary(uniqueKeysWithValues: Frequency.allCases.enumerated().map { ($1, $0) })
        return try named
            .sorted { (rank[$0.1] ?? 0, $0.0) < (rank[$1.1] ?? 0, $1.0) }
            .map { try DataSet(name: $0.0, frequency: $0.1, directory: directory) }
    }

    /// Reads `<name>_train.csv.gz` and `<name>_test.csv.gz` from `directory`.
    init(name: String, frequency: Frequency, directory: URL) throws {
        self.name = name
        self.frequency = frequency
        let horizon = frequency.horizon
        let train = try Self.read(directory.appendingPathComponent("\(name)_train.csv.gz"))
        let test = try Self.read(directory.appendingPathComponent("\(name)_test.csv.gz"))
        training = try train.map { try TimeSeries($0.values, seasonalPeriod: frequency.seasonalPeriod, name: $0.id) }
        let holdouts = Dictionary(uniqueKeysWithValues: test.map { ($0.id, $0.values) })
        holdout = try train.map { series in
            guard let values = holdouts[series.id], values.count == horizon else {
                throw BenchmarkError.data("\(name)_test.csv.gz: series \(series.id) has no holdout of \(horizon) values")
            }
            return values
        }
    }

    /// Series in file order, values in `t` order.
    private static func read(_ url: URL) throws -> [(id: String, values: [Double])] {
        let text = try gunzip(url)
        var order: [String] = []
        var rows: [String: [(Int, Double)]] = [:]
        let lines = text.split(separator: "\n")
        guard lines.first == "series_id,category,t,value" else {
            throw BenchmarkError.data("\(url.lastPathComponent), line 1: the header must be 'series_id,category,t,value'")
        }
        for (number, line) in lines.enumerated().dropFirst() {
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
