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

    @Test func errorsNameTheLine() {
        let cases: [(String, String)] = [
            ("project: d\nas_of: 2026-13-01\nscorecard: s\ndata: {people: p.csv}\n", "kpi.yaml, line 2: as_of"),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\ndata:\n  people: p.csv\n  sales: s.csv\n", "kpi.yaml, line 6: unknown dataset \"sales\""),
            ("project: d\nas_of: 2026-11-20\nscorecard: s\nextra: 1\ndata: {people: p.csv}\n", "kpi.yaml, line 4: unknown key \"extra\""),
            ("project: d\nas_of: 2026-11-20\ndata: {people: p.csv}\n", "missing key \"scorecard\""),
            ("project: d\nas_of: 2026-11-20\nperiod: Q5\nscorecard: s\ndata: {people: p.csv}\n", "kpi.yaml, line 3: period"),
        ]
        for (yaml, message) in cases {
            #expect(throws: PipelineError.self) { try ProjectFile.parse(yaml, source: "kpi.yaml", folder: folder) }
            do { _ = try ProjectFile.parse(yaml, source: "kpi.yaml", folder: folder) } catch {
                #expect("\(error)".contains(message), "\(error)")
            }
        }
    }
}
