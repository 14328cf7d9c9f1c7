/// The scorecard ranking: everyone by score, with the points each lost and where they went,
/// then team means.
enum ScorecardSection {
    static func render(_ scorecard: StoredScorecard?) -> HTML {
        guard let scorecard else {
            return HTMLBlocks.section(id: "scorecard", title: "Scorecard ranking", [HTMLBlocks.note("No scorecard is part of this run.")])
        }
        let rows: [[HTML]] = scorecard.scores.enumerated().map { rank, person in
            let kpis = person.dimensions.flatMap(\.kpis)
            let lost = kpis.reduce(0) { $0 + $1.lost }
            let losses = kpis.filter { $0.lost > 0.05 }.sorted { $0.lost > $1.lost }.prefix(3).map { kpi in
                "\(kpi.kpi) −\(HumanNumber.grouped(kpi.lost, decimals: 1))" + (kpi.reason.map { " (\($0))" } ?? "")
            }
            return [HTML(text: String(rank + 1)), HTML(text: person.entity), HTML(text: person.role), HTML(text: person.team ?? ""),
                    HTML.join([HTML(text: HumanNumber.grouped(person.score, decimals: 1)), HTMLBlocks.meter(person.score)]),
                    HTML(text: HumanNumber.grouped(lost, decimals: 1)),
                    HTML(text: losses.isEmpty ? "—" : losses.joined(separator: "; "))]
        }
        var content: [HTML] = [
            HTMLBlocks.paragraph("Scorecard \(scorecard.scorecard)" + (scorecard.period.map { ", period \($0)" } ?? "")
                                 + ": \(scorecard.scores.count) people, best first. Points lost are the weighted points a "
                                 + "person's KPIs fell short of; the biggest three are named with the reason."),
            HTMLBlocks.table([("#", .number), ("Person", .left), ("Role", .left), ("Team", .left), ("Score (of 100)", .number),
                              ("Points lost", .number), ("Where the points went", .wide)], rows),
        ]
        if !scorecard.teams.isEmpty {
            content.append(HTMLBlocks.heading("Teams"))
            content.append(HTMLBlocks.table([("Team", .left), ("Members", .number), ("Mean score", .number)],
                                            scorecard.teams.map { team in
                [HTML(text: team.team), HTML(text: String(team.members)), HTML(text: HumanNumber.grouped(team.score, decimals: 1))]
            }))
        }
        return HTMLBlocks.section(id: "scorecard", title: "Scorecard ranking", content)
    }
}
