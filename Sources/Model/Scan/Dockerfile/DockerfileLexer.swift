/// Splits Dockerfile text into instructions the way BuildKit's parser does: parser directives
/// only at the very top, the escape character continuing lines, comment and empty lines inside a
/// continuation dropped, a byte-order mark and CRLF tolerated, heredoc bodies taken whole.
/// It never fails: text it cannot make sense of becomes an instruction it does not know.
public enum DockerfileLexer {
    public static func parse(_ text: String) -> DockerfileSyntax {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let lines = splitLines(body)

        var directives: [String: String] = [:]
        var escape: Character = "\\"
        var index = 0
        // Directives: `# name=value` lines at the very top; the first other line ends them.
        while index < lines.count, let (name, value) = directive(lines[index]) {
            if directives[name] == nil { directives[name] = value }
            if name == "escape", value == "`" || value == "\\" { escape = Character(value) }
            index += 1
        }

        var instructions: [DockerfileInstruction] = []
        while index < lines.count {
            let startLine = index + 1
            let first = trimLeadingBlanks(lines[index])
            index += 1
            if first.isEmpty || first.hasPrefix("#") { continue }
            var (joined, continues) = trimContinuation(first, escape: escape)
            while continues, index < lines.count {
                let next = lines[index]
                index += 1
                let stripped = trimLeadingBlanks(next)
                if stripped.hasPrefix("#") || stripped.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                let (part, more) = trimContinuation(next, escape: escape)
                joined += part
                continues = more
            }
            let (word, rest) = splitKeyword(joined)
            if word.isEmpty { continue }
            let keyword = DockerfileKeyword(word)
            var heredocs: [DockerfileHeredoc] = []
            if keyword.takesHeredocs, rest.contains("<<"), !isJSONForm(rest) {
                for spec in heredocSpecs(in: rest, escape: escape) {
                    var content = ""
                    while index < lines.count {
                        let raw = lines[index]
                        index += 1
                        let candidate = spec.stripsTabs ? String(raw.drop { $0 == "\t" }) : raw
                        if candidate == spec.name { break }
                        content += (spec.stripsTabs ? candidate : raw) + "\n"
                    }
                    heredocs.append(
                        DockerfileHeredoc(
                            name: spec.name, stripsTabs: spec.stripsTabs, quoted: spec.quoted, content: content))
                }
            }
            instructions.append(
                DockerfileInstruction(keyword: keyword, arguments: rest, line: startLine, heredocs: heredocs))
        }
        return DockerfileSyntax(directives: directives, escape: escape, instructions: instructions)
    }

    /// Lines without their terminators; `\r\n`, `\n` and a lone `\r` all end a line.
    /// Works on Unicode scalars: Swift treats "\r\n" as one Character.
    static func splitLines(_ text: Substring) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR {
                    lines.append(String(current))
                    current = .init()
                }
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append(String(current))
                current = .init()
                previousWasCR = true
            } else {
                current.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// `# name = value` with a name of letters and digits (BuildKit's directive pattern).
    static func directive(_ line: String) -> (String, String)? {
        var rest = Substring(line)
        guard rest.first == "#" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard let first = name.first, first.isLetter else { return nil }
        rest = rest.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
        guard rest.first == "=" else { return nil }
        let value = rest.dropFirst().trimmingBlanks()
        guard !value.isEmpty else { return nil }
        return (name.lowercased(), String(value))
    }

    /// The line without a trailing escape character (and blanks after it), and whether it had one.
    static func trimContinuation(_ line: String, escape: Character) -> (String, Bool) {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" {
            end = line.index(before: end)
        }
        if end > line.startIndex, line[line.index(before: end)] == escape {
            return (String(line[..<line.index(before: end)]), true)
        }
        return (line, false)
    }

    static func trimLeadingBlanks(_ line: String) -> String {
        String(line.drop { $0 == " " || $0 == "\t" })
    }

    static func splitKeyword(_ line: String) -> (String, String) {
        let trimmed = Substring(line).trimmingBlanks()
        let word = trimmed.prefix { $0 != " " && $0 != "\t" }
        return (String(word), String(trimmed.dropFirst(word.count).trimmingBlanks()))
    }

    static func isJSONForm(_ arguments: String) -> Bool {
        arguments.hasPrefix("[") && arguments.hasSuffix("]")
    }

    struct HeredocSpec {
        let name: String
        let stripsTabs: Bool
        let quoted: Bool
    }

    /// Every `<<NAME`, `<<-NAME`, `<<"NAME"`, `<<'NAME'` word of the line, in order
    /// (a `<<<` here-string is not a heredoc).
    static func heredocSpecs(in arguments: String, escape: Character) -> [HeredocSpec] {
        var specs: [HeredocSpec] = []
        for word in ShellWords.split(arguments, escape: escape, keepQuotes: true) {
            var rest = Substring(word).drop { $0.isNumber }
            guard rest.hasPrefix("<<") else { continue }
            rest = rest.dropFirst(2)
            let stripsTabs = rest.first == "-"
            if stripsTabs { rest = rest.dropFirst() }
            guard !rest.isEmpty, !rest.contains("<") else { continue }
            var quoted = false
            if let q = rest.first, q == "\"" || q == "'", rest.count >= 2, rest.last == q {
                rest = rest.dropFirst().dropLast()
                quoted = true
            }
            guard !rest.isEmpty else { continue }
            specs.append(HeredocSpec(name: String(rest), stripsTabs: stripsTabs, quoted: quoted))
        }
        return specs
    }
}

extension Substring {
    func trimmingBlanks() -> Substring {
        var s = self.drop { $0 == " " || $0 == "\t" }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
