/// JSON text without the whitespace between its tokens.
public enum JSONCompaction {
    /// The same document on one line: spaces, tabs and line breaks outside strings dropped,
    /// everything else (numbers, strings and their escapes) kept character for character.
    public static func compact(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        var inString = false, escaped = false
        for scalar in json.unicodeScalars {
            if inString {
                out.append(scalar)
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
            } else if scalar == "\"" {
                inString = true
                out.append(scalar)
            } else if !(scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t") {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
