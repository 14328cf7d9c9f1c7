import Foundation
import Pipeline
import Store
import Testing

/// The main job on a small hand-made project whose attainment and scores are worked out by
/// hand.
struct MainJobTests {
    /// Writes a project to a fresh folder: team north with lead L (carries the team target)
    /// and reps A and B; quarter 2026Q1.
    func makeProject(period: String? = "2026Q1", fundraising: String = "", campaigns: String? = nil,
                     marketing: String? = nil, reports: String? = nil, audit: String = "",
                     extraFiles: [String: String] = [:]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-main-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [String: String] = [
            "people.csv": "entity,name,team,role\nL,Lea,north,sales_manager\nA,Ann,north,sales_rep\nB,Bo,north,sales_rep\n",
            "targets.csv": "entity,period,target\nA,2026Q1,1000\nB,2026Q1,2000\nL,2026Q1,3000\n",
            // A books 960 in the quarter (and 500 in April, outside it); B books 2000.
            "actuals.csv": "entity,date,amount\nA,2026-01-15,460\nA,2026-03-31,500\nA,2026-04-01,500\nB,2026-02-01,2000\n",
            "values.csv": "entity,role,kpi,value,period\nA,sales_rep,new_customers,12,2026Q1\nB,sales_rep,new_customers,5,2026Q1\n",
            "sc.yaml": """
                scorecard: t
                roles:
                  sales_rep:
                    dimensions:
                      finance: {weight: 50, kpis: [{kpi: target_attainment, weight: 100, rule: {deduct_below: 100}}]}
                      customer: {weight: 50, kpis: [{kpi: new_customers, weight: 100, rule: {linear: {target: 10, cap: 100}}}]}
                  sales_manager:
                    dimensions:
                      finance: {weight: 100, kpis: [{kpi: target_attainment, weight: 100, rule: {deduct_below: 100, points_per_pct: 2}}]}
                """,
            // 500 raised by as_of; the raise of May 20 comes after it.
            "raises.csv": "date,amount\n2026-01-10,200\n2026-03-01,300\n2026-05-20,400\n",
            "kpi.yaml": "project: t\nas_of: 2026-05-10\n" + (period.map { "period: \($0)\n" } ?? "")
                + "scorecard: sc.yaml\ndata:\n  people: people.csv\n  targets: targets.csv\n  actuals: actuals.csv\n  kpi_values: values.csv\n"
                + "  raises: raises.csv\n" + fundraising,
        ]
        if let campaigns {
            files["campaigns.csv"] = campaigns
            files["kpi.yaml"]! += "  campaigns: campaigns.csv\n"
        }
        if let reports {
            files["reports.csv"] = reports
            files["kpi.yaml"]! += "  reports: reports.csv\naudit:\n  measures: [visits, leads, deals, revenue]\n" + audit
        }
        files.merge(extraFiles) { _, extra in extra }
        if let marketing {
            files["weeks.csv"] = marketing
            files["kpi.yaml"]! += "marketing:\n  file: weeks.csv\n  date: week\n  kpi: sales\n  channels: [tv, search]\n"
        }
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder.appendingPathComponent("kpi.yaml").path
    }

