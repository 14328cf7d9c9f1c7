import Foundation

/// How much a person books in a whole period, before this period's bookings are seen: a
/// prior for the period total, its uncertainty, and how strongly people move together.
///
/// A person's prior for the period at position `t` of the history is the mean of their
/// rates in their last ``recentPeriods`` periods, each divided by the company level of its
/// period (``CompanyLevel``: exposure, season factor, trend), times the company level of
/// period `t`.
///
/// The prior's uncertainty is measured the way the prior is used, on every earlier period
/// with a person's history before it, building the prior (company level included) from the
/// periods before that one only:
/// - `τ²`, the relative variance of a period's total around its prior beyond the noise of
///   the bookings themselves: the mean of `r² − φ/m` (`r` the relative error of the prior
///   `m`, `φ` the person's dispersion, so `φ/m` the relative variance of the bookings given the
///   level); at least ``minimumRelativeVariance``, and ``defaultRelativeVariance`` without
///   any such case;
/// - `ρ`, the correlation of the relative errors of different people in the same period,
///   between 0 and ``maximumCorrelation``: the part of the surprise everyone shares, such as
///   a year that starts stronger than the trend said.
struct BookingLevels: Sendable {
    let company: CompanyLevel
    let relativeVariance: Double
    let correlation: Double
    /// Person → their rates in their earlier periods over the company level, oldest first.
    let rates: [String: [Double]]
    /// The position of the period after the history.
    let nextPosition: Int

    static let recentPeriods = 4
    static let minimumRelativeVariance = 0.0025
    static let defaultRelativeVariance = 0.1
    static let maximumCorrelation = 0.9

    init(history: [PeriodActivity], dispersion: (String) -> Double) {
        let logRates = CompanyLevel.logRates(history)
        company = CompanyLevel(logRates)
        nextPosition = history.count
        var totals: [String: [(position: Int, total: Double)]] = [:]
        for (position, activity) in history.enumerated() {
            for person in activity.people { totals[person, default: []].append((position, activity.total(person))) }
        }
        var squares: [Double] = [], errorsByPeriod: [[Double]] = []
        for position in history.indices.dropFirst() {
            let earlierLevel = CompanyLevel(logRates.filter { $0.position < position })
            let scale = { (index: Int) in earlierLevel.scale(history[index], position: index) }
            var errors: [Double] = []
            for person in history[position].people {
                let earlier = (totals[person] ?? []).filter { $0.position < position && scale($0.position) > 0 }
                guard !earlier.isEmpty else { continue }
                let prior = Self.recentMean(earlier.map { $0.total / scale($0.position) }) * scale(position)
                guard prior > 0 else { continue }
                let error = (history[position].total(person) - prior) / prior
                squares.append(error * error - dispersion(person) / prior)
                errors.append(error)
            }
            errorsByPeriod.append(errors)
        }
        let level = company
        rates = totals.mapValues { entries in
            entries.compactMap { entry in
                let scale = level.scale(history[entry.position], position: entry.position)
                return scale > 0 ? entry.total / scale : nil
            }
        }
        let variance = squares.isEmpty ? Self.defaultRelativeVariance
            : max(squares.reduce(0, +) / Double(squares.count), Self.minimumRelativeVariance)
        relativeVariance = variance
        var products = 0.0, pairs = 0.0
        for errors in errorsByPeriod where errors.count > 1 {
            let sum = errors.reduce(0, +), sumSquares = errors.reduce(0) { $0 + $1 * $1 }
            products += sum * sum - sumSquares
            pairs += Double(errors.count * (errors.count - 1))
        }
        correlation = pairs > 0 ? min(max(products / pairs / variance, 0), Self.maximumCorrelation) : 0
    }

    /// The prior for each person's total in the period after the history, of `exposure` and
    /// `season`: mean, relative variance and the number of earlier periods behind it.
    ///
    /// A person without earlier periods gets the mean prior of their team's people who have
    /// some (the company's when the team has none), with the spread between those people
    /// added to the relative variance; with nobody to borrow from there is no prior.
    func priors(people: [String], teams: [String: String], exposure: Double, season: String?) -> [String: RatePrior] {
        let scale = company.scale(exposure: exposure, season: season, position: nextPosition)
        var own: [String: RatePrior] = [:]
        for person in people {
            guard let history = rates[person], !history.isEmpty else { continue }
            own[person] = RatePrior(mean: max(Self.recentMean(history) * scale, 0), relativeVariance: relativeVariance,
                                    periods: min(history.count, Self.recentPeriods))
        }
        var result = own
        for person in people where own[person] == nil {
            let team = teams[person]
            let teamPeers = own.filter { team != nil && teams[$0.key] == team }.map(\.value.mean)
            let peers = teamPeers.isEmpty ? own.map(\.value.mean) : teamPeers
            guard !peers.isEmpty else { continue }
            let mean = peers.reduce(0, +) / Double(peers.count)
            let spread = peers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(peers.count)
            result[person] = RatePrior(mean: mean, relativeVariance: relativeVariance + (mean > 0 ? spread / (mean * mean) : 0),
                                       periods: 0)
        }
        return result
    }

    private static func recentMean(_ values: [Double]) -> Double {
        let recent = values.suffix(recentPeriods)
        return recent.reduce(0, +) / Double(recent.count)
    }
}

/// A prior for a person's period total.
struct RatePrior: Sendable, Equatable {
    /// The expected total.
    let mean: Double
    /// Its variance over the square of the mean.
    let relativeVariance: Double
    /// Earlier periods of the person's own behind it (0 when borrowed from peers).
    let periods: Int

    /// No prior at all (nobody has history): the period total is judged from this period's
    /// bookings alone.
    static let uninformative = RatePrior(mean: 0, relativeVariance: .infinity, periods: 0)

    /// The posterior of the period total `R` after seeing `booked` by the time the shape
    /// expects a share `elapsedShare` of it, with bookings of dispersion `φ`.
    ///
    /// Bookings by share `F` have mean `R·F` and variance `φ·R·F` (``BookingDispersion``), as a
    /// compound Poisson process has; a gamma prior with mean `m` and relative variance `τ²` weighs as
    /// `κ = φ/(τ²·m)` shares of evidence, at most the number of periods it rests on (at
    /// least one). The posterior (credibility) mean and variance are
    ///
    ///     R̂ = (κ·m + X)/(κ + F),   Var R = φ·R̂/(κ + F).
    ///
    /// with `X` the amount booked (negative totals count as nothing booked). Without a prior
    /// (``uninformative``) this is the run rate `X/F`; with nothing elapsed either, 0.
    func posterior(booked: Double, elapsedShare: Double, dispersion: Double) -> (mean: Double, variance: Double) {
        let x = max(booked, 0), f = elapsedShare
        let cap = Double(max(periods, 1))
        let weight: Double
        if relativeVariance.isInfinite {
            weight = 0
        } else {
            weight = mean > 0 && relativeVariance > 0 ? min(dispersion / (relativeVariance * mean), cap) : cap
        }
        guard weight + f > 0 else { return (0, 0) }
        let estimate = (weight * mean + x) / (weight + f)
        return (estimate, dispersion * estimate / (weight + f))
    }
}
