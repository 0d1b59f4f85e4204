/// Makes text from a ledger file safe to show: nothing in a name or a note may move the cursor,
/// retitle the window, write the clipboard (OSC 52), recolour the terminal or reorder what
/// follows it. One definition for the dashboard, the CLI's output and the files it writes.
public enum TerminalSafeText {
    /// C0 and DEL in caret notation (`^[`, `^?`), tab as a space; C1 controls, bidi
    /// overrides/isolates/marks, line separators and unassigned code points as U+FFFD.
    /// `keepingLineBreaks` keeps LF, CR and TAB as they are (Markdown and CSV files, multi-line
    /// text); none of them can start an escape sequence.
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        // Fast path: plain printable ASCII needs no copy.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x0A where keepingLineBreaks, 0x0D where keepingLineBreaks, 0x09 where keepingLineBreaks:
                out.append(scalar)
            case 0x09:
                out.append(" ")
            case 0x00..<0x20:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(v + 0x40)))
            case 0x7F:
                out.append(contentsOf: "^?".unicodeScalars)
            default:
                if isReorderingOrC1(scalar) {
                    out.append(replacement)
                } else {
                    switch scalar.properties.generalCategory {
                    case .unassigned, .surrogate, .privateUse: out.append(replacement)
                    default: out.append(scalar)
                    }
                }
            }
        }
        return String(out)
    }

    /// Whether `visible` would change `text` (the fast check before copying).
    public static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } || visible(text) == text
    }

    /// Characters a name, owner or category may not contain: controls (C0, DEL, C1), bidi
    /// overrides, isolates and marks, and line or paragraph separators.
    public static func isForbiddenInNames(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || isReorderingOrC1(scalar)
    }

    private static func isReorderingOrC1(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029: true
        default: false
        }
    }

    public static let replacement: Unicode.Scalar = "\u{FFFD}"
}

extension String {
    /// Left-pads with zeros (hex code points in messages: U+001B).
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
