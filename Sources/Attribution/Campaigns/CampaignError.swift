/// Why a campaigns table or the review's settings cannot be used. Every case names the place
/// (a file and line, or the campaign id) and the column at fault, in one line, e.g.
/// `campaigns.csv, line 7, column "cost": 0, but ROI divides by the cost`.
public enum CampaignError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A number that must be zero or more is negative.
    case negative(place: String, column: String, value: Double)
    /// A campaign without cost: its ROI, (revenue − cost) ÷ cost, does not exist.
    case zeroCost(place: String)
    /// A number that is NaN or infinite.
    case nonFinite(place: String, column: String)
    /// An id, name or channel that is empty.
    case empty(place: String, column: String)
    /// A campaign whose last day comes before its first.
    case endBeforeStart(place: String)
    /// Two rows with the same campaign id.
    case duplicateCampaign(campaign: String, place: String, firstPlace: String)
    /// A model-attributed interval for a campaign the table does not hold.
    case unknownCampaign(place: String, campaign: String)
    /// A model-attributed interval whose low bound exceeds its high bound.
    case invertedInterval(place: String, low: Double, high: Double)
    /// Two model-attributed intervals for one campaign.
    case duplicateAttribution(campaign: String, place: String, firstPlace: String)
    /// A ROI threshold that is not a finite number.
    case invalidThreshold(Double)
    /// A number of consecutive periods below one.
    case invalidConsecutive(Int)

    /// One line naming the place and the column.
    public var description: String {
        switch self {
        case .negative(let place, let column, let value):
            return "\(place), column \"\(column)\": \(Self.number(value)) is negative"
        case .zeroCost(let place):
            return "\(place), column \"cost\": 0, but ROI = (revenue − cost) ÷ cost needs a cost above zero"
        case .nonFinite(let place, let column): return "\(place), column \"\(column)\": not a finite number"
        case .empty(let place, let column): return "\(place), column \"\(column)\": empty"
        case .endBeforeStart(let place): return "\(place), column \"end\": the end comes before the start"
        case .duplicateCampaign(let campaign, let place, let firstPlace):
            return "\(place), column \"campaign\": \"\(campaign)\" repeats \(firstPlace); give each period of a"
                + " recurring campaign its own id and the same name"
        case .unknownCampaign(let place, let campaign):
            return "\(place), column \"campaign\": no campaign \"\(campaign)\" in the campaigns table"
        case .invertedInterval(let place, let low, let high):
            return "\(place): the interval's low bound \(Self.number(low)) exceeds its high bound \(Self.number(high))"
        case .duplicateAttribution(let campaign, let place, let firstPlace):
            return "\(place), column \"campaign\": \"\(campaign)\" repeats \(firstPlace)"
        case .invalidThreshold(let threshold): return "the ROI threshold must be a finite number, not \(threshold)"
        case .invalidConsecutive(let count): return "the number of consecutive periods must be at least 1, not \(count)"
        }
    }

    /// Whole numbers without a trailing `.0`.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
