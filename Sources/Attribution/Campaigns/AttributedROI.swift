/// The ROI a marketing-mix model attributes to one campaign, as an interval.
///
/// The model credits a campaign with the revenue its spend caused, which may differ from the
/// revenue the campaigns table reports (last-click credit, a CRM field). When even the
/// interval's high bound stays below the ROI threshold, the reported return is doubtful
/// (``CampaignFlag/Kind/doubtful``).
public struct AttributedROI: Sendable, Equatable {
    /// The campaign id, as in the campaigns table.
    public let campaign: String
    /// The attributed ROI's point estimate, when the model gives one.
    public let roi: Double?
    /// Low bound of the interval.
    public let low: Double
    /// High bound of the interval.
    public let high: Double
    /// What produced it (a model and run, e.g. `attribution run-12`), shown in the evidence.
    public let source: String
    /// Where it came from, as messages name it (e.g. `attributed.csv, line 3`).
    public let origin: String?

    /// An interval on the ROI itself.
    public init(campaign: String, roi: Double? = nil, low: Double, high: Double, source: String, origin: String? = nil) {
        self.campaign = campaign
        self.roi = roi
        self.low = low
        self.high = high
        self.source = source
        self.origin = origin
    }

    /// An interval on the attributed revenue, turned into ROI with the campaign's cost:
    /// (revenue − cost) ÷ cost at each bound.
    public init(campaign: String, revenue: Double? = nil, revenueLow: Double, revenueHigh: Double, cost: Double,
                source: String, origin: String? = nil) {
        let roi = { (revenue: Double) in (revenue - cost) / cost }
        self.init(campaign: campaign, roi: revenue.map(roi), low: roi(revenueLow), high: roi(revenueHigh),
                  source: source, origin: origin)
    }

    var place: String { origin ?? "attributed ROI of campaign \"\(campaign)\"" }
}
