import Foundation
import Testing

/// `kpi regress` run as a user runs it: the built executable, its output and its exit codes.
struct RegressCommandTests {
    static let sample = KPIProcess.repository.appendingPathComponent("notebooks-data/rep_weeks.csv").path

    func kpi(_ arguments: [String], input: String? = nil) throws -> KPIProcess.Run {
        try KPIProcess.run(arguments, input: input)
    }

    @Test func tableOnTheSample() throws {
        let run = try kpi(["regress", Self.sample, "--formula", "revenue ~ visits + leads + C(region)", "--robust", "hc3"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("C(region)[T.north]"))
        #expect(run.output.contains("HC3"))
        #expect(run.output.contains("rows with missing values left out"))
    }

    @Test func jsonFromStandardInput() throws {
        let run = try kpi(["regress", "-", "--formula", "y ~ x", "--format", "json"], input: "y,x\n1,1\n2.5,2\n2.9,3\n4.2,4\n5,\n")
        #expect(run.status == 0, "\(run.error)")
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(object?["n"] as? Int == 4)
        #expect(object?["rows_dropped"] as? Int == 1)
    }

    @Test func badInputGivesOneLineAndExitCodeOne() throws {
        let cases: [([String], String, String)] = [
            (["regress", "/no/such.csv", "--formula", "y ~ x"], "", "no such file"),
            (["regress", "-", "--formula", "y ~ nope"], "y,x\n1,2\n2,3\n3,5\n", "no column \"nope\""),
            (["regress", "-", "--formula", "y ~ x"], "y,x\n1,2\n2,abc\n3,5\n", "line 3, column \"x\": \"abc\" is not a number"),
            (["regress", "-", "--formula", "y ~ x"], "", "empty"),
            (["regress", "-", "--formula", "y ~ x"], "y,x\n1,2\n2,inf\n3,5\n", "not a finite number"),
            (["regress", "-", "--formula", "y ~ x + I(x^2)"], "y,x\n1,2\n2,3\n3,5\n", "too few"),
            (["regress", "-", "--formula", "y ~ x + z"], "y,x,z\n1,1,2\n2,2,4\n3,3,6\n4,5,10\n", "collinear terms: z = 2·x"),
            (["regress", "-", "--formula", "y ~ x + y"], "y,x\n1,2\n2,3\n3,5\n4,4\n", "the response y is also a term (y)"),
            (["regress", "-", "--formula", "y ~ 0"], "y,x\n1,2\n2,3\n3,5\n", "no terms and no intercept"),
            (["regress", "-", "--formula", "y ~ (x + z)**2"], "y,x,z\n1,2,1\n2,3,4\n3,5,2\n4,4,8\n", "a power of terms"),
            (["regress", "-", "--formula", "y ~ C(x, Treatment('b'))"], "y,x\n1,a\n2,b\n3,a\n", "quotes are not formula syntax"),
            // Level c of g has one row (line 6): the fit passes through it, so HC3 is undefined there.
            (["regress", "-", "--formula", "y ~ x + C(g)", "--robust", "hc3"],
             "y,x,g\n1,2,a\n2,4,a\n3,5,b\n4,9,b\n5,3,c\n6,7,a\n7,8,b\n",
             "HC3 standard errors are undefined: standard input, line 6 has leverage 1"),
        ]
        for (arguments, input, message) in cases {
            let run = try kpi(arguments, input: input)
            #expect(run.status == 1, "\(arguments): status \(run.status)")
            #expect(run.error.contains(message), "\(arguments): \(run.error)")
            #expect(run.error.split(separator: "\n").count == 1, "\(arguments): \(run.error)")
            #expect(!run.error.contains("Fatal error"))
        }
    }

    @Test func badUsageExitsWithTwo() throws {
        let run = try kpi(["regress", Self.sample])
        #expect(run.status == 2)
        let level = try kpi(["regress", Self.sample, "--formula", "revenue ~ visits", "--level", "1.5"])
        #expect(level.status == 2)
        // A negative number after an option is its value, judged as such (not a missing value).
        let ridge = try kpi(["regress", Self.sample, "--formula", "revenue ~ visits", "--ridge", "-1"])
        #expect(ridge.status == 2)
        #expect(ridge.error.contains("--ridge must be a number from 0 to 1e100"), "\(ridge.error)")
        #expect(try kpi(["regress", Self.sample, "--formula", "revenue ~ visits", "--ridge", "1e308"]).status == 2)
    }
}
