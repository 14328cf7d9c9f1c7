/// One row of a campaigns table: a campaign (or one flight, one period of a recurring
/// campaign) with what it cost and the revenue credited to it.
///
/// The fields are those of the store's `campaigns` dataset. Days are counted from
/// 1970-01-01, as everywhere in the analytics modules; the command line and the pipeline turn
/// dates into day numbers.
public struct CampaignRecord: Sendable, Equatable {
    /// The campaign's id, unique in the table; results and flags are keyed by it.
    public let campaign: String
    /// The campaign's name. Rows with the same name and channel (case and surrounding spaces
    /// aside) are the successive periods of one recurring campaign (see ``CampaignSeries``).
    public let name: String
    /// The marketing channel it ran on (search, social, email, events, tv …).
    public let channel: String
    /// First day, in days since 1970-01-01.
    public let start: Int
    /// Last day (inclusive), in days since 1970-01-01.
    public let end: Int
    /// What it cost; must be positive, since ROI divides by it.
    public let cost: Double
    /// The revenue credited to it; zero or more.
    public let revenue: Double
    /// New leads, when reported.
    public let leads: Int?
    /// New customers, when reported.
    public let customers: Int?
    /// Where the row came from, as messages name it (e.g. `campaigns.csv, line 7`); `nil`
    /// names the row by its campaign id instead.
    public let origin: String?

    /// A record with every field given.
    public init(campaign: String, name: String, channel: String, start: Int, end: Int, cost: Double, revenue: Double,
                leads: Int? = nil, customers: Int? = nil, origin: String? = nil) {
        self.campaign = campaign
        self.name = name
        self.channel = channel
        self.start = start
        self.end = end
        self.cost = cost
        self.revenue = revenue
        self.leads = leads
        self.customers = customers
        self.origin = origin
    }

    /// The place messages name for this row: its origin, or `campaign "C-07"`.
    var place: String { origin ?? "campaign \"\(campaign)\"" }
}
