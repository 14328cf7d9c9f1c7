import Foundation

/// What standard error is connected to, for what only a person at a terminal should see:
/// progress bars. (No command prints colour; output in pipes and files is plain text.)
enum Terminal {
    /// Whether standard error is a terminal (progress goes there, never into a pipe or file).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// The width of the terminal on standard error in characters (80 when unknown).
    static var standardErrorColumns: Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
