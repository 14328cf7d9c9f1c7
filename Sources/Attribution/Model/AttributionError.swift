import Dates

/// Why a marketing-mix model cannot be fitted to the given data; every case names the week,
/// channel or series at fault.
public enum AttributionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No channel was given, or none spends anything.
    case noChannels
    /// A series has a different number of weeks than the dates.
    case lengthMismatch(series: String, count: Int, weeks: Int)
    /// A value is NaN or infinite.
    case notFinite(series: String, week: Int)
    /// A channel spends a negative amount in some week.
    case negativeSpend(channel: String, week: Int, value: Double)
    /// Two rows fall on the same week.
    case duplicateWeek(week: Int)
    /// The next row is not 7 days after the previous one.
    case missingWeeks(after: Int, next: Int)
    /// A channel spends the same positive amount every week: its effect cannot be told apart
    /// from the baseline.
    case constantChannel(channel: String, value: Double)
    /// The KPI is the same every week: there is nothing to explain.
    case constantKPI(value: Double)
    /// The same name is used twice, or is one the decomposition reserves.
    case duplicateName(String)
    /// Too few weeks to estimate the parameters and keep weeks out for validation.
    case tooFewWeeks(weeks: Int, parameters: Int, needed: Int)
    /// A configuration value is out of range.
    case invalidConfiguration(String)
    /// A date range that selects no week of the data, or too few weeks before it.
    case emptyWindow(String)
    /// No channel of the model has this name.
    case unknownChannel(String)

    /// One line naming what is wrong and where, with ISO dates.
    public var description: String {
        switch self {
        case .noChannels: return "no media channel with any spend: give at least one channel that spends"
        case let .lengthMismatch(series, count, weeks):
            return "series \"\(series)\" has \(count) values for \(weeks) weeks"
        case let .notFinite(series, week):
            return "series \"\(series)\", week \(Day(daysSinceEpoch: week).description): not a finite number"
        case let .negativeSpend(channel, week, value):
            return "channel \"\(channel)\", week \(Day(daysSinceEpoch: week).description): spend \(value) is negative"
        case let .duplicateWeek(week): return "week \(Day(daysSinceEpoch: week).description) appears twice"
        case let .missingWeeks(after, next):
            return "weeks missing between \(Day(daysSinceEpoch: after).description) and \(Day(daysSinceEpoch: next).description) (rows must be consecutive weeks, 7 days apart)"
        case let .constantChannel(channel, value):
            return "channel \"\(channel)\" spends \(value) every week: a constant cannot be told apart from the baseline"
        case let .constantKPI(value): return "the KPI is \(value) every week: there is nothing to explain"
        case let .duplicateName(name): return "the name \"\(name)\" is used twice or is reserved"
        case let .tooFewWeeks(weeks, parameters, needed):
            return "\(weeks == 1 ? "1 week is" : "\(weeks) weeks are") too few for \(parameters) parameters (need at least \(needed) weeks)"
        case let .invalidConfiguration(text): return text
        case let .emptyWindow(text): return text
        case let .unknownChannel(name): return "no channel named \"\(name)\" in the model"
        }
    }
}
