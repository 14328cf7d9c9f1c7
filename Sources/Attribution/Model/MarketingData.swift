/// A named weekly series: one channel's spend, a control variable or an event indicator.
public struct MarketingSeries: Sendable {
    /// The column name, as errors and results name it.
    public var name: String
    /// One value per week, in the order of ``MarketingData/days``.
    public var values: [Double]

    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// The weekly data a marketing-mix model is fitted to.
public struct MarketingData: Sendable {
    /// The first day of each week, as days since 1970-01-01; consecutive weeks 7 days apart.
    public var days: [Int]
    /// The sales (or other KPI) of each week.
    public var kpi: [Double]
    /// Media spend per channel.
    public var channels: [MarketingSeries]
    /// Control variables that move sales but are not marketing (price, competitor sales…).
    public var controls: [MarketingSeries]
    /// Event indicators (holidays, promotions, outages), usually 0/1.
    public var events: [MarketingSeries]

    public init(days: [Int], kpi: [Double], channels: [MarketingSeries], controls: [MarketingSeries] = [],
                events: [MarketingSeries] = []) {
        self.days = days
        self.kpi = kpi
        self.channels = channels
        self.controls = controls
        self.events = events
    }
}
