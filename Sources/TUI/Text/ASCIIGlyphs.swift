import Model

/// What the dashboard draws when the locale is not UTF-8 (LANG=C): curses cannot show other
/// characters there and leaves them blank, so the status glyphs would vanish. Each character
/// becomes ASCII of the same width, so columns stay aligned.
enum ASCIIGlyphs {
    static let table: [Character: Character] = [
        "●": "*", "◐": "o", "○": ".", "·": ".", "│": "|", "─": "-", "…": "~", "▲": "^", "▼": "v",
        "→": ">", "←": "<", "≥": ">", "≤": "<", "×": "x", "•": "*", "✓": "+", "✗": "x",
    ]

    static func fallback(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = ""
        for ch in text {
            if ch.isASCII {
                out.append(ch)
                continue
            }
            if let ascii = table[ch] {
                out.append(ascii)
                continue
            }
            out += String(repeating: "?", count: TextWidth.of(ch))
        }
        return out
    }
}
