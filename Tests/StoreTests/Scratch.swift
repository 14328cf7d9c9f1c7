import Foundation
import Store

/// A fresh folder for one test's files, removed when the value goes away.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kpistore-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes `text` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// An actuals CSV of `rows` rows: entities e0…e(entities-1), consecutive days from
    /// 2020-01-01, amounts 1, 2, 3, …
    static func actualsCSV(rows: Int, entities: Int = 100) -> String {
        var text = "entity,date,amount\n"
        text.reserveCapacity(rows * 28)
        for row in 0..<rows {
            // 2020-01-01 is 18 262 days after 1970-01-01.
            text += "e\(row % entities),\(Day(daysSinceEpoch: 18_262 + row / entities)),\(row + 1)\n"
        }
        return text
    }
}
