/// When in a period bookings arrive: relative intensity per bin (see ``PeriodBins``), learned
/// from earlier periods and pooled company → season → team → person.
///
/// Levels, each a deviation from the one above, kept in proportion to the evidence by
/// ``Shrinkage``:
/// 1. the company's intensities averaged over all earlier periods (`G`);
/// 2. per season, the company's mean deviation from `G` in periods of that season (a
///    Christmas slowdown in every Q4), shrunk toward 0: `C_s`;
/// 3. per team, its mean deviation from `C_s` of each period's season: `T_t`;
/// 4. per person, the mean deviation from `C_s + T_t`: `P_i`.
///
/// A person's shape in a period of season `s` is `max(0, C_s + T_t + P_i)`. The share of the
/// period's total booked on day `d` is the intensity of `d`'s bin times `d`'s weekday weight,
/// normalized over the period, so a late-quarter surge and a slow week show up as larger and
/// smaller daily shares.
struct WithinPeriodShape: Sendable {
    let weekdays: WeekdayProfile
    let binCount: Int
    let overall: [Double]
    let seasonDeviation: [String: [Double]]
    let teamDeviation: [String: [Double]]
    let personDeviation: [String: [Double]]

    /// Learns the shape from earlier periods, whose bins must all number `binCount`.
    init(history: [PeriodActivity], teams: [String: String], weekdays: WeekdayProfile, binCount: Int) {
        self.weekdays = weekdays
        self.binCount = binCount
        let (overall, seasonDeviation) = Self.company(history: history, binCount: binCount)

        var teamGroups: [String: [[Double]]] = [:]
        for activity in history {
            let season = Self.plus(overall, seasonDeviation[activity.seasonKey])
            let members = Dictionary(grouping: activity.people.filter { teams[$0] != nil }) { teams[$0] ?? "" }
            for (team, people) in members {
                guard let row = activity.bins.intensities(activity.amounts(of: people)) else { continue }
                teamGroups[team, default: []].append(Self.minus(row, season))
            }
        }
        let teamDeviation = Shrinkage.shrunkenMeans(teamGroups)

        var personGroups: [String: [[Double]]] = [:]
        for activity in history {
            let season = Self.plus(overall, seasonDeviation[activity.seasonKey])
            for person in activity.people {
                guard let row = activity.bins.intensities(activity.amounts(of: [person])) else { continue }
                let parent = Self.plus(season, teams[person].flatMap { teamDeviation[$0] })
                personGroups[person, default: []].append(Self.minus(row, parent))
            }
        }
        self.overall = overall
        self.seasonDeviation = seasonDeviation
        self.teamDeviation = teamDeviation
        personDeviation = Shrinkage.shrunkenMeans(personGroups)
    }

    /// The company's levels alone: the mean intensities `G` and each season's shrunken
    /// deviation from them.
    static func company(history: [PeriodActivity], binCount: Int) -> (overall: [Double], seasons: [String: [Double]]) {
        let companyRows = history.map { activity in
            (activity, activity.bins.intensities(activity.amounts(of: activity.people)))
        }
        let rows = companyRows.compactMap(\.1)
        var overall = [Double](repeating: 1, count: binCount)
        if !rows.isEmpty {
            overall = (0..<binCount).map { b in rows.reduce(0) { $0 + $1[b] } / Double(rows.count) }
        }
        var seasonGroups: [String: [[Double]]] = [:]
        for (activity, row) in companyRows {
            guard let row else { continue }
            seasonGroups[activity.seasonKey, default: []].append(minus(row, overall))
        }
        return (overall, Shrinkage.shrunkenMeans(seasonGroups))
    }

    /// A person's relative intensity per bin in a period of `season`.
    func intensities(person: String, team: String?, season: String?) -> [Double] {
        var shape = Self.plus(overall, seasonDeviation[season ?? ""])
        shape = Self.plus(shape, team.flatMap { teamDeviation[$0] })
        shape = Self.plus(shape, personDeviation[person])
        return shape.map { max($0, 0) }
    }

    /// The expected share of the period's total booked on each day of `bins.period`, summing
    /// to 1: bin intensity × weekday weight, normalized. Falls back to weekday weights alone,
    /// then to an even spread, when the shape gives a day nothing.
    func dailyShares(person: String, team: String?, bins: PeriodBins) -> [Double] {
        let period = bins.period
        let shape = intensities(person: person, team: team, season: period.season)
        let candidates: [(Int) -> Double] = [
            { day in shape[bins.bin(day)] * weekdays.weight(day) },
            { day in weekdays.weight(day) },
        ]
        for weight in candidates {
            let raw = (period.start...period.end).map(weight)
            let total = raw.reduce(0, +)
            if total > 0 { return raw.map { $0 / total } }
        }
        return Array(repeating: 1 / Double(period.length), count: period.length)
    }

    private static func minus(_ a: [Double], _ b: [Double]) -> [Double] { zip(a, b).map { $0 - $1 } }

    static func plus(_ a: [Double], _ b: [Double]?) -> [Double] {
        guard let b else { return a }
        return zip(a, b).map { $0 + $1 }
    }
}
