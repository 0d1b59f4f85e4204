import Foundation

/// A Markdown ledger split into what the importer needs: front matter, headings, pipe tables
/// and the other lines, each with its 1-based line number for error messages.
struct MarkdownDocument {
    struct Table {
        let line: Int
        let header: [String]
        let rows: [(line: Int, cells: [String])]
    }

    enum Block {
        case heading(level: Int, text: String)
        case table(Table)
        case text(String)
    }

    let lines: [String]
    /// nil when the document does not start with a `---` block.
    let frontMatter: [String: String]?
    let blocks: [(line: Int, block: Block)]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        var i = 0
        var front: [String: String]?
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        {
            // Read by Yams, scalars as written: `version: 1.10` stays "1.10", not the number 1.1.
            var values: [String: String] = [:]
            if case .map(let pairs, _)? = YAMLTree.parse(lines[1..<end].joined(separator: "\n")) {
                for (key, value) in pairs {
                    if case .scalar(let text, _) = value { values[key.lowercased()] = text }
                }
            }
            front = values
            i = end + 1
        }
        frontMatter = front

        var blocks: [(Int, Block)] = []
        var inComment = false
        var inFence = false
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                i += 1
                continue
            }
            if trimmed.hasPrefix("<!--") {
                inComment = !trimmed.contains("-->")
                i += 1
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                blocks.append((i + 1, .text(line)))
                i += 1
                continue
            }
            if !inFence, trimmed.hasPrefix("|") {
                let start = i
                var raw: [(Int, [String])] = []
                while i < lines.count, let cells = MarkdownTable.split(lines[i]) {
                    raw.append((i + 1, cells))
                    i += 1
                }
                var body = Array(raw.dropFirst())
                if let rule = body.first, rule.1.allSatisfy(Self.isRuleCell) { body.removeFirst() }
                blocks.append(
                    (
                        start + 1,
                        .table(
                            Table(
                                line: start + 1, header: raw[0].1.map(MarkdownTable.unescape),
                                rows: body.map { ($0.0, $0.1.map(MarkdownTable.unescape)) }))
                    ))
                continue
            }
            if !inFence, let level = Self.headingLevel(trimmed) {
                let text = trimmed.dropFirst(level).trimmingCharacters(in: .whitespaces)
                blocks.append((i + 1, .heading(level: level, text: text)))
            } else {
                blocks.append((i + 1, .text(line)))
            }
            i += 1
        }
        self.blocks = blocks
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.count == hashes || line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private static func isRuleCell(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } && cell.contains("-")
    }

    /// Label text without Markdown decoration: `**Bold**`, `` `code` ``, `[text](link)`.
    static func plain(_ cell: String) -> String {
        var t = cell.trimmingCharacters(in: .whitespaces)
        for mark in ["**", "__", "`", "*", "_"] where t.count > 2 * mark.count && t.hasPrefix(mark) && t.hasSuffix(mark)
        {
            t = String(t.dropFirst(mark.count).dropLast(mark.count)).trimmingCharacters(in: .whitespaces)
        }
        if t.hasPrefix("["), let close = t.firstIndex(of: "]"), t[close...].hasPrefix("]("), t.hasSuffix(")") {
            t = String(t[t.index(after: t.startIndex)..<close])
        }
        return t
    }
}
