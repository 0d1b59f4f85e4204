/// Numbers inside the free text of Markdown cells: "70% of new projects", "≤250", "2m 40s".
/// Never negative: a "-" before a digit is a range or a placeholder ("2-4 hours"), not a sign.
enum MarkdownNumber {
    /// The first number in `text` and the letters or `%` right after it.
    static func leading(_ text: String) -> (Double, String)? {
        next(Substring(text)).map { ($0.0, $0.1) }
    }

    /// The next number, its unit (letters or "%", after optional spaces) and what follows.
    static func next(_ text: Substring) -> (Double, String, Substring)? {
        let chars = Array(text)
        func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isNumber }
        var i = 0
        while i < chars.count, !isDigit(i) { i += 1 }
        guard i < chars.count else { return nil }
        var digits = ""
        while i < chars.count {
            if isDigit(i) {
                digits.append(chars[i])
            } else if chars[i] == ".", isDigit(i + 1), !digits.contains(".") {
                digits.append(".")
            } else if chars[i] == ",", isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4),
                !digits.contains(".")
            {
                // A thousands separator: "2,400 MB".
            } else {
                break
            }
            i += 1
        }
        guard let value = Double(digits) else { return nil }
        var j = i
        while j < chars.count, chars[j] == " " { j += 1 }
        var unit = ""
        if j < chars.count, chars[j] == "%" {
            unit = "%"
            j += 1
        } else {
            while j < chars.count, chars[j].isLetter {
                unit.append(chars[j])
                j += 1
            }
            if unit.isEmpty { j = i }
        }
        return (value, unit, text.dropFirst(j))
    }
}
