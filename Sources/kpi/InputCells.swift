import ArgumentParser
import Store

extension Day: ExpressibleByArgument {}

/// Interval levels from the command line: `80,95` or `0.8,0.95`.
enum LevelList {
    /// - Throws: a `ValidationError` naming the bad item.
    static func parse(_ text: String) throws -> [Double] {
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !items.isEmpty else { throw ValidationError("--level needs levels such as 80,95") }
        return try items.map { item in
            guard let number = Double(item), number > 0 else {
                throw ValidationError("--level: \"\(item)\" is not a level between 0 and 100, e.g. 80,95")
            }
            let level = number >= 1 ? number / 100 : number
            guard level < 1 else { throw ValidationError("--level: \"\(item)\" is not a level between 0 and 100, e.g. 80,95") }
            return level
        }
    }
}
