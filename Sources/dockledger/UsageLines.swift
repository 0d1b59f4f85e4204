import Model

/// ArgumentParser writes a command's usage on one line however long it gets; help and errors
/// wrap it at 80 columns here, breaking only between options (never inside `[--table <name>]`),
/// the continuation lines indented under the first option.
enum UsageLines {
    static let width = 80

    static func wrapped(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let line = String(line)
            guard TextWidth.of(line) > width, let prefix = ["USAGE: ", "Usage: "].first(where: line.hasPrefix) else {
                return line
            }
            return wrap(usage: line.dropFirst(prefix.count), prefix: prefix)
        }.joined(separator: "\n")
    }

    private static func wrap(usage: Substring, prefix: String) -> String {
        let tokens = groups(usage)
        let command = tokens.prefix { !"[<(-".contains($0.first ?? "-") }
        var line = prefix + command.joined(separator: " ")
        let indent = String(repeating: " ", count: min(TextWidth.of(line) + 1, 32))
        var lines: [String] = []
        for token in tokens.dropFirst(command.count) {
            if TextWidth.of(line) + 1 + TextWidth.of(token) > width, line.count > indent.count {
                lines.append(line)
                line = indent + token
            } else {
                line += " " + token
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// The usage split at spaces outside brackets: `[--table <name> ...]` stays one piece.
    private static func groups(_ usage: Substring) -> [String] {
        var groups: [String] = []
        var current = ""
        var depth = 0
        for c in usage {
            switch c {
            case "[", "(", "<": depth += 1
            case "]", ")", ">": depth = max(0, depth - 1)
            default: break
            }
            if c == " ", depth == 0 {
                if !current.isEmpty { groups.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }
}
