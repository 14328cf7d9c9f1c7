import Dates
@testable import Pipeline
import Store
import Testing

/// Who carries a team's target is read from the targets, not from who booked what.
struct TeamLeadTests {
    let quarter = Period("2026Q1")!
    let people = [Person(entity: "L", name: "Lea", team: "north", role: "sales_manager"),
                  Person(entity: "A", name: "Ann", team: "north", role: "sales_rep"),
                  Person(entity: "K", name: "Kim", team: "north", role: "account_manager")]

    func targets(lead: Double) -> [Target] {
        [Target(entity: "L", period: quarter, kpi: "bookings", target: lead),
         Target(entity: "A", period: quarter, kpi: "bookings", target: 1000),
         Target(entity: "K", period: quarter, kpi: "bookings", target: 500)]
    }

    @Test func aManagerWhoseTargetIsTheTeamsLeadsItWhateverSheBooks() throws {
        let actuals = [Actual(entity: "A", kpi: "bookings", date: Day("2026-01-10")!, amount: 400),
                       Actual(entity: "K", kpi: "bookings", date: Day("2026-01-11")!, amount: 100),
                       Actual(entity: "L", kpi: "bookings", date: Day("2026-01-12")!, amount: 50)]
        let rows = Attainment.compute(people: people, targets: targets(lead: 1500), actuals: actuals, period: quarter,
                                      asOf: Day("2026-03-31")!)
        let team = try #require(rows.first { $0.entity == "team:north" })
        // Ann's and Kim's targets and bookings; the manager's copy of the target and her own
        // 50 are the team's no more than in the forecast, which sums the same people.
        #expect(team.target == 1500)
        #expect(team.actualToDate == 500)
        // Lea is measured on the team; Kim, an account manager with a target of her own, on hers.
        #expect(rows.first { $0.entity == "L" }?.actualToDate == 500)
        #expect(rows.first { $0.entity == "K" }?.actualToDate == 100)
        #expect(rows.first { $0.entity == "company" }?.target == 1500)
        #expect(Attainment.counted(people: people, targets: targets(lead: 1500), period: quarter) == ["A", "K"])
    }

    @Test func aMemberWithoutATargetCountsForNoTeam() throws {
        let withNed = people + [Person(entity: "N", name: "Ned", team: "north", role: "sales_rep")]
        let actuals = [Actual(entity: "A", kpi: "bookings", date: Day("2026-01-10")!, amount: 400),
                       Actual(entity: "N", kpi: "bookings", date: Day("2026-01-10")!, amount: 70)]
        let rows = Attainment.compute(people: withNed, targets: targets(lead: 1500), actuals: actuals, period: quarter,
                                      asOf: Day("2026-03-31")!)
        // The team row and its lead read the same bookings, those of the people with a target
        // (as the forecast does); Ned has no row of his own, and kpi run names his bookings.
        #expect(rows.first { $0.entity == "team:north" }?.actualToDate == 400)
        #expect(rows.first { $0.entity == "L" }?.actualToDate == 400)
        #expect(rows.first { $0.entity == "company" }?.actualToDate == 400)
        #expect(rows.first { $0.entity == "N" } == nil)
    }

    @Test func someoneWithATargetAndNoTeamCountsInTheCompany() throws {
        // Zed has a target but is in no team: no team row holds him, the company does (as in the forecast).
        let withZed = targets(lead: 1500) + [Target(entity: "Z", period: quarter, kpi: "bookings", target: 200)]
        let actuals = [Actual(entity: "A", kpi: "bookings", date: Day("2026-01-10")!, amount: 400),
                       Actual(entity: "Z", kpi: "bookings", date: Day("2026-01-10")!, amount: 50)]
        let rows = Attainment.compute(people: people, targets: withZed, actuals: actuals, period: quarter, asOf: Day("2026-03-31")!)
        let company = try #require(rows.first { $0.entity == "company" })
        #expect(company.target == 1700 && company.actualToDate == 450)
        #expect(rows.first { $0.entity == "team:north" }?.target == 1500)
    }

    @Test func aManagerWithATargetOfHerOwnIsAPerson() {
        let roles = people.map { ($0.entity, $0.team, $0.role) }
        #expect(TeamLead.leads(people: roles, targets: ["L": 1500, "A": 1000, "K": 500]) == ["L"])
        // 95% of the others' sum still reads as the team's target; a player-coach's 300 does not.
        #expect(TeamLead.leads(people: roles, targets: ["L": 1425, "A": 1000, "K": 500]) == ["L"])
        #expect(TeamLead.leads(people: roles, targets: ["L": 300, "A": 1000, "K": 500]).isEmpty)
    }

    @Test func twoLeadsPeersAndLookAlikes() {
        func leads(_ members: [(String, String, Double)]) -> Set<String> {
            TeamLead.leads(people: members.map { ($0.0, "t", $0.1) },
                           targets: Dictionary(uniqueKeysWithValues: members.map { ($0.0, $0.2) }))
        }
        // A manager and a director both carrying the team's 1000; the same numbers for reps: no lead.
        #expect(leads([("M", "sales_manager", 1000), ("D", "Sales Director", 1000), ("A", "rep", 500), ("B", "rep", 500)]) == ["M", "D"])
        #expect(leads([("M", "rep", 1000), ("D", "rep", 1000), ("A", "rep", 500), ("B", "rep", 500)]).isEmpty)
        // Roles as words: a head of sales and a SalesManager lead, a headhunter does not.
        #expect(leads([("H", "Head of Sales", 1000), ("A", "rep", 500), ("B", "rep", 500)]) == ["H"])
        #expect(leads([("H", "SalesManager", 1000), ("A", "rep", 500), ("B", "rep", 500)]) == ["H"])
        #expect(leads([("H", "salesmanager", 1000), ("A", "rep", 500), ("B", "rep", 500)]) == ["H"])
        #expect(leads([("H", "headhunter", 1000), ("A", "rep", 500), ("B", "rep", 500)]).isEmpty)
        // A player-coach's own 200 beside 600 of reps; an account manager's 600 beside a rep's 400.
        #expect(leads([("M", "sales_manager", 200), ("A", "rep", 100), ("B", "rep", 100), ("C", "rep", 200), ("D", "rep", 200)]).isEmpty)
        #expect(leads([("P", "account_manager", 600), ("R", "rep", 400)]).isEmpty)
        // A stretched team target (110% of the reps') is still the team's.
        #expect(leads([("M", "sales_manager", 1100), ("A", "rep", 500), ("B", "rep", 500)]) == ["M"])
        // A director over the manager and the reps: the director's target is the rest's.
        #expect(leads([("D", "director", 2000), ("M", "manager", 1000), ("A", "rep", 500), ("B", "rep", 500)]) == ["D"])
    }
}
