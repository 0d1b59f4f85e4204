import Foundation

/// Plain-text tables for the terminal report: columns padded to their widest cell,
/// numbers right-aligned. Widths are terminal columns (TextWidth), so project names with
/// CJK characters or emoji keep the columns aligned.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.indices.map { $0 == 0 ? .left : .right }
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func render(indent: String = "  ") -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { c in all.map { $0.indices.contains(c) ? TextWidth.of($0[c]) : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = headers.indices.map { c -> String in
                let cell = cells.indices.contains(c) ? cells[c] : ""
                let pad = String(repeating: " ", count: widths[c] - TextWidth.of(cell))
                return alignments[c] == .left ? cell + pad : pad + cell
            }
            return indent
                + padded.joined(separator: "  ").replacingOccurrences(
                    of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}
