/// One point of a channel's response curve: the total contribution over the data's weeks
/// had the channel's weekly spend been scaled to total `spend`.
public struct ResponsePoint: Sendable, Equatable {
    public var spend: Double
    public var response: Estimate
}

/// What the model says about one channel over the data's weeks.
public struct ChannelResult: Sendable {
    /// The channel's column name.
    public var name: String
    /// Total spend.
    public var spend: Double
    /// Total sales the channel's spend caused (`β · Σ_t saturation(adstock(spend))_t`).
    public var contribution: Estimate
    /// The channel's part of the contribution of all channels together (in each bootstrap
    /// replicate, of the channels' parts at or above 0).
    public var share: Estimate
    /// The channel's part of all sales: its marketing impact coefficient.
    public var impactCoefficient: Estimate
    /// Return on ad spend: contribution ÷ spend; `nil` when the channel never spends.
    public var roas: Estimate?
    /// Marginal ROAS at the current spend: extra contribution per extra unit of spend when
    /// every week's spend grows by 1 %.
    public var marginalROAS: Estimate?
    /// The fitted carry-over; `nil` when the channel never spends.
    public var adstock: Adstock?
    /// The fitted saturation curve in spend units; `nil` when the channel never spends.
    public var saturation: Saturation?
    /// Intervals of the adstock's parameters (decay, or shape and scale).
    public var adstockParameters: [Estimate]
    /// Intervals of the saturation's parameters (λ, or half-saturation and shape), in spend units.
    public var saturationParameters: [Estimate]
    /// The coefficient `β` in KPI units: the contribution of a fully saturated week.
    public var coefficient: Estimate
    /// The response curve from no spend to twice the actual spend.
    public var responseCurve: [ResponsePoint]
}
