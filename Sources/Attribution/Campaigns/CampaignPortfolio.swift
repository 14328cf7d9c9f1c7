/// What a set of campaigns returned taken together — one person's campaigns of a quarter,
/// say: their ROI, cost per lead and sales contribution rate, each with every campaign's own
/// value.
///
/// - ``roi``: `(Σ revenue − Σ cost) ÷ Σ cost`.
/// - ``costPerLead``: `Σ cost ÷ Σ leads` over the campaigns that report their leads (none won
///   included).
/// - ``contributionRate``: each campaign's sales contribution rate — the sales growth over the
///   model's weeks from the one holding the campaign's first day through its last, against as
///   many weeks before, times the share of sales its channel brought in those weeks
///   (``MarketingMixResult/salesContributionRate(channel:from:through:)``) — averaged with the
///   campaigns' costs as weights, over the campaigns on a modelled channel whose weeks the model
///   covers. The model knows channels, not campaigns: two campaigns on one channel over the same
///   weeks get the same rate, and it falls with sales whatever the campaign did.
///
/// All values are ratios (0.12 for 12%).
public struct CampaignPortfolio: Sendable, Equatable {
    /// A value of the portfolio with each campaign's own value.
    public struct Measure: Sendable, Equatable {
        public let value: Double
        public let parts: [Part]
    }

    /// One campaign's value, with its interval when the value is estimated.
    public struct Part: Sendable, Equatable {
        public let campaign: String
        /// What it cost: its weight in the contribution rate.
        public let cost: Double
        public let value: Double
        /// The interval of an estimated value (the contribution rate's), at the model's level.
        public let low: Double?
        public let high: Double?

        /// A part with every field given.
        public init(campaign: String, cost: Double, value: Double, low: Double?, high: Double?) {
            self.campaign = campaign
            self.cost = cost
            self.value = value
            self.low = low
            self.high = high
        }
    }

    /// A campaign the model gave no contribution rate, and why.
    public struct Unrated: Sendable, Equatable {
        public let campaign: String
        public let reason: String
    }

    /// ROI, nil when the campaigns cost nothing.
    public let roi: Measure?
    /// Cost per lead, nil when no campaign reports a lead.
    public let costPerLead: Measure?
    /// The cost-weighted sales contribution rate, nil without a model or a campaign it rates.
    public let contributionRate: Measure?
    /// The campaigns the model gave no contribution rate, with the reason, in the order given.
    public let withoutRate: [Unrated]

    /// The portfolio of `campaigns`, rated by `model` when there is one.
    public init(_ campaigns: [CampaignRecord], model: MarketingMixResult?) {
        let cost = campaigns.reduce(0) { $0 + $1.cost }
        roi = cost > 0 ? Measure(value: (campaigns.reduce(0) { $0 + $1.revenue } - cost) / cost,
                                 parts: campaigns.filter { $0.cost > 0 }.map {
                                     Part(campaign: $0.campaign, cost: $0.cost, value: ($0.revenue - $0.cost) / $0.cost, low: nil, high: nil)
                                 }) : nil
        let reporting = campaigns.filter { $0.leads != nil }
        let leads = reporting.reduce(0) { $0 + ($1.leads ?? 0) }
        costPerLead = leads > 0 ? Measure(value: reporting.reduce(0) { $0 + $1.cost } / Double(leads),
                                          parts: reporting.filter { ($0.leads ?? 0) > 0 }.map {
                                              Part(campaign: $0.campaign, cost: $0.cost, value: $0.cost / Double($0.leads ?? 1), low: nil, high: nil)
                                          }) : nil
        var rated: [Part] = [], withoutRate: [Unrated] = []
        if let model {
            for campaign in campaigns {
                switch Self.contributionRate(campaign, model: model) {
                case .success(let rate):
                    rated.append(Part(campaign: campaign.campaign, cost: campaign.cost, value: rate.value, low: rate.low, high: rate.high))
                case .failure(let reason):
                    withoutRate.append(Unrated(campaign: campaign.campaign, reason: reason.description))
                }
            }
        }
        let weight = rated.reduce(0) { $0 + $1.cost }
        contributionRate = weight > 0 ? Measure(value: rated.reduce(0) { $0 + $1.cost * $1.value } / weight, parts: rated) : nil
        self.withoutRate = withoutRate
    }

    /// Why a campaign has no contribution rate.
    struct NoRate: Error, CustomStringConvertible {
        let description: String
    }

    /// The campaign's sales contribution rate over the model's weeks from the one holding its
    /// first day through its last day, when it ran on one of the model's channels (compared
    /// without case and surrounding spaces) and the model's weeks cover those weeks and as
    /// many before them.
    static func contributionRate(_ campaign: CampaignRecord, model: MarketingMixResult) -> Result<Estimate, NoRate> {
        let wanted = campaign.channel.trimmingCharacters(in: .whitespaces).lowercased()
        guard let channel = model.channels.first(where: { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted }) else {
            return .failure(NoRate(description: "channel \(campaign.channel) is not in the marketing-mix model"))
        }
        guard let first = model.decomposition.last(where: { $0.day <= campaign.start })?.day,
              let last = model.decomposition.last?.day, last + 6 >= campaign.end else {
            return .failure(NoRate(description: "the marketing table does not cover its weeks"))
        }
        do {
            let rate = try model.salesContributionRate(channel: channel.name, from: first, through: campaign.end).rate
            guard rate.value.isFinite, rate.low.isFinite, rate.high.isFinite else {
                return .failure(NoRate(description: "its weeks or the weeks before them have no sales"))
            }
            return .success(rate)
        } catch {
            return .failure(NoRate(description: "\(error)"))
        }
    }
}
