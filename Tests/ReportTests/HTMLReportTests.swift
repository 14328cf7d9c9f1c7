import Foundation
@testable import Report
import Testing
import TestSupport

/// The HTML report drawn from stored results of every kind, constructed here in the shapes
/// the pipeline's steps store (the shared contracts).
struct HTMLReportTests {
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"

    /// The tags the report is made of; anything else came from the data.
    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "nav", "section", "h1", "h2", "h3",
        "p", "ol", "ul", "li", "a", "figure", "figcaption", "div", "span", "table", "caption", "thead", "tbody", "tr", "th",
        "td", "dl", "dt", "dd", "svg", "defs", "pattern", "rect", "path", "circle", "line", "polyline", "polygon", "text",
    ]

    static func json(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func scorecard(person: String) throws -> (kind: String, key: String, json: String) {
        ("score", "scorecard", try json([
            "scorecard": "sales", "period": "2026Q4",
            "scores": [["entity": person, "role": "sales_rep", "team": "north", "score": 87.5,
                        "dimensions": [["dimension": "finance", "weight": 50, "score": 75,
                                        "kpis": [["kpi": "target_attainment", "value": 93.75, "weight": 100, "points": 75,
                                                  "lost": 12.5, "rule": "deduct_below 100", "reason": "93.75 is 6.25 below 100"]]]]],
                       ["entity": "S101", "role": "sales_rep", "team": NSNull(), "score": 100, "dimensions": []]],
            "teams": [["team": "north", "members": 1, "score": 87.5]], "roles": [], "unscored": [],
        ]))
    }

    static func projection(entity: String, level: String) throws -> (kind: String, key: String, json: String) {
        let interval = { (lower: Double, upper: Double) in
            [["level": 0.8, "lower": lower, "upper": upper], ["level": 0.95, "lower": lower * 0.9, "upper": upper * 1.1]]
        }
        let days = (11...31).map { Double($0 - 10) / 21 }
        let line = { (slope: Double) -> [Double] in days.map { 600 + slope * $0 } }
        let bands: [[String: Any]] = [["level": 0.8, "lower": line(900), "upper": line(1500)],
                                      ["level": 0.95, "lower": line(810), "upper": line(1650)]]
        let path: [String: Any] = ["booked": (1...10).map { Double($0) * 60 },
                                   "dates": (11...31).map { String(format: "2026-01-%02d", $0) },
                                   "mean": line(1220), "median": line(1200), "intervals": bands]
        return ("forecast", "\(level):\(entity)", try json([
            "entity": entity, "level": level, "team": level == "person" ? "north" : NSNull(), "booked_to_date": 600, "target": 2000,
            "projected": 1820, "projected_attainment_pct": 91, "probability_of_target": 0.25, "intervals": interval(1500, 2100),
            "period": ["label": "2026Q1", "start": "2026-01-01", "end": "2026-01-31", "as_of": "2026-01-10"],
            "path": path,
        ]))
    }

    static func everyKind() throws -> [(kind: String, key: String, json: String)] {
        [
            try scorecard(person: image),
            try projection(entity: "company", level: "company"),
            try projection(entity: "north", level: "team"),
            try projection(entity: image, level: "person"),
            ("pace", "fundraising", try json([
                "target": 1_000_000, "start": "2026-07-01", "as_of": "2026-11-20", "deadline": "2026-12-31", "raised": 640_000,
                "remaining": 360_000, "percent_of_target": 64, "elapsed_days": 143, "velocity_per_week": 31_300,
                "recent_velocity_per_week": 28_000,
                "weeks": [["start": "2026-07-01", "amount": 300_000], ["start": "2026-07-08", "amount": 340_000]],
                "trend": NSNull(), "planned_to_date": 780_000, "pace_against_plan": 0.82, "ahead_of_plan": -140_000,
                "planned_velocity_per_week": 38_000, "required_velocity_per_week": 61_000, "velocity_ratio": 0.82, "speed": "slow",
                "target_date": ["reached_on": NSNull(), "expected": "2027-03-02", "earliest": "2027-01-20", "latest": "2027-05-01", "level": 0.8],
                "raises_left_out": 0,
            ])),
            ("attribution", "model", try json([
                "r_squared": 0.91, "nrmse": 0.07, "mape": 0.05, "impact_coefficient": 0.31, "extra_field": "ignored",
                "channels": [
                    ["channel": "search", "spend": 120_000, "contribution": 300_000, "contribution_low": 250_000, "contribution_high": 350_000,
                     "share": 0.4, "roas": 2.5, "roas_low": 2.1, "roas_high": 2.9, "mroas": 1.4, "adstock": ["decay": 0.3], "saturation": ["half": 1]],
                    ["channel": Self.script, "spend": 80_000, "contribution": 60_000, "contribution_low": 20_000, "contribution_high": 100_000,
                     "share": 0.1, "roas": 0.75, "roas_low": 0.25, "roas_high": 1.25, "mroas": 0.4, "adstock": [:], "saturation": [:]],
                ],
                "decomposition": (1...8).map { week in
                    ["date": String(format: "2026-%02d-01", week), "actual": 100_000 + Double(week) * 1000, "fitted": 99_000,
                     "baseline": 60_000, "search": 30_000, Self.script: 8_000] as [String: Any]
                },
                "response_curves": [["channel": "search", "points": [["spend": 0, "response": 0], ["spend": 50_000, "response": 140_000],
                                                                      ["spend": 100_000, "response": 220_000]]],
                                    ["channel": Self.script, "points": [["spend": 0, "response": 0], ["spend": 80_000, "response": 60_000]]]],
            ])),
            ("campaign", "C1", try json([
                "campaign": "C1", "name": Self.script, "channel": "search", "start": "2026-09-01", "end": "2026-09-30",
                "cost": 10_000, "revenue": 10_300, "roi": 0.03, "cost_per_lead": 125.5, "cac": NSNull(),
            ])),
            ("campaign", "C2", try json([
                "campaign": "C2", "name": "Autumn webinar", "channel": "events", "start": "2026-10-01", "end": "2026-10-15",
                "cost": 4_000, "revenue": 16_000, "roi": 3, "cost_per_lead": NSNull(), "cac": 800,
            ])),
            ("campaign_flag", "C1", try json([
                "campaign": "C1", "name": Self.script, "channel": "search", "flag": "redesign",
                "reason": "ROI stayed below 5% (3%) <b>over</b> its run.", "evidence": ["roi": 0.03],
            ])),
            ("campaign_kpi", "M1/sales_contribution_rate", try json([
                "entity": Self.script, "kpi": "sales_contribution_rate", "period": "2026Q4", "value": 0.42,
                "campaigns": [["campaign": "C1", "cost": 10_000, "value": 0.42, "low": 0.3, "high": 0.55]],
            ])),
            ("audit_flag", "\(image)/2026Q3", try json([
                "entity": image, "period": "2026Q3", "score": 4.2, "reasons": ["visits jump 9.1 MADs above the median", Self.script],
            ])),
        ]
    }

    static func render(_ results: [(kind: String, key: String, json: String)]) throws -> String {
        HTMLReport.render(try StoredResults(run: "run-7", project: "demo <b>", asOf: "2026-01-10", status: "succeeded", results: results))
    }

    /// Hostile names in every kind of result show as text: no tag or handler comes from them.
    @Test func everyStringFromTheDataIsText() throws {
        let html = try Self.render(try Self.everyKind())
        let scan = MarkupScan(html)
        #expect(scan.names.isSubset(of: Self.allowedTags), "\(scan.names.subtracting(Self.allowedTags))")
        #expect(scan.eventHandlers.isEmpty)
        #expect(!html.lowercased().contains("<script") && !html.lowercased().contains("<img") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("demo &lt;b&gt;"))
    }

    /// A run with every kind has every section with its charts and no "not part" notes.
    @Test func everySectionIsDrawn() throws {
        let html = try Self.render(try Self.everyKind())
        for id in ["scorecard", "attainment", "pace", "attribution", "campaigns", "audit"] {
            #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
        }
        #expect(!html.contains("not part of this run"))
        // Three fan charts (company, team, person), pace, decomposition, contribution, ROAS, response curves.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 8)
        #expect(html.contains("class=\"band95\"") && html.contains("class=\"band80\"") && html.contains("class=\"target\""))
        #expect(html.contains("Company: projected 1,820 of 2,000 (91.0%); 80% range 75.0%–105.0%; chance of reaching the target 25%."))
        #expect(html.contains("Booked (% of target)"))
        #expect(html.contains("640,000 of 1,000,000 (64.0%)"))
        #expect(html.contains("82% of plan"))
        #expect(html.contains("ROAS (return per unit of spend, with interval)"))
        #expect(html.contains("2.50×") && html.contains("40.0%"))
        #expect(html.contains("class=\"flag redesign\""))
        #expect(html.contains("300.0%") && html.contains("125.50"))
        #expect(html.contains("visits jump 9.1 MADs above the median"))
        #expect(html.contains("Sales contribution rate</td><td class=\"num\">0.42%</td><td class=\"wide\">C1 0.42% (0.30% to 0.55%)</td>"))
        // Campaigns by ROI, best first.
        let webinar = try #require(html.range(of: "Autumn webinar")), scripted = try #require(html.range(of: "&lt;script&gt;alert(1)&lt;/script&gt;</td><td>search</td>"))
        #expect(webinar.lowerBound < scripted.lowerBound)
        // No script, no external resource.
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count - 1 == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
        #expect(!html.contains("https://") && !html.contains("@import") && !html.contains("url(http"))
    }

    /// A run with none of the later kinds says so in each of their sections.
    @Test func missingKindsAreNamed() throws {
        let html = try Self.render([try Self.scorecard(person: "S100")])
        #expect(html.contains("Attainment is not part of this run."))
        #expect(html.contains("Fundraising pace is not part of this run."))
        #expect(html.contains("Marketing attribution is not part of this run."))
        #expect(html.contains("Campaign results are not part of this run."))
        #expect(html.contains("The report audit is not part of this run, or it flagged nothing."))
    }

    /// A projection stored before paths existed still gets its caption and row.
    @Test func projectionsWithoutPathsKeepTheirNumbers() throws {
        let old = try Self.json(["entity": "company", "level": "company", "team": NSNull(), "booked_to_date": 600, "target": 2000,
                                 "projected": 1820, "projected_attainment_pct": 91, "probability_of_target": 0.25,
                                 "intervals": [["level": 0.8, "lower": 1500, "upper": 2100]]])
        let html = try Self.render([("forecast", "company:company", old)])
        #expect(html.contains("This run stored no path for a chart"))
        #expect(html.contains("Company: projected 1,820 of 2,000 (91.0%)"))
    }

    /// A result without its kind's fields is named, with the field.
    @Test func unreadableResultsAreNamed() throws {
        #expect(throws: ReportError.unreadableResult(kind: "campaign", key: "C9", detail: "missing field \"cost\"")) {
            try Self.render([("campaign", "C9", try Self.json(["campaign": "C9", "name": "x", "channel": "y", "start": "2026-01-01",
                                                               "end": "2026-01-02", "revenue": 1, "roi": 1]))])
        }
        #expect(throws: ReportError.unreadableResult(kind: "audit_flag", key: "a/b", detail: "field \"score\" is not a Double")) {
            try Self.render([("audit_flag", "a/b", try Self.json(["entity": "a", "period": "b", "score": "high", "reasons": []]))])
        }
    }
}
