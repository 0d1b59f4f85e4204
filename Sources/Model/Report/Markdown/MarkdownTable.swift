import Foundation

/// A GitHub-flavoured Markdown pipe table. Cells are escaped so that any text survives a trip
/// through the importer: `\` and `|` are backslash-escaped, line breaks become `<br>`.
public struct MarkdownTable {
    public var headers: [String]
    public var rows: [[String]] = []

    public init(_ headers: [String]) { self.headers = headers }

    public mutating func add(_ cells: [String]) { rows.append(cells) }

    /// The header, the `|---|` rule and the rows, each line ending in a newline.
    public func render() -> String {
        var out = line(headers)
        out += "|" + headers.map { String(repeating: "-", count: max(3, $0.count + 2)) }.joined(separator: "|") + "|\n"
        for row in rows { out += line(row) }
        return out
    }

    private func line(_ cells: [String]) -> String {
        let padded = headers.indices.map { i in i < cells.count ? cells[i] : "" }
        return "| " + padded.map(Self.escape).joined(separator: " | ") + " |\n"
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "\r\n", "\n", "\r": out += "<br>"
            default: out.append(c)
            }
        }
        return out
    }

    /// The inverse of `escape`; other backslashes (Markdown escapes a person typed) are kept.
    public static func unescape(_ text: String) -> String {
        var out = ""
        var chars = text[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "\\", let next = chars.first, next == "\\" || next == "|" {
                out.append(next)
                chars = chars.dropFirst()
            } else if c == "<", chars.hasPrefix("br>") {
                out.append("\n")
                chars = chars.dropFirst(3)
            } else if c == "<", chars.hasPrefix("br/>") || chars.hasPrefix("br />") {
                out.append("\n")
                chars = chars.dropFirst(chars.hasPrefix("br/>") ? 4 : 5)
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// Splits one table line into raw cells at unescaped pipes; nil when it is not a table line.
    static func split(_ line: String) -> [String]? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("|") else { return nil }
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for c in trimmed.dropFirst() {
            if escaped {
                cell.append(c)
                escaped = false
                continue
            }
            if c == "\\" {
                cell.append(c)
                escaped = true
                continue
            }
            if c == "|" {
                cells.append(cell)
                cell = ""
                continue
            }
            cell.append(c)
        }
        // A line without a closing pipe keeps its last cell.
        if !cell.trimmingCharacters(in: .whitespaces).isEmpty { cells.append(cell) }
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