    /// Replaces the file `name` beside the project file at `path` with `text`.
    func rewrite(_ name: String, of path: String, to text: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Expects a run of the project at `path` to stop with an error ending in `suffix`.
    func expectRunFails(_ path: String, _ what: String, endingWith suffix: String,
                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        let error = try runError(path, what)
        #expect(error.hasSuffix(suffix), "\(error)", sourceLocation: sourceLocation)
    }

    /// Expects a run of the project at `path` to score `people` people.
    func expectScored(_ path: String, people: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try MainJob.run(try ProjectFile.read(path: path))
        #expect(outcome.scores.people.count == people, sourceLocation: sourceLocation)
    }

    /// The error a run of the project at `path` stops with; an issue when it runs.
    func runError(_ path: String, _ what: String) throws -> String {
        do {
            _ = try MainJob.run(try ProjectFile.read(path: path))
            Issue.record("no error for \(what)")
            return ""
        } catch {
            return String(describing: error)
        }
    }

    @Test func attainmentAndScoresByHand() throws {
        let outcome = try MainJob.run(try ProjectFile.read(path: try makeProject()))
        let attainment = Dictionary(uniqueKeysWithValues: outcome.attainment.map { ($0.entity, $0.percent) })
        #expect(abs(attainment["A"]! - 96) < 1e-12)            // 960 / 1000
        #expect(abs(attainment["B"]! - 100) < 1e-12)           // 2000 / 2000
        #expect(abs(attainment["L"]! - 2960.0 / 30) < 1e-12)   // team 2960 / 3000
        #expect(abs(attainment["team:north"]! - 2960.0 / 30) < 1e-12)
        #expect(abs(attainment["company"]! - 2960.0 / 30) < 1e-12)
        let scores = Dictionary(uniqueKeysWithValues: outcome.scores.people.map { ($0.entity, $0.score) })
        // A: finance 96 (4 below) → 96 × 0.5; customers 12/10 capped at 100 → 100 × 0.5.
        #expect(abs(scores["A"]! - 98) < 1e-9)
        // B: 100 × 0.5 + 50 × 0.5.
        #expect(abs(scores["B"]! - 75) < 1e-9)
        // L: 1.3333 points below 100 at 2 points each.
        #expect(abs(scores["L"]! - (100 - 2 * (100 - 2960.0 / 30))) < 1e-9)
    }

    @Test func bookingsAndPeopleThatCountNowhereAreNamed() throws {
        // z booked (lower case, in no people row, no target); Cy is in the people file with nothing to score.
        let path = try makeProject(extraFiles: [
            "actuals.csv": "entity,date,amount\nA,2026-01-15,460\nB,2026-02-01,2000\nz,2026-02-02,99\n",
            "people.csv": "entity,name,team,role\nL,Lea,north,sales_manager\nA,Ann,north,sales_rep\nB,Bo,north,sales_rep\nC,Cy,north,sales_rep\n",
        ])
        let outcome = try MainJob.run(try ProjectFile.read(path: path))
        let detail = { (name: String) in outcome.steps.first { $0.name == name }?.detail ?? "" }
        #expect(detail("attainment to date").contains("bookings of z count for no team or company (a lead's own, or of someone without a target)"),
                "\(detail("attainment to date"))")
        #expect(detail("scores").contains("1 with no value to score: C"), "\(detail("scores"))")
    }

    /// A KPI value whose role or team differs from the people file's is refused before the
    /// store keeps it, naming line and column, so that the corrected file runs (stored, it
    /// would fail every later run, whatever the file said then).
    @Test func kpiValuesThatDisagreeWithThePeopleFileAreRefused() throws {
        let path = try makeProject(extraFiles: [
            "values.csv": "entity,role,kpi,value,period\nA,sales_manager,new_customers,12,2026Q1\nB,sales_rep,new_customers,5,2026Q1\n",
        ])
        try expectRunFails(path, "a role that disagrees", endingWith:
            "values.csv, line 2, column \"role\": A is a sales_rep in the people file, not a sales_manager; they must agree")
        try rewrite("values.csv", of: path, to: "entity,role,team,kpi,value,period\nA,sales_rep,north,new_customers,12,2026Q1\nB,sales_rep,south,new_customers,5,2026Q1\n")
        try expectRunFails(path, "a team that disagrees", endingWith:
            "values.csv, line 3, column \"team\": B is in team north in the people file, not south; they must agree")
        try rewrite("values.csv", of: path, to: "entity,role,team,kpi,value,period\nA,sales_rep,north,new_customers,12,2026Q1\nB,sales_rep,north,new_customers,5,2026Q1\n")
        try expectScored(path, people: 3)
    }

    /// Someone the people file does not name gets one role per period from the values file too:
    /// two are refused at ingest with both lines named, before the store keeps either.
    @Test func kpiValuesGivingSomeoneTwoRolesAreRefused() throws {
        let path = try makeProject(extraFiles: [
            "values.csv": "entity,role,kpi,value,period\nA,sales_rep,new_customers,12,2026Q1\nB,sales_rep,new_customers,5,2026Q1\n"
                + "X,sales_rep,new_customers,3,2026Q1\nX,sales_manager,target_attainment,90,2026Q1\n",
        ])
        try expectRunFails(path, "two roles for one person", endingWith:
            "values.csv, line 5, column \"role\": line 4 gives X the role sales_rep for 2026Q1, this line sales_manager; "
                + "a person has one role in a period")
        try rewrite("values.csv", of: path, to: "entity,role,kpi,value,period\nA,sales_rep,new_customers,12,2026Q1\nB,sales_rep,new_customers,5,2026Q1\n")
        try expectScored(path, people: 3)
    }

