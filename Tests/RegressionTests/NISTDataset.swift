import Foundation
import Tabular
import Testing

/// One NIST StRD linear-regression file: its data as a table and its certified values.
struct NISTDataset {
    let name: String
    let table: Table
    let coefficients: [Double]
    let standardDeviations: [Double]
    let residualStandardDeviation: Double
    let rSquared: Double

    /// Reads `Fixtures/nist-strd/<name>.dat`. The header says on which lines the certified
    /// values and the data stand; data columns are `y` then the predictors.
    init(_ name: String, predictors: [String]) throws {
        self.name = name
        let url = try #require(Bundle.module.url(forResource: "Fixtures/nist-strd/\(name)", withExtension: "dat"))
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func range(_ label: String) throws -> ClosedRange<Int> {
            let header = try #require(lines.first { $0.contains(label) && $0.contains("(lines") })
            let numbers = header.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            return numbers[0]...numbers[1]
        }
        var coefficients: [Double] = [], deviations: [Double] = []
        var residualSD = Double.nan, r2 = Double.nan
        for line in lines[(try range("Certified Values")).map { $0 - 1 }] {
            let fields = line.split(separator: " ").map(String.init)
            if fields.count >= 3, fields[0].range(of: #"^B\d+$"#, options: .regularExpression) != nil {
                coefficients.append(try #require(Double(fields[1])))
                deviations.append(try #require(Double(fields[2])))
            } else if line.contains("Residual Standard Deviation") {
                residualSD = try #require(Double(fields.last!))
            } else if line.contains("R-Squared") {
                r2 = try #require(Double(fields.last!))
            }
        }
        var csv = (["y"] + predictors).joined(separator: ",") + "\n"
        for line in lines[(try range("Data ")).map { $0 - 1 }] {
            csv += line.split(separator: " ").joined(separator: ",") + "\n"
        }
        table = try CSVFile.parse(csv, source: "\(name).dat")
        self.coefficients = coefficients
        standardDeviations = deviations
        residualStandardDeviation = residualSD
        rSquared = r2
    }
}

extension Array {
    subscript(indices: [Int]) -> [Element] { indices.map { self[$0] } }
}

/// Log relative error, the usual accuracy score: the number of correct significant digits,
/// capped at 15; absolute error where the certified value is zero.
func correctDigits(_ estimate: Double, _ certified: Double) -> Double {
    let error = certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
    return error == 0 ? 15 : min(15, -log10(error))
}
