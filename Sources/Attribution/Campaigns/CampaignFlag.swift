/// A campaign that needs attention, with the reason in one sentence and the numbers behind it.
public struct CampaignFlag: Sendable, Equatable {
    /// What the flag says.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// The ROI stayed below the threshold for the required number of consecutive periods:
        /// the campaign needs a redesign.
        case redesign
        /// The ROI the model attributes stays below the threshold even at the interval's high
        /// bound: the reported return is doubtful.
        case doubtful
    }

    /// The campaign id the flag is keyed by: for a redesign, the latest period of the series.
    public let campaign: String
    /// The campaign's name.
    public let name: String
    /// The campaign's channel.
    public let channel: String
    /// What the flag says.
    public let kind: Kind
    /// One sentence a person reads, e.g. why the campaign needs a redesign.
    public let reason: String
    /// The numbers behind the flag.
    public let evidence: Evidence

    /// The numbers behind a flag.
    public struct Evidence: Sendable, Equatable {
        /// The ROI threshold applied.
        public let threshold: Double
        /// The number of consecutive periods below the threshold that makes a redesign.
        public let consecutive: Int
        /// For a redesign: the periods below the threshold, oldest first, ending with the
        /// series' latest period (at least ``consecutive`` of them). Empty for a doubtful flag.
        public let periods: [CampaignPerformance]
        /// The model-attributed interval of the flagged campaign, when one was given.
        public let attributed: AttributedROI?
        /// The flagged campaign's ROI from the table.
        public let reportedROI: Double
    }
}
