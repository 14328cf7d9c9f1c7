/// The sampling frequency a data set's name declares, with the M3 competition's forecast
/// horizon and the seasonal period that go with it.
enum Frequency: String, CaseIterable {
    case yearly, quarterly, monthly, other

    /// Steps forecast and scored: 6 years, 8 quarters, 18 months, 8 for "other".
    var horizon: Int {
        switch self {
        case .yearly: return 6
        case .quarterly: return 8
        case .monthly: return 18
        case .other: return 8
        }
    }

    /// Observations per seasonal cycle.
    var seasonalPeriod: Int {
        switch self {
        case .yearly, .other: return 1
        case .quarterly: return 4
        case .monthly: return 12
        }
    }

    /// The frequency named by one of the `_`- or `-`-separated words of a data set's name
    /// (`m3_yearly`, `synthetic_monthly`); `nil` when there is none, or more than one.
    init?(dataSetName name: String) {
        let words = Set(name.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init))
        let named = Self.allCases.filter { words.contains($0.rawValue) }
        guard named.count == 1 else { return nil }
        self = named[0]
    }
}
