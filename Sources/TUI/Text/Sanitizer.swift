/// Makes text from a ledger file safe to draw: nothing in a name or a note may move the
/// cursor, retitle the window, recolour the terminal or reorder what follows it.
public enum Sanitizer {
    /// C0 and DEL in caret notation (`^[`, `^?`), tab as a space; C1 controls, bidi
    /// overrides/isolates/marks, line separators and unassigned code points as U+FFFD.
    public static func visible(_ text: String) -> String {
        // Fast path: plain printable ASCII needs no copy.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x09:
                out.append(" ")
            case 0x00..<0x20:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(v + 0x40)))
            case 0x7F:
                out.append(contentsOf: "^?".unicodeScalars)
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029:
                out.append(replacement)
            default:
                switch scalar.properties.generalCategory {
                case .unassigned, .surrogate, .privateUse: out.append(replacement)
                default: out.append(scalar)
                }
            }
        }
        return String(out)
    }

    static let replacement: Unicode.Scalar = "\u{FFFD}"
}
