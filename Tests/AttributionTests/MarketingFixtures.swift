import Attribution
import Foundation
import Tabular

/// Reading the fixture files into ``MarketingData``.
enum MarketingFixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    /// Days since 1970-01-01 of an ISO date.
    static func day(_ text: String) -> Int {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var (year, month) = (parts[0], parts[1])
        if month <= 2 {
            year -= 1
            month += 12
        }
        let era = year / 400, yearOfEra = year - era * 400
        let dayOfYear = (153 * (month - 3) + 2) / 5 + parts[2] - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    /// A fixture as marketing data.
    static func data(_ file: String, date: String, kpi: String, channels: [String], controls: [String] = [],
                     events: [String] = []) throws -> MarketingData {
        let table = try CSVFile.read(path: url(file).path)
        func numbers(_ name: String) throws -> [Double] { try table.numericColumn(name).map { $0 ?? .nan } }
        return MarketingData(
            days: try table.textColumn(date).map { day($0 ?? "") }, kpi: try numbers(kpi),
            channels: try channels.map { MarketingSeries(name: $0, values: try numbers($0)) },
            controls: try controls.map { MarketingSeries(name: $0, values: try numbers($0)) },
            events: try events.map { MarketingSeries(name: $0, values: try numbers($0)) })
    }

    /// The ground truth of `mmm_example.csv`.
    struct Truth: Decodable {
        let true_total_contribution: [String: Double]
        let adstock: Adstock
        struct Adstock: Decodable { let alpha: [String: Double] }
    }

    static func truth() throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: url("mmm_example_ground_truth.json")))
    }
}