    /// Stored values that scoring refuses only together (a negative spend that makes a cost
    /// negative) say how to correct them: the store keeps them, so the file alone cannot.
    @Test func storedValuesScoringRefusesSayHowToCorrectThem() throws {
        let path = try makeProject(extraFiles: [
            "values.csv": "entity,role,kpi,value,period\nA,sales_rep,marketing_spend,-1000,2026Q1\nA,sales_rep,new_customers,5,2026Q1\n"
                + "B,sales_rep,new_customers,5,2026Q1\n",
            "sc.yaml": Self.costScorecard,
        ])
        let error = try runError(path, "a negative cost")
        #expect(error.hasSuffix("entity \"A\": cac computed from marketing_spend -1000, new_customers 5 is -200, which cac cannot be: "
                                + "check the negative input (if a stored KPI value is wrong: a store keeps each row as first ingested: "
                                + "to correct it, start a new store and run again)"),
                "\(error)")
    }

    /// A formula that divides by zero for one person (no new customers, so no acquisition
    /// cost) leaves that KPI without a value for that person alone; the run goes on.
    @Test func aDivisionByZeroLeavesOnePersonsKPIWithoutValue() throws {
        let path = try makeProject(extraFiles: [
            "values.csv": "entity,role,kpi,value,period\nA,sales_rep,marketing_spend,1000,2026Q1\nA,sales_rep,new_customers,0,2026Q1\n"
                + "B,sales_rep,marketing_spend,2000,2026Q1\nB,sales_rep,new_customers,5,2026Q1\n",
            "sc.yaml": Self.costScorecard,
        ])
        let outcome = try MainJob.run(try ProjectFile.read(path: path))
        let cac = { (entity: String) in outcome.scores.people.first { $0.entity == entity }?.dimensions.first?.kpis.first }
        #expect(cac("A")?.value == nil)
        #expect(cac("A")?.reason == "no value (division by zero: new_customers is 0)")
        #expect(cac("B")?.value == 400)
        #expect(cac("B")?.points == 100)
    }

    /// A scorecard of one KPI, the customer acquisition cost.
    static let costScorecard = """
        scorecard: t
        roles:
          sales_rep:
            dimensions:
              finance: {weight: 100, kpis: [{kpi: cac, weight: 100, rule: {linear: {target: 400, cap: 100}}}]}
        """

    /// The people file tells who is who now: a value of an earlier period with the role the
    /// person had then is kept.
    @Test func kpiValuesOfOtherPeriodsKeepTheirRoles() throws {
        let path = try makeProject(extraFiles: [
            "values.csv": "entity,role,kpi,value,period\nA,sales_manager,new_customers,7,2025Q4\nA,sales_rep,new_customers,12,2026Q1\n"
                + "B,sales_rep,new_customers,5,2026Q1\n",
        ])
        let outcome = try MainJob.run(try ProjectFile.read(path: path))
        #expect(outcome.scores.people.count == 3)
    }

    /// Values stored before the people file named the person are still compared at scoring.
    @Test func kpiValuesStoredBeforeThePeopleFileAreComparedAtScoring() throws {
        let path = try makeProject(extraFiles: [
            "people.csv": "entity,name,team,role\nL,Lea,north,sales_manager\nB,Bo,north,sales_rep\n",
            "values.csv": "entity,role,kpi,value,period\nA,sales_manager,new_customers,12,2026Q1\nB,sales_rep,new_customers,5,2026Q1\n",
        ])
        _ = try? MainJob.run(try ProjectFile.read(path: path))
        try rewrite("people.csv", of: path, to: "entity,name,team,role\nL,Lea,north,sales_manager\nA,Ann,north,sales_rep\nB,Bo,north,sales_rep\n")
        let error = try runError(path, "a stored role that disagrees")
        #expect(error.hasSuffix("values.csv: the new_customers value of A gives the role sales_manager, the people file sales_rep; "
                                + "they must agree (a store keeps each row as first ingested: to correct it, start a new store and run again)"),
                "\(error)")
    }

    /// A KPI value scoring would refuse (a negative count, an unknown name) rejects its file at
    /// ingest, naming line and column: stored, it would fail every later run, and the
    /// corrected file would conflict with it (or, for a misspelt name, leave it stored).
    @Test func aKPIValueScoringWouldRefuseIsRefusedBeforeItIsStored() throws {
        let path = try makeProject(extraFiles: [
            "values.csv": "entity,role,kpi,value,period\nA,sales_rep,new_customers,12,2026Q1\nB,sales_rep,new_customers,-5,2026Q1\n",
        ])
        try expectRunFails(path, "a negative count", endingWith:
            "values.csv, line 3, column \"value\": entity \"B\": new_customers -5 is negative, which new_customers cannot be")
        // So is a name the scorecard does not know, which would stay stored after a correction.
        try rewrite("values.csv", of: path, to: "entity,role,kpi,value,period\nA,sales_rep,new_customer,12,2026Q1\n")
        try expectRunFails(path, "an unknown KPI", endingWith:
            "values.csv, line 2, column \"kpi\": \"new_customer\" is neither a KPI nor an input of one (did you mean new_customers?)")
        try rewrite("values.csv", of: path, to: "entity,role,kpi,value,period\nA,sales_rep,new_customers,12,2026Q1\nB,sales_rep,new_customers,5,2026Q1\n")
        try expectScored(path, people: 3)
    }

    @Test func aFinishedPeriodIsScoredOnItsFinalAttainment() throws {
        // 2026Q1 as of May 10: nothing left to project, so the projection KPIs are the outcome.
        let scorecard = """
            scorecard: t
            roles:
              sales_rep:
                dimensions:
                  finance: {weight: 100, kpis: [{kpi: projected_attainment, weight: 50, rule: {deduct_below: 100}},
                                                {kpi: attainment_probability, weight: 50, rule: {threshold: {min: 50}}}]}
              sales_manager:
                dimensions:
                  finance: {weight: 100, kpis: [{kpi: projected_attainment, weight: 100, rule: {deduct_below: 100}}]}
            """
        let outcome = try MainJob.run(try ProjectFile.read(path: try makeProject(extraFiles: ["sc.yaml": scorecard])))
        #expect(outcome.steps.first { $0.name == "attainment forecast" }?.detail.contains("the final attainment stands") == true, "\(outcome.steps.map { "\($0.name): \($0.detail)" })")
        let scores = Dictionary(uniqueKeysWithValues: outcome.scores.people.map { ($0.entity, $0.score) })
        // A reached 96 (4 below: 96 × 0.5) and not the target (probability 0: 0 × 0.5); B reached it.
        #expect(abs(scores["A"]! - 48) < 1e-9)
        #expect(abs(scores["B"]! - 100) < 1e-9)
        #expect(abs(scores["L"]! - 2960.0 / 30) < 1e-9)
    }

    @Test func runningTwiceIngestsNothingNewAndScoresTheSame() throws {
        let path = try makeProject()
        let first = try MainJob.run(try ProjectFile.read(path: path))
        let second = try MainJob.run(try ProjectFile.read(path: path))
        #expect(second.ingested.allSatisfy { $0.alreadyIngested })
        #expect(second.run != first.run)
        #expect(second.scores == first.scores)
        #expect(second.attainment == first.attainment)
    }

    @Test func aBadScorecardStopsTheRunBeforeAnythingIsWritten() throws {
        let path = try makeProject()
        try rewrite("sc.yaml", of: path, to: "scorecard: t\nroles:\n  sales_rep:\n    dimensions:\n      finance: {weight: 100, kpis: [{kpi: nope, weight: 100, rule: {deduct_below: 100}}]}\n")
        #expect(throws: (any Error).self) { try MainJob.run(try ProjectFile.read(path: path)) }
        #expect(!FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("kpi.sqlite").path))
    }

    @Test func fundraisingPaceIsMeasuredAndStoredWhenTheProjectHasATarget() throws {
        let path = try makeProject(fundraising: "fundraising:\n  target: 1000\n  start: 2026-01-01\n  deadline: 2026-06-30\n")
        let outcome = try MainJob.run(try ProjectFile.read(path: path))
        let pace = try #require(outcome.pace)
        #expect(pace.raisedToDate == 500)
        // 130 of the plan's 181 days have passed (January 1 to May 10, January 1 to June 30).
        #expect(pace.elapsedDays == 130)
        #expect(abs(try #require(pace.plannedToDate) - 1000.0 * 130 / 181) < 1e-9)
        #expect(outcome.steps.contains { $0.name == "fundraising pace" && $0.status == .done })
        let store = try KPIStore(path: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("kpi.sqlite").path)
        let stored = try store.results(run: outcome.run, kind: .pace)
        #expect(stored.map(\.key) == ["fundraising"])
        let object = try JSONSerialization.jsonObject(with: Data(try #require(stored.first).json.utf8)) as? [String: Any]
        #expect(object?["raised"] as? Double == 500)
        #expect(object?["deadline"] as? String == "2026-06-30")
    }

    @Test func withoutAFundraisingTargetThePaceStepIsSkipped() throws {
        let outcome = try MainJob.run(try ProjectFile.read(path: try makeProject()))
        #expect(outcome.pace == nil)
        #expect(outcome.steps.contains { $0.name == "fundraising pace" && $0.status == .skipped })
    }

    @Test func endedCampaignsAreReviewedAndWeakOnesFlagged() throws {
        // Two quarters of the same search campaign below 5% ROI (4% and −10%), an email
        // campaign that pays, and a third search quarter still running on as_of (2026-05-10).
        let campaigns = """
            campaign,name,channel,start,end,cost,revenue
            S1,Search brand,search,2026-01-01,2026-01-31,1000,1040
            S2,Search brand,search,2026-02-01,2026-02-28,1000,900
            E1,Newsletter,email,2026-01-01,2026-03-31,500,800
            S3,Search brand,search,2026-05-01,2026-05-31,1000,100

            """
        let path = try makeProject(campaigns: campaigns)
        let outcome = try MainJob.run(try ProjectFile.read(path: path))
        let review = try #require(outcome.campaigns)
        #expect(review.campaigns.map(\.record.campaign).sorted() == ["E1", "S1", "S2"])
        #expect(review.flags.map(\.campaign) == ["S2"])
        #expect(outcome.steps.contains { $0.name == "campaign review" && $0.detail.contains("1 still running left out") })
        let store = try KPIStore(path: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("kpi.sqlite").path)
        #expect(try store.results(run: outcome.run, kind: .campaign).count == 3)
        #expect(try store.results(run: outcome.run, kind: .campaignFlag).map(\.key) == ["S2"])
    }

    /// 104 weeks from `first`; sales = 1,000 + 3 × tv (no carry-over, no saturation) plus a
    /// small deterministic wiggle. Search spend varies as much but sells nothing.
    static func weeklySales(from first: String) -> String {
        var rows = ["week,sales,tv,search"]
        var state: UInt64 = 12345
        func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for week in 0..<104 {
            let day = Day(daysSinceEpoch: Day(first)!.daysSinceEpoch + 7 * week)
            let tv = uniform() < 0.5 ? 0 : 50 + 100 * uniform(), search = 20 + 40 * uniform()
            rows.append("\(day),\(1000 + 3 * tv + 10 * (uniform() - 0.5)),\(tv),\(search)")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test func aMarketingTableIsAttributedStoredAndJudgesTheCampaigns() throws {
        // Each campaign reports a 30% ROI; the model says search returns nothing.
        let campaigns = """
            campaign,name,channel,start,end,cost,revenue
            T1,TV spring,tv,2025-03-01,2025-03-31,1000,1300
            S1,Search always-on,Search,2025-03-01,2025-03-31,1000,1300

            """
        let path = try makeProject(campaigns: campaigns, marketing: Self.weeklySales(from: "2024-01-01"))
        let outcome = try MainJob.run(try ProjectFile.read(path: path))
        let model = try #require(outcome.attribution)
        #expect(model.channels.map(\.name) == ["tv", "search"])
        #expect(abs(try #require(model.channels[0].roas).value - 3) < 0.3)
        let store = try KPIStore(path: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("kpi.sqlite").path)
        #expect(try store.results(run: outcome.run, kind: .attribution).map(\.key) == ["model"])
        let flags = try #require(outcome.campaigns).flags
        #expect(flags.map(\.campaign) == ["S1"])
        #expect(flags.first?.kind == .doubtful)
    }

    @Test func campaignOwnersAreScoredOnTheirCampaignsThatEndedInThePeriod() throws {
        // M owns a TV campaign (from a Wednesday, no leads won) and a search campaign that ended
        // in 2026Q1, and one of the quarter before;
        // N's only campaign ends after the quarter; Z is not in the people file; of L's, one
        // ends after the marketing table's last week, one ran on a channel the model lacks.
        let campaigns = """
            campaign,name,channel,start,end,cost,revenue,leads,customers,owner
            T0,TV autumn,tv,2025-10-06,2025-11-02,1000,5000,,,M
            T1,TV winter,tv,2026-01-07,2026-02-01,1000,1300,0,,M
            S1,Search winter,search,2026-01-05,2026-03-29,3000,2400,60,,M
            X1,Search pilot,search,2026-02-02,2026-02-22,500,600,10,,Z
            T2,TV spring,tv,2026-03-02,2026-04-26,1000,9000,,,N
            T3,TV late,tv,2026-03-25,2026-03-31,100,100,,,L
            E2,Webinar,events,2026-03-10,2026-03-10,200,500,5,,L
            U1,Newsletter,email,2026-02-01,2026-02-28,100,900,30,,

            """
        let people = "entity,name,team,role\nL,Lea,north,sales_manager\nA,Ann,north,sales_rep\nB,Bo,north,sales_rep\n"
            + "M,Mia,marketing,marketing_manager\nN,Ned,marketing,marketing_manager\n"
        // M's supplied ROI of 99% gives way to the one computed from the campaigns.
        let values = "entity,role,kpi,value,period\nM,marketing_manager,campaign_roi,99,2026Q1\nN,marketing_manager,campaign_roi,12,2026Q1\n"
        let scorecard = """
            scorecard: t
            roles:
              sales_rep:
                dimensions:
                  finance: {weight: 100, kpis: [{kpi: target_attainment, weight: 100, rule: {deduct_below: 100}}]}
              sales_manager:
                dimensions:
                  finance: {weight: 100, kpis: [{kpi: target_attainment, weight: 100, rule: {deduct_below: 100}}]}
              marketing_manager:
                dimensions:
                  finance: {weight: 100, kpis: [{kpi: campaign_roi, weight: 50, rule: {linear: {target: 50, cap: 100}}},
                                                {kpi: sales_contribution_rate, weight: 50, rule: {linear: {target: 1, cap: 100}}}]}
            """
        let path = try makeProject(campaigns: campaigns, marketing: Self.weeklySales(from: "2024-04-01"),
                                   extraFiles: ["people.csv": people, "values.csv": values, "sc.yaml": scorecard])
        let outcome = try MainJob.run(try ProjectFile.read(path: path))
        let model = try #require(outcome.attribution)
        let computed = Dictionary(uniqueKeysWithValues: outcome.campaignKPIs.map { ("\($0.entity)/\($0.kpi)", $0) })
        #expect(computed.keys.sorted() == ["L/campaign_roi", "L/cost_per_lead", "M/campaign_roi", "M/cost_per_lead",
                                           "M/sales_contribution_rate"])
        // (1,300 + 2,400 − 4,000) ÷ 4,000; 4,000 ÷ 60 leads (the TV campaign won none).
        #expect(abs(try #require(computed["M/campaign_roi"]).value - -7.5) < 1e-12)
        #expect(try #require(computed["M/cost_per_lead"]).value == 4000.0 / 60)
        // Each campaign's rate from the model, from the week holding its first day (Monday
        // 2026-01-05 for the TV campaign), weighted by cost.
        let tv = try model.salesContributionRate(channel: "tv", from: Day("2026-01-05")!.daysSinceEpoch,
                                                 through: Day("2026-02-01")!.daysSinceEpoch).rate
        let search = try model.salesContributionRate(channel: "search", from: Day("2026-01-05")!.daysSinceEpoch,
                                                     through: Day("2026-03-29")!.daysSinceEpoch).rate
        let rate = try #require(computed["M/sales_contribution_rate"])
        #expect(abs(rate.value - (1000 * tv.value + 3000 * search.value) * 100 / 4000) < 1e-9)
        #expect(rate.parts.map(\.campaign) == ["T1", "S1"])
        #expect(abs(try #require(rate.parts[0].low) - tv.low * 100) < 1e-9)
        // The scorecard scores the computed values; N keeps the supplied ROI.
        func value(_ entity: String, _ kpi: String) throws -> Double? {
            let person = try #require(outcome.scores.people.first { $0.entity == entity })
            return try #require(person.dimensions.flatMap(\.kpis).first { $0.kpi == kpi }).value
        }
        #expect(try value("M", "campaign_roi") == computed["M/campaign_roi"]?.value)
        #expect(try value("M", "sales_contribution_rate") == rate.value)
        #expect(try value("N", "campaign_roi") == 12)
        let step = try #require(outcome.steps.first { $0.name == "campaign KPIs" })
        #expect(step.status == .done && step.detail.contains("X1 (Z)")
                    && step.detail.contains("no contribution rate for E2 (channel events is not in the marketing-mix model), "
                                            + "T3 (the marketing table does not cover its weeks)"),
                "\(step.detail)")
        let store = try KPIStore(path: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("kpi.sqlite").path)
        #expect(try store.results(run: outcome.run, kind: .campaignKPI).map(\.key).sorted() == computed.keys.sorted())
        #expect(RunRendering.table(outcome).contains("T1 S1"))
    }

    @Test func withoutOwnedCampaignsInThePeriodTheCampaignKPIsAreSkipped() throws {
        let campaigns = "campaign,name,channel,start,end,cost,revenue,owner\nE1,Newsletter,email,2026-01-01,2026-03-31,500,800,\n"
        let outcome = try MainJob.run(try ProjectFile.read(path: try makeProject(campaigns: campaigns)))
        #expect(outcome.campaignKPIs.isEmpty)
        #expect(outcome.steps.contains { $0.name == "campaign KPIs" && $0.status == .skipped && $0.detail == "no campaign names an owner" })
    }

    /// Reps A and B (team north) and C, D (unknown to the people file) file 30 weeks each,
    /// with a little deterministic noise; A reports 40 times the usual visits in week 12.
    static func weeklyReports() -> (csv: String, deals: [String: [Int]]) {
        var rows = ["entity,team,period,visits,leads,deals,revenue"]
        var deals: [String: [Int]] = [:]
        var state: UInt64 = 99
        func noise(_ spread: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % (2 * spread + 1) - spread
        }
        for entity in ["A", "B", "C", "D"] {
            for week in 1...30 {
                let visits = 30 + noise(6), leads = 9 + noise(2), deal = 2 + noise(1)
                let period = "2026-W" + (week < 10 ? "0" : "") + String(week)
                let reported = entity == "A" && week == 12 ? visits * 40 : visits
                rows.append("\(entity),north,\(period),\(reported),\(leads),\(deal),\(deal * 2000 + 37 * (noise(9) + 10))")
                deals[entity, default: []].append(deal)
            }
        }
        return (rows.joined(separator: "\n") + "\n", deals)
    }

    @Test func reportsAreAuditedAndTheFlaggedOnesStored() throws {
        let path = try makeProject(reports: Self.weeklyReports().csv)
        let outcome = try MainJob.run(try ProjectFile.read(path: path))
        let audit = try #require(outcome.audit)
        // Weeks 1–19 began by as_of (2026-05-10); later weeks are not audited yet.
        #expect(audit.count == 4 * 19)
        #expect(audit.filter(\.flagged).contains { $0.entity == "A" && $0.period == "2026-W12" })
        let store = try KPIStore(path: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("kpi.sqlite").path)
        let stored = try store.results(run: outcome.run, kind: .auditFlag).map(\.key)
        #expect(stored.contains("A/2026-W12"))
        #expect(stored.count == audit.filter(\.flagged).count)
        // Without `kpis:` the reports change no KPI value: A's supplied 12 new customers stand.
        #expect(outcome.reportKPIs.isEmpty)
        #expect(outcome.steps.contains { $0.name == "KPIs from the reports" && $0.status == .skipped })
    }

    /// The sum of the deals of a person's weeks of 2026Q1 — ISO weeks 1 to 13, whose
    /// Thursdays (January 1st … March 26th) fall in the quarter — leaving out `weeks`.
    static func quarterDeals(_ entity: String, without weeks: Set<Int> = []) -> Double {
        let deals = weeklyReports().deals[entity] ?? []
        return Double((1...13).filter { !weeks.contains($0) }.reduce(0) { $0 + deals[$1 - 1] })
    }

    /// The weeks of 2026Q1 the audit flagged for `entity`.
    static func flaggedWeeks(_ outcome: RunOutcome, _ entity: String) throws -> Set<Int> {
        Set(try #require(outcome.audit).filter { $0.flagged && $0.entity == entity }
            .compactMap { Int($0.period.dropFirst(6)) }.filter { $0 <= 13 })
    }

    @Test func aFlaggedReportIsHeldBackFromTheKPIUntilCleared() throws {
        let reports = Self.weeklyReports().csv
        let path = try makeProject(reports: reports, audit: "  kpis: {new_customers: deals}\n  cleared: cleared.csv\n",
                                   extraFiles: ["cleared.csv": "entity,period,cleared_by,reason\n"])
        let flaggedRun = try MainJob.run(try ProjectFile.read(path: path))
        let flaggedA = try #require(flaggedRun.reportKPIs.first { $0.entity == "A" })
        let flaggedB = try #require(flaggedRun.reportKPIs.first { $0.entity == "B" })
        // A's week 12 is flagged, so are any other weeks the audit finds odd: all held back.
        let weeksA = try Self.flaggedWeeks(flaggedRun, "A"), weeksB = try Self.flaggedWeeks(flaggedRun, "B")
        #expect(weeksA.contains(12))
        #expect(flaggedA.heldBack.map(\.period) == weeksA.sorted().map { "2026-W" + ($0 < 10 ? "0" : "") + String($0) })
        #expect(flaggedA.value == Self.quarterDeals("A", without: weeksA))
        #expect(flaggedA.heldBackValue == Self.quarterDeals("A") - Self.quarterDeals("A", without: weeksA))
        #expect(flaggedA.reportsCounted == 13 - weeksA.count)
        #expect(flaggedB.value == Self.quarterDeals("B", without: weeksB) && flaggedB.reportsCounted == 13 - weeksB.count)
        // Only people of the people file are scored: C and D file reports but have no KPI.
        #expect(flaggedRun.reportKPIs.map(\.entity) == ["A", "B"])
        // The scorecard scores the sums, not the supplied 12 and 5.
        func customers(_ outcome: RunOutcome, _ entity: String) throws -> Double {
            let person = try #require(outcome.scores.people.first { $0.entity == entity })
            let kpi = try #require(person.dimensions.flatMap(\.kpis).first { $0.kpi == "new_customers" })
            return try #require(kpi.value)
        }
        #expect(try customers(flaggedRun, "A") == flaggedA.value)
        #expect(try customers(flaggedRun, "B") == flaggedB.value)
        let store = try KPIStore(path: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("kpi.sqlite").path)
        let stored = try store.results(run: flaggedRun.run, kind: .reportKPI)
        #expect(stored.map(\.key) == ["A/new_customers", "B/new_customers"])
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(stored[0].json.utf8)) as? [String: Any])
        #expect(payload["held_back_value"] as? Double == flaggedA.heldBackValue)
        #expect((payload["held_back"] as? [Any])?.count == weeksA.count)
        #expect(RunRendering.table(flaggedRun).contains("A      new_customers"))

        // A reviewer clears A's week 12: the next run counts its deals, and only its.
        try rewrite("cleared.csv", of: path, to: "entity,period,cleared_by,reason\nA,2026-W12,Lea,visits of a trade fair week checked in the CRM\n")
        let clearedRun = try MainJob.run(try ProjectFile.read(path: path))
        let clearedA = try #require(clearedRun.reportKPIs.first { $0.entity == "A" })
        #expect(!clearedA.heldBack.contains { $0.period == "2026-W12" })
        #expect(clearedA.value == Self.quarterDeals("A", without: weeksA.subtracting([12])))
        #expect(clearedA.value - flaggedA.value == Self.quarterDeals("A") - Self.quarterDeals("A", without: [12]))
        #expect(clearedA.cleared.map(\.clearance.clearedBy) == ["Lea"])
        #expect(try customers(clearedRun, "A") == clearedA.value)
        #expect(try store.results(run: clearedRun.run, kind: .auditFlag).map(\.key).contains("A/2026-W12") == false)
        #expect(try store.results(run: clearedRun.run, kind: .auditCleared).map(\.key) == ["A/2026-W12"])
        #expect(RunRendering.table(clearedRun).contains("cleared A 2026-W12 by Lea: visits of a trade fair week checked in the CRM"))
        // The HTML report shows, per person, the reports held back and what they removed.
        let page = try RunReport.html(store: store, run: flaggedRun.run)
        #expect(page.contains("KPIs from the reports") && page.contains("2026-W12 (\(Int(Self.quarterDeals("A") - Self.quarterDeals("A", without: [12]))))"))
        let clearedPage = try RunReport.html(store: store, run: clearedRun.run)
        #expect(clearedPage.contains("Cleared by a reviewer") && clearedPage.contains("visits of a trade fair week checked in the CRM"))
    }

    @Test func aBadFileOfClearedReportsNamesFileAndLine() throws {
        let reports = Self.weeklyReports().csv
        let cases: [(String, String)] = [
            ("entity,period,cleared_by,reason\nA,2026-W12,Lea,checked\nZ,2026-W12,Lea,checked\n",
             "cleared.csv, line 3: no report of Z for 2026-W12 in the project's reports"),
            ("entity,period,cleared_by,reason\nA,2026-W52,Lea,checked\n",
             "cleared.csv, line 2: no report of A for 2026-W52 in the project's reports"),
            ("entity,period,by,reason\nA,2026-W12,Lea,checked\n", "cleared.csv: no column \"cleared_by\" (columns: entity, period, by, reason)"),
            ("entity,period,cleared_by,reason\nA,2026-W12,,checked\n", "cleared.csv, line 2, column \"cleared_by\": empty"),
            ("entity,period,cleared_by,reason\nA,week 12,Lea,checked\n", "cleared.csv, line 2, column \"period\": \"week 12\" is not a period"),
            ("entity,period,cleared_by,reason\nA,2026-W12,Lea,checked\nA,2026-W12,Bo,again\n",
             "cleared.csv, line 3: the report of A for 2026-W12 is already cleared on line 2"),
        ]
        for (text, message) in cases {
            let path = try makeProject(reports: reports, audit: "  kpis: {new_customers: deals}\n  cleared: cleared.csv\n",
                                       extraFiles: ["cleared.csv": text])
            let error = try runError(path, message)
            #expect(error.contains(message), "\(error)")
        }
        // A KPI the scorecard does not know, named with the project file.
        let misspelt = try makeProject(reports: reports, audit: "  kpis: {new_customer: deals}\n")
        let error = try runError(misspelt, "an unknown KPI")
        #expect(error.contains("kpi.yaml: audit kpis: \"new_customer\" is not a KPI the scorecard"), "\(error)")
        #expect(error.contains("(did you mean new_customers?)"), "\(error)")
        let missing = try makeProject(reports: reports, audit: "  cleared: nowhere.csv\n")
        #expect(throws: (any Error).self) { try MainJob.run(try ProjectFile.read(path: missing)) }
        do { _ = try MainJob.run(try ProjectFile.read(path: missing)) } catch {
            #expect(String(describing: error).contains("nowhere.csv: no such file"), "\(error)")
        }
    }
}
