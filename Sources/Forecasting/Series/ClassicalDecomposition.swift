/// Classical decomposition of a seasonal series into trend, seasonal and remainder, as R's
/// `decompose`.
///
/// The trend is a centred moving average over one full cycle (a `2×m` average when `m` is
/// even), so it is missing for the first and last `⌊m/2⌋` observations. The seasonal figure is
/// the mean, per position in the cycle, of the detrended series (`y − trend` or `y / trend`),
/// normalized to sum to zero (additive) or to average one (multiplicative). Position 0 of the
/// cycle is the first observation.
public struct ClassicalDecomposition: Sendable, Equatable {
    /// How the components combine.
    public enum Kind: Sendable, Equatable {
        /// `y = trend + seasonal + remainder`.
        case additive
        /// `y = trend × seasonal × remainder`.
        case multiplicative
    }

    /// The kind of decomposition.
    public let kind: Kind
    /// The centred moving average; `nil` where the window does not fit.
    public let trend: [Double?]
    /// The seasonal figure by position in the cycle (length `m`).
    public let figure: [Double]
    /// The seasonal component at every observation.
    public let seasonal: [Double]

    /// - Throws: ``ForecastingError/seriesTooShort(series:method:count:required:)`` with fewer
    ///   than two full cycles (or a period below 2), and
    ///   ``ForecastingError/nonPositiveData(series:model:)`` for a multiplicative decomposition
    ///   of data that are not all positive.
    public init(_ series: TimeSeries, kind: Kind) throws {
        let y = series.values, m = series.seasonalPeriod, n = y.count
        guard m >= 2, n >= 2 * m else {
            throw ForecastingError.seriesTooShort(series: series.name, method: "classical decomposition",
                                                  count: n, required: 2 * max(m, 2))
        }
        if kind == .multiplicative, !series.isStrictlyPositive {
            throw ForecastingError.nonPositiveData(series: series.name, model: "a multiplicative decomposition")
        }
        let weights: [Double] = m % 2 == 0
            ? [0.5] + Array(repeating: 1.0, count: m - 1) + [0.5]
            : Array(repeating: 1.0, count: m)
        let half = weights.count / 2
        var trend = [Double?](repeating: nil, count: n)
        for t in half..<(n - half) {
            var sum = 0.0
            for (k, w) in weights.enumerated() { sum += w * y[t - half + k] }
            trend[t] = sum / Double(m)
        }
        var totals = [Double](repeating: 0, count: m), counts = [Int](repeating: 0, count: m)
        for t in 0..<n {
            guard let level = trend[t] else { continue }
            totals[t % m] += kind == .additive ? y[t] - level : y[t] / level
            counts[t % m] += 1
        }
        var figure = zip(totals, counts).map { $1 > 0 ? $0 / Double($1) : (kind == .additive ? 0 : 1) }
        let average = figure.reduce(0, +) / Double(m)
        figure = figure.map { kind == .additive ? $0 - average : $0 / average }
        self.kind = kind
        self.trend = trend
        self.figure = figure
        self.seasonal = (0..<n).map { figure[$0 % m] }
    }

    /// The series with the seasonal component removed.
    public func adjusted(_ values: [Double]) -> [Double] {
        zip(values, seasonal).map { kind == .additive ? $0 - $1 : $0 / $1 }
    }
}
