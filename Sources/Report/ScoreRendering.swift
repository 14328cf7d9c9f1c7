import Foundation
import Scorecard
import TextTable

/// Renders scorecard results: a ranked table, JSON, or CSV with one row per entity and KPI.
public enum ScoreRendering {
    /// People ranked by score with their costliest lost points, then the team and role means
    /// and any entities whose role the scorecard does not cover.
    public static func table(_ result: ScorecardResult) -> String {
        let ranking = TextTable<(rank: Int, person: PersonScore)> { row in
            [Column(title: "#", value: row.rank, align: .right),
             Column(title: "entity", value: row.person.entity),
             Column(title: "role", value: row.person.role),
             Column(title: "team", value: row.person.team ?? ""),
             Column(title: "score", value: String(format: "%.1f", row.person.score), align: .right),
             Column(title: "biggest losses", value: biggestLosses(row.person))]
        }
        let groups = { (title: String) in
            TextTable<GroupScore> { group in
                [Column(title: title, value: group.name),
                 Column(title: "members", value: group.members, align: .right),
                 Column(title: "mean score", value: String(format: "%.1f", group.score), align: .right)]
            }
        }
        var lines = ["Scorecard \(result.scorecard)" + (result.period.map { ", period \($0)" } ?? ""), ""]
        let ranked = result.people.enumerated().map { (rank: $0.offset + 1, person: $0.element) }
        lines.append(ranking.string(for: ranked, style: Style.simple) ?? "")
        if !result.teams.isEmpty {
            lines.append("Teams")
            lines.append(groups("team").string(for: result.teams, style: Style.simple) ?? "")
        }
        lines.append("Roles")
        lines.append(groups("role").string(for: result.roles, style: Style.simple) ?? "")
        if !result.unscored.isEmpty {
            let names = result.unscored.map { "\($0.entity) (\($0.role))" }.joined(separator: ", ")
            lines.append("Not scored, role not in this scorecard: \(names)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"scorecard", "period", "scores": [...], "teams": [...], "roles": [...], "unscored": [...]}`;
    /// each score has its dimensions and each dimension its KPIs with value, weight, points,
    /// points lost from the total, rule and reason. Numbers carry 17 significant digits.
    public static func json(_ result: ScorecardResult) -> String {
        JSONWriter.render(jsonValue(result)) + "\n"
    }

    /// The same object as ``json(_:)``, for embedding in a larger document.
    public static func jsonValue(_ result: ScorecardResult) -> JSONValue {
        let scores: [JSONValue] = result.people.map { person in
            .object([("entity", .string(person.entity)), ("role", .string(person.role)), ("team", text(person.team)),
                     ("score", .number(person.score)), ("dimensions", .array(person.dimensions.map(dimension)))])
        }
        return .object([
            ("scorecard", .string(result.scorecard)),
            ("period", text(result.period)),
            ("scores", .array(scores)),
            ("teams", .array(result.teams.map { group("team", $0) })),
            ("roles", .array(result.roles.map { group("role", $0) })),
            ("unscored", .array(result.unscored.map { .object([("entity", .string($0.entity)), ("role", .string($0.role))]) })),
        ])
    }

    /// One row per entity and KPI: `entity,role,team,dimension,kpi,value,weight,points,reason`,
    /// people in rank order; an empty value means missing or excluded.
    public static func csv(_ result: ScorecardResult) -> String {
        var lines = ["entity,role,team,dimension,kpi,value,weight,points,reason"]
        for person in result.people {
            for kpi in person.dimensions.flatMap(\.kpis) {
                let fields = [person.entity, person.role, person.team ?? "", kpi.dimension, kpi.kpi,
                              kpi.value.map(NumberFormat.full) ?? "", NumberFormat.full(kpi.weight),
                              NumberFormat.full(kpi.points), kpi.reason ?? ""]
                lines.append(fields.map(CSVField.escape).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The two KPIs that cost the most, e.g. `target_attainment −2.4 (96 is 4 below 100 …)`.
    private static func biggestLosses(_ person: PersonScore) -> String {
        person.losses.prefix(2).map { kpi in
            "\(kpi.kpi) −\(String(format: "%.1f", kpi.lost))" + (kpi.reason.map { " (\($0))" } ?? "")
        }.joined(separator: "; ")
    }

    private static func dimension(_ dimension: DimensionScore) -> JSONValue {
        let kpis: [JSONValue] = dimension.kpis.map { kpi in
            .object([("kpi", .string(kpi.kpi)), ("value", kpi.value.map(JSONValue.number) ?? .null),
                     ("weight", .number(kpi.weight)), ("points", .number(kpi.points)), ("lost", .number(kpi.lost)),
                     ("rule", .string(kpi.rule.summary)), ("reason", text(kpi.reason))])
        }
        return .object([("dimension", .string(dimension.dimension)), ("weight", .number(dimension.weight)),
                        ("score", .number(dimension.score)), ("kpis", .array(kpis))])
    }

    private static func group(_ key: String, _ group: GroupScore) -> JSONValue {
        .object([(key, .string(group.name)), ("members", .integer(group.members)), ("score", .number(group.score))])
    }

    private static func text(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }
}
