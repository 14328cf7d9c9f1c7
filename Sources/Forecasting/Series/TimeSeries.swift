/// A regularly spaced, complete series of observations with its seasonal period.
///
/// Construction validates the data once, so every method downstream can assume finite values:
/// a NaN (a missing value) or an infinity is rejected with an error naming the series and the
/// position.
public struct TimeSeries: Sendable, Equatable {
    /// A name used in error messages and reports.
    public let name: String
    /// The observations, oldest first.
    public let values: [Double]
    /// Observations per seasonal cycle: 1 for none (yearly data), 4 quarterly, 12 monthly.
    public let seasonalPeriod: Int

    /// - Throws: ``ForecastingError/emptySeries(series:)``,
    ///   ``ForecastingError/missingValue(series:index:)``,
    ///   ``ForecastingError/infiniteValue(series:index:)`` or
    ///   ``ForecastingError/invalidSeasonalPeriod(series:period:)``.
    public init(_ values: [Double], seasonalPeriod: Int = 1, name: String = "series") throws {
        guard !values.isEmpty else { throw ForecastingError.emptySeries(series: name) }
        guard seasonalPeriod >= 1 else {
            throw ForecastingError.invalidSeasonalPeriod(series: name, period: seasonalPeriod)
        }
        if let index = values.firstIndex(where: \.isNaN) {
            throw ForecastingError.missingValue(series: name, index: index)
        }
        if let index = values.firstIndex(where: \.isInfinite) {
            throw ForecastingError.infiniteValue(series: name, index: index)
        }
        self.name = name
        self.values = values
        self.seasonalPeriod = seasonalPeriod
    }

    /// The number of observations.
    public var count: Int { values.count }

    /// Whether every observation is strictly positive (required by multiplicative models).
    public var isStrictlyPositive: Bool { values.allSatisfy { $0 > 0 } }

    /// Whether every observation equals the first.
    public var isConstant: Bool { values.allSatisfy { $0 == values[0] } }

    /// The first `count` observations as a series of the same name and period.
    func prefix(_ count: Int) -> TimeSeries {
        TimeSeries(validated: Array(values.prefix(count)), seasonalPeriod: seasonalPeriod, name: name)
    }

    /// The same name and period with other (already finite) values.
    func replacingValues(_ newValues: [Double]) -> TimeSeries {
        TimeSeries(validated: newValues, seasonalPeriod: seasonalPeriod, name: name)
    }

    private init(validated values: [Double], seasonalPeriod: Int, name: String) {
        self.name = name
        self.values = values
        self.seasonalPeriod = seasonalPeriod
    }
}
