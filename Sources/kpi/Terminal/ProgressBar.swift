import Foundation

/// `forecasting [#########.....................] 450/1000 series` on standard error, redrawn
/// in place, and cleared when done. Made only for a terminal: ``init(label:total:unit:quiet:)``
/// gives `nil` when standard error is a pipe or a file, or when asked to be quiet, so output
/// that is captured never holds a bar.
struct ProgressBar: Sendable {
    let label: String
    let total: Int
    let unit: String
    private static let width = 30

    init?(label: String, total: Int, unit: String, quiet: Bool = false) {
        guard !quiet, Terminal.standardErrorIsTerminal, total > 0 else { return nil }
        self.label = label
        self.total = total
        self.unit = unit
    }

    /// Draws the bar at `done` of ``total``, with what is happening now.
    func show(done: Int, detail: String = "") {
        let done = min(max(done, 0), total)
        let filled = ProgressBar.width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: ProgressBar.width - filled)
        var line = "\(label) [\(bar)] \(done)/\(total) \(unit)" + (detail.isEmpty ? "" : "  \(detail)")
        // A line longer than the terminal would wrap, and the next redraw could not replace it.
        let columns = Terminal.standardErrorColumns
        if line.count >= columns { line = String(line.prefix(max(columns - 2, 1))) + "…" }
        // Carriage return and erase-line: the bar replaces itself on the same line.
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    /// Removes the bar, leaving the line empty for what is printed next.
    func finish() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}
