import Model

/// Word wrap by display width, for free text (changelog bodies, lists in the detail).
enum Wrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in Sanitizer.visible(String(paragraph)).split(separator: " ") {
                let w = String(word)
                let candidate = line.isEmpty ? w : line + " " + w
                if TextWidth.of(candidate) <= width || line.isEmpty {
                    line = candidate
                } else {
                    out.append(line)
                    line = w
                }
            }
            out.append(line)
        }
        // A single word wider than the line is cut by the table with an ellipsis.
        return out
    }
}
