import Glibc

/// Terminal column widths (wcwidth), so wide characters (CJK, emoji) keep columns aligned
/// in the text report, the dashboard's layout, the in-memory screen and curses alike.
public enum TextWidth {
    /// Columns a character takes: the sum of its scalars' widths, as curses adds them, except
    /// that a scalar joined by U+200D (ZWJ) is drawn inside the glyph before it, as terminals
    /// do: 👨‍👩‍👧‍👦 is 2 columns, not 8. (The curses screen draws only the part before the first
    /// joiner, so curses' idea of the cursor agrees; see `joinedSequencesShortened`.)
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        var total = 0
        var joined = false
        for scalar in character.unicodeScalars {
            if scalar.value == zeroWidthJoiner {
                joined = true
                continue
            }
            if joined {
                joined = false
                continue
            }
            total += of(scalar)
        }
        return total
    }

    static let zeroWidthJoiner: UInt32 = 0x200D

    /// Each ZWJ sequence cut before its first joiner: what curses can place without its cursor
    /// drifting from the terminal's (it would count every joined emoji as two more columns).
    public static func joinedSequencesShortened(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value == zeroWidthJoiner }) else { return text }
        var out = ""
        for ch in text {
            let scalars = ch.unicodeScalars
            if let joiner = scalars.firstIndex(where: { $0.value == zeroWidthJoiner }) {
                out.unicodeScalars.append(contentsOf: scalars[..<joiner])
            } else {
                out.append(ch)
            }
        }
        return out
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x7F { return scalar.value >= 0x20 ? 1 : 0 }
        let w = UTF8Locale.withLocale { Int(UTF8Locale.wcwidth(wchar_t(bitPattern: scalar.value))) }
        // Not printable in the table: the sanitiser replaces those; count one column meanwhile.
        return w < 0 ? 1 : w
    }

    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Cuts `text` to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// Cuts or pads `text` to exactly `width` columns.
    public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let pad = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? pad + cut : cut + pad
    }
}

/// wcwidth answers for the calling thread's locale; pin it to C.UTF-8 so widths do not depend
/// on how (or whether) the process set its locale. uselocale is per thread, so this is safe.
private enum UTF8Locale {
    nonisolated(unsafe) static let handle: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

    /// Glibc's module leaves wcwidth out (it is declared only under _XOPEN_SOURCE), so it is
    /// looked up once at run time; the fallback counts every character as one column.
    static let wcwidth: @convention(c) (wchar_t) -> Int32 = {
        guard let symbol = dlsym(nil, "wcwidth") else { return { _ in 1 } }
        return unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
    }()

    static func withLocale<T>(_ body: () -> T) -> T {
        guard let handle else { return body() }
        let previous = uselocale(handle)
        defer { uselocale(previous) }
        return body()
    }
}
