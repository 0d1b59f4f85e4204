/// Splits instruction arguments into words at unquoted blanks, as BuildKit's shell lexer does
/// for FROM, ARG, ENV, USER, COPY and ADD. Nothing is expanded or run here.
enum ShellWords {
    /// `keepQuotes`: words keep their quote characters (for heredoc markers); otherwise quotes
    /// are removed and the escape character keeps the next character literally.
    static func split(_ text: String, escape: Character, keepQuotes: Bool = false) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in text {
            if escaped {
                current.append(c)
                escaped = false
                continue
            }
            if let q = quote {
                if c == q {
                    quote = nil
                    if keepQuotes { current.append(c) }
                } else if c == escape && q == "\"" {
                    if keepQuotes { current.append(c) }
                    escaped = true
                } else {
                    current.append(c)
                }
                continue
            }
            switch c {
            case " ", "\t":
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            case "\"", "'":
                quote = c
                inWord = true
                if keepQuotes { current.append(c) }
            default:
                inWord = true
                if c == escape {
                    if keepQuotes { current.append(c) }
                    escaped = true
                } else {
                    current.append(c)
                }
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
