import Statistics

/// The amount raised in one week of a fundraising, counted from its start.
public struct WeeklyAmount: Sendable, Equatable {
    /// The week's first day (the start plus a multiple of seven days).
    public let start: Int
    /// The amount raised in the week's seven days.
    public let amount: Double
}

/// Whether weekly amounts are rising or falling: the least-squares line `amount = a + b·week`
/// through the complete weeks (week 0 the first), with the slope's standard error and a
/// two-sided t test of `b = 0` on `n − 2` degrees of freedom.
public struct VelocityTrend: Sendable, Equatable {
    /// The fitted amount in week 0.
    public let intercept: Double
    /// The change in the weekly amount from one week to the next.
    public let slope: Double
    /// The standard error of the slope, `√(s²/Σ(k − k̄)²)` with `s²` the residual variance;
    /// `nil` with fewer than three weeks.
    public let standardError: Double?
    /// `slope ÷ standardError`; `nil` when the standard error is missing or zero.
    public let tStatistic: Double?
    /// The two-sided p-value of the t statistic; `nil` when it is.
    public let pValue: Double?
    /// The number of weeks fitted.
    public let weeks: Int

    /// The line through `amounts` (one per week, oldest first); `nil` with fewer than two.
    public init?(_ amounts: [Double]) {
        let n = amounts.count
        guard n >= 2 else { return nil }
        let centre = Double(n - 1) / 2
        let mean = amounts.reduce(0, +) / Double(n)
        var sxx = 0.0, sxy = 0.0
        for (k, y) in amounts.enumerated() {
            sxx += (Double(k) - centre) * (Double(k) - centre)
            sxy += (Double(k) - centre) * (y - mean)
        }
        let slope = sxy / sxx, intercept = mean - slope * centre
        self.intercept = intercept
        self.slope = slope
        weeks = n
        guard n >= 3 else {
            (standardError, tStatistic, pValue) = (nil, nil, nil)
            return
        }
        let residualSquares = amounts.enumerated().reduce(0.0) { sum, point in
            let residual = point.element - (intercept + slope * Double(point.offset))
            return sum + residual * residual
        }
        let error = (residualSquares / Double(n - 2) / sxx).squareRoot()
        standardError = error
        guard error > 0, let distribution = try? StudentT(degreesOfFreedom: Double(n - 2)) else {
            (tStatistic, pValue) = (nil, nil)
            return
        }
        tStatistic = slope / error
        pValue = distribution.twoSidedPValue(slope / error)
    }
}
