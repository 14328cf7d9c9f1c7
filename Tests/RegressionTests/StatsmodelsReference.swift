import Foundation
import Tabular
import Testing

/// The reference fits in `Fixtures/statsmodels/statsmodels_reference.json`, produced by
/// `Fixtures/statsmodels/generate.py` (see the README there for the command and versions).
struct StatsmodelsReference: Decodable {
    struct Robust: Decodable {
        let std_error, t, p, ci_low, ci_high: [Double]
    }
    struct Diagnostics: Decodable {
        let leverage, student_internal, student_external, cooks_distance: [Double]
    }
    struct Prediction: Decodable {
        let mean, mean_se, mean_ci_low, mean_ci_high, obs_ci_low, obs_ci_high: [Double]
    }
    struct Case: Decodable, CustomStringConvertible {
        let name: String
        let kind: String
        let formula: String
        let weights: String?
        let n: Int
        let terms: [String]
        let estimate: [Double]
        let df_resid: Double?
        let df_model: Double?
        let r_squared, adj_r_squared, f_statistic, f_pvalue, sigma, log_likelihood, aic, bic, condition_number: Double?
        let std_error, t, p, ci_low, ci_high, ci90_low, ci90_high: [Double]?
        let robust: [String: Robust]?
        let diagnostics: Diagnostics?
        let vif: [String: Double]?
        let prediction: Prediction?
        let lambda: Double?
        let rss: Double?
        var description: String { name }
    }
    let cases: [Case]

    static let loaded: StatsmodelsReference = {
        let url = Bundle.module.url(forResource: "Fixtures/statsmodels/statsmodels_reference", withExtension: "json")!
        return try! JSONDecoder().decode(StatsmodelsReference.self, from: Data(contentsOf: url))
    }()

    static func table(_ file: String) throws -> Table {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/statsmodels/\(file)", withExtension: "csv"))
        return try CSVFile.read(path: url.path)
    }

    static func named(_ name: String) -> Case { loaded.cases.first { $0.name == name }! }
}

/// `|a − b| ≤ relative·|b| + absolute`, element-wise, with a message naming the element.
func expectClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-9, absolute: Double = 1e-300,
                 _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)",
            sourceLocation: sourceLocation)
    for (index, (a, b)) in zip(actual, expected).enumerated() {
        #expect(abs(a - b) <= relative * abs(b) + absolute, "\(what)[\(index)]: \(a) vs \(b)", sourceLocation: sourceLocation)
    }
}

func expectClose(_ actual: Double, _ expected: Double?, relative: Double = 1e-9, _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard let expected else { Issue.record("\(what): no reference value", sourceLocation: sourceLocation); return }
    expectClose([actual], [expected], relative: relative, what, sourceLocation: sourceLocation)
}
