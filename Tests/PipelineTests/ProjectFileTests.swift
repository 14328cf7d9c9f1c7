import Foundation
import Pipeline
import Testing

/// Reading project files: paths, defaults, and errors that name the line.
struct ProjectFileTests {
    let folder = URL(fileURLWithPath: "/projects/demo")

    @Test func readsAProjectWithDefaults() throws {
        let project = try ProjectFile.parse("""
            project: demo
            as_of: 2026-11-20
            scorecard: sc.yaml
            data:
              actuals: a.csv
              people: /abs/people.csv
            """, source: "kpi.yaml", folder: folder)
        #expect(project.name == "demo")
        #expect(project.period.label == "2026Q4")
        #expect(project.storePath == "/projects/demo/kpi.sqlite")
        #expect(project.scorecardPath == "/projects/demo/sc.yaml")
        // People are ingested first whatever the order in the file.
        #expect(project.data.map(\.dataset.rawValue) == ["people", "actuals"])
        #expect(project.data.map(\.path) == ["/abs/people.csv", "/projects/demo/a.csv"])
    }

    @Test func readsAFundraisingTarget() throws {
        let project = try ProjectFile.parse("""
            project: demo
            as_of: 2026-11-20
            scorecard: sc.yaml
            data: {raises: r.csv}
            fundraising:
              target: 7000000
              start: 2026-07-01
              deadline: 2026-12-31
            """, source: "kpi.yaml", folder: folder)
        #expect(project.fundraising?.target == 7_000_000)
        #expect(project.fundraising?.start.description == "2026-07-01")
        #expect(project.fundraising?.deadline?.description == "2026-12-31")
    }

    @Test func readsAMarketingTable() throws {
        let project = try ProjectFile.parse("""
            project: demo
            as_of: 2026-11-20
            scorecard: sc.yaml
            data: {people: p.csv}
            marketing:
              file: weeks.csv
              date: week
              kpi: sales
              channels: [tv, search]
              events: [promo]
            """, source: "kpi.yaml", folder: folder)
        let marketing = try #require(project.marketing)
        #expect(marketing.file == "/projects/demo/weeks.csv")
        #expect(marketing.channels == ["tv", "search"])
        #expect(marketing.controls.isEmpty)
        #expect(marketing.events == ["promo"])
        #expect(marketing.seed == 1)
    }

    @Test func readsTheKPIsTakenFromTheReportsAndTheClearedFile() throws {
        let yaml = "project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\naudit:\n  measures: [visits, deals, revenue]\n"
            + "  kpis:\n    new_customers: deals\n    sales: revenue\n  cleared: audit/cleared.csv\n"
        let audit = try #require(try ProjectFile.parse(yaml, source: "kpi.yaml", folder: folder).audit)
        #expect(audit.kpis == [ReportKPISource(kpi: "new_customers", measure: "deals"), ReportKPISource(kpi: "sales", measure: "revenue")])
        #expect(audit.cleared == folder.appendingPathComponent("audit/cleared.csv").path)
        let plain = try #require(try ProjectFile.parse("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\naudit:\n  measures: [visits, deals]\n",
                                                       source: "kpi.yaml", folder: folder).audit)
        #expect(plain.kpis.isEmpty && plain.cleared == nil)
    }

    @Test func errorsNameTheLine() {
        let cases: [(String, String)] = [
            ("project: d\nas_of: 2026-13-01\nscorecard: s\ndata: {people: p.csv}\n", "kpi.yaml, line 2: as_of"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata:\n  people: p.csv\n  sales: s.csv\n", "kpi.yaml, line 6: unknown dataset \"sales\""),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\nextra: 1\ndata: {people: p.csv}\n", "kpi.yaml, line 4: unknown key \"extra\""),
            ("project: d\nas_of: 2026-11-20\ndata: {people: p.csv}\n", "missing key \"scorecard\""),
            ("project: d\nas_of: 2026-11-20\nperiod: Q5\nscorecard: s\ndata: {people: p.csv}\n", "kpi.yaml, line 3: period"),
            ("project: d\nas_of: 2026-11-20\nperiod: 2027Q1\nscorecard: s\ndata: {people: p.csv}\n",
             "kpi.yaml, line 3: period 2027Q1 begins 2027-01-01, after as_of 2026-11-20"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\nfundraising:\n  target: -5\n  start: 2026-07-01\n",
             "kpi.yaml, line 6: fundraising target \"-5\" must be a positive amount"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\nfundraising:\n  target: 5\n  start: 2026-07-01\n  deadline: 2026-06-01\n",
             "kpi.yaml, line 8: fundraising deadline 2026-06-01 must come after the start 2026-07-01"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\nfundraising:\n  target: 5\n  start: July\n",
             "kpi.yaml, line 7: fundraising start \"July\" is not a date"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\nfundraising:\n  target: 5\n  goal: 7\n",
             "kpi.yaml, line 7: unknown fundraising key \"goal\""),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\nmarketing:\n  file: w.csv\n  date: week\n  kpi: sales\n  channels: tv\n",
             "kpi.yaml, line 9: marketing channels must be a list"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\nmarketing:\n  file: w.csv\n  date: week\n  channels: [tv]\n",
             "kpi.yaml, line 6: marketing needs kpi"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\naudit:\n  measures: [visits]\n",
             "kpi.yaml, line 6: audit measures must list at least two report columns"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\naudit:\n  measures: [visits, leads]\n  fdr: 2\n",
             "kpi.yaml, line 7: audit fdr must be a rate between 0 and 1"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\naudit:\n  measures: [visits, deals]\n  kpis: {new_customers: wins}\n",
             "kpi.yaml, line 7: audit kpis: new_customers must name one of the audit's measures (visits, deals)"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\naudit:\n  measures: [visits, deals]\n  kpis: [deals]\n",
             "kpi.yaml, line 7: audit kpis must map scorecard KPIs to report measures"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata: {people: p.csv}\naudit:\n  measures: [visits, deals]\n  clear: c.csv\n",
             "kpi.yaml, line 7: unknown audit key \"clear\" (expected measures, fdr, kpis, cleared)"),
        ]
        for (yaml, message) in cases {
            #expect(throws: PipelineError.self) { try ProjectFile.parse(yaml, source: "kpi.yaml", folder: folder) }
            do { _ = try ProjectFile.parse(yaml, source: "kpi.yaml", folder: folder) } catch {
                #expect("\(error)".contains(message), "\(error)")
            }
        }
    }
}
