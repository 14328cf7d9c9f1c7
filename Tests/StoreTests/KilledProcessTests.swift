import Foundation
@testable import Store
import Testing

/// A process killed with SIGKILL in the middle of an ingest leaves the store as it was
/// before the file.
///
/// The test runs this test binary again as a child process that executes only
/// ``childIngest()``, which ingests a large file and, halfway through the write (inside the
/// transaction), drops a marker file and slows down. The parent waits for the marker, kills
/// the child with SIGKILL, reopens the store and compares it with what it held before.
/// Whether this platform lets the test find its own executable.
private let canRelaunchTestBinary = FileManager.default.fileExists(atPath: "/proc/self/exe")

@Suite(.enabled(if: canRelaunchTestBinary, "needs /proc/self/exe to start the test binary again"))
struct KilledProcessTests {
    static let storeVariable = "KPISTORE_TEST_CHILD_STORE"
    static let csvVariable = "KPISTORE_TEST_CHILD_CSV"
    static let markerVariable = "KPISTORE_TEST_CHILD_MARKER"
    static let rows = 100_000

    @Test func aKilledIngestLeavesNothingOfItsFile() throws {
        let scratch = try Scratch()
        let storePath = scratch.path("store.sqlite")
        let store = try KPIStore(path: storePath)
        try store.ingest(path: scratch.write("seed.csv", "entity,date,amount\nz,2026-01-01,1\n"), as: .actuals)
        let before = try StoreSnapshot(store)
        let csv = try scratch.write("big.csv", Scratch.actualsCSV(rows: KilledProcessTests.rows))
        let marker = scratch.path("writing")

        let child = Process()
        child.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        child.arguments = ["--testing-library", "swift-testing", "--filter", "KilledProcessTests/childIngest"]
        child.environment = ProcessInfo.processInfo.environment.merging([
            KilledProcessTests.storeVariable: storePath, KilledProcessTests.csvVariable: csv,
            KilledProcessTests.markerVariable: marker,
        ]) { $1 }
        let log = scratch.path("child.log")
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        child.standardOutput = output
        child.standardError = output
        try child.run()

        let deadline = Date(timeIntervalSinceNow: 300)
        while !FileManager.default.fileExists(atPath: marker), child.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        let reachedTheWrite = FileManager.default.fileExists(atPath: marker)
        if child.isRunning { kill(child.processIdentifier, SIGKILL) }
        child.waitUntilExit()
        try output.close()
        let childLog = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        try #require(reachedTheWrite, "the child never reached the write:\n\(childLog)")
        #expect(child.terminationReason == .uncaughtSignal && child.terminationStatus == SIGKILL)

        let reopened = try KPIStore(path: storePath)
        #expect(try StoreSnapshot(reopened) == before)
        let report = try reopened.ingest(path: csv, as: .actuals)
        #expect(report.rowsAdded == KilledProcessTests.rows && !report.alreadyIngested)
    }

    /// The child's part; does nothing in a normal test run.
    @Test func childIngest() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let storePath = environment[KilledProcessTests.storeVariable],
              let csv = environment[KilledProcessTests.csvVariable],
              let marker = environment[KilledProcessTests.markerVariable] else { return }
        let halfway = KilledProcessTests.rows / 2
        let store = try KPIStore(path: storePath, afterRecordWritten: { record in
            if record == halfway { _ = FileManager.default.createFile(atPath: marker, contents: nil) }
            if record >= halfway { Thread.sleep(forTimeInterval: 0.001) }
        })
        _ = try store.ingest(path: csv, as: .actuals)
    }
}
