/// A person who is scored.
public struct Person: Sendable, Equatable {
    /// The person's id, used as `entity` in every other dataset.
    public let entity: String
    /// The name shown in reports.
    public let name: String
    /// The team the person belongs to.
    public let team: String
    /// The role, which selects the weights of the scorecard (e.g. `sales_manager`).
    public let role: String

    /// A value with every field given.
    public init(entity: String, name: String, team: String, role: String) {
        self.entity = entity
        self.name = name
        self.team = team
        self.role = role
    }
}

/// What an entity should reach on a KPI in a period.
public struct Target: Sendable, Equatable {
    /// Whose target it is.
    public let entity: String
    /// The period it covers.
    public let period: Period
    /// The KPI it is set on (`bookings` unless the file said otherwise).
    public let kpi: String
    /// The value to reach.
    public let target: Double

    /// A value with every field given.
    public init(entity: String, period: Period, kpi: String, target: Double) {
        self.entity = entity
        self.period = period
        self.kpi = kpi
        self.target = target
    }
}

/// What an entity achieved on a KPI on one day (a daily total).
public struct Actual: Sendable, Equatable {
    /// Who achieved it.
    public let entity: String
    /// The KPI (`bookings` unless the file said otherwise).
    public let kpi: String
    /// The day.
    public let date: Day
    /// The day's total.
    public let amount: Double

    /// A value with every field given.
    public init(entity: String, kpi: String, date: Day, amount: Double) {
        self.entity = entity
        self.kpi = kpi
        self.date = date
        self.amount = amount
    }
}

/// Money raised on one day, by an entity and from a source when the file named them.
public struct Raise: Sendable, Equatable {
    /// Who raised it, when the file named them.
    public let entity: String?
    /// Where it came from (an institution, a fund, a corporate), when the file named it.
    public let source: String?
    /// The day.
    public let date: Day
    /// The amount raised.
    public let amount: Double

    /// A value with every field given.
    public init(entity: String?, source: String?, date: Day, amount: Double) {
        self.entity = entity
        self.source = source
        self.date = date
        self.amount = amount
    }
}

/// A marketing campaign with its cost and the revenue attributed to it.
public struct Campaign: Sendable, Equatable {
    /// The campaign's id.
    public let campaign: String
    /// Its name.
    public let name: String
    /// The marketing channel it ran on.
    public let channel: String
    /// First day.
    public let start: Day
    /// Last day (inclusive).
    public let end: Day
    /// What it cost.
    public let cost: Double
    /// The revenue attributed to it.
    public let revenue: Double
    /// New leads, when known.
    public let leads: Int?
    /// New customers, when known.
    public let customers: Int?
    /// The entity credited with the campaign, when one is.
    public let owner: String?

    /// A value with every field given (`owner` may be left out).
    public init(campaign: String, name: String, channel: String, start: Day, end: Day,
                cost: Double, revenue: Double, leads: Int?, customers: Int?, owner: String? = nil) {
        self.campaign = campaign
        self.name = name
        self.channel = channel
        self.start = start
        self.end = end
        self.cost = cost
        self.revenue = revenue
        self.leads = leads
        self.customers = customers
        self.owner = owner
    }
}

/// Marketing spend on a channel on one day.
public struct ChannelSpend: Sendable, Equatable {
    /// The marketing channel.
    public let channel: String
    /// The day.
    public let date: Day
    /// What was spent.
    public let spend: Double

    /// A value with every field given.
    public init(channel: String, date: Day, spend: Double) {
        self.channel = channel
        self.date = date
        self.spend = spend
    }
}

/// One measure of one entity's report for a period, e.g. the visits in week `2026-W05`.
public struct ReportValue: Sendable, Equatable {
    /// Whose report it is.
    public let entity: String
    /// The period reported on.
    public let period: Period
    /// The name of the column it came from.
    public let measure: String
    /// The reported number.
    public let value: Double

    /// A value with every field given.
    public init(entity: String, period: Period, measure: String, value: Double) {
        self.entity = entity
        self.period = period
        self.measure = measure
        self.value = value
    }
}

/// A KPI value from any origin (survey scores, ratings, values computed elsewhere).
public struct KPIValue: Sendable, Equatable {
    /// Whose value it is.
    public let entity: String
    /// The entity's role.
    public let role: String
    /// The entity's team, when the file named it.
    public let team: String?
    /// The KPI.
    public let kpi: String
    /// The value.
    public let value: Double
    /// The period it belongs to, when the file named one.
    public let period: Period?

    /// A value with every field given.
    public init(entity: String, role: String, team: String?, kpi: String, value: Double, period: Period?) {
        self.entity = entity
        self.role = role
        self.team = team
        self.kpi = kpi
        self.value = value
        self.period = period
    }
}
