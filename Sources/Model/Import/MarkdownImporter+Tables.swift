import Foundation

/// Which table is which: recognised by its columns, so reordered or renamed sections still read.
extension MarkdownImporter {
    /// A table's columns by lowercased name.
    struct Columns {
        let index: [String: Int]
        let count: Int

        init(_ header: [String]) {
            var index: [String: Int] = [:]
            for (i, name) in header.enumerated() {
                index[MarkdownDocument.plain(name).lowercased(), default: i] = i
            }
            self.index = index
            count = header.count
        }

        func has(_ names: String...) -> Bool { names.allSatisfy { index[$0] != nil } }

        /// The cell under `name`, "" when the row is short or the column is missing.
        func cell(_ cells: [String], _ name: String) -> String {
            guard let i = index[name], i < cells.count else { return "" }
            return cells[i]
        }
    }

    mutating func readTable(_ table: MarkdownDocument.Table) {
        let c = Columns(table.header)
        if c.has("project name", "dockerfile type") {
            readInventory(table, c)
        } else if c.has("id", "issue", "opened") {
            readIssueLog(table, c)
        } else if c.has("issue", "frequency") {
            readCommonIssues(table, c)
        } else if c.has("date", "version", "change") {
            readTemplateUpdates(table, c)
        } else if c.has("date", "from", "to") {
            readBaseImageUpdates(table, c)
        } else if c.has("version", "date", "changes") {
            readVersionHistory(table, c)
        } else if c.has("metric", "target") || c.has("level", "target") || c.has("severity", "target")
            || c.has("feature", "target") || c.has("architecture", "target") || c.has("time range", "target")
        {
            readTargets(table, c)
        }
        // Anything else (distributions, cache, registries, savings, ROI, patterns) is computed, not data.
    }

    /// A row made only of placeholders ("-", empty) is the seed's empty-table marker.
    static func isPlaceholder(_ cells: [String]) -> Bool {
        cells.allSatisfy(MarkdownInventoryCells.isBlank)
    }

    /// Rows that are not placeholders, with rows of the wrong width reported and dropped.
    mutating func dataRows(_ table: MarkdownDocument.Table, _ c: Columns, what: String) -> [(
        line: Int, cells: [String]
    )] {
        var out: [(Int, [String])] = []
        for row in table.rows where !Self.isPlaceholder(row.cells) {
            if row.cells.count != c.count {
                report(
                    row.line, "\(what) row has \(row.cells.count) cells, the table has \(c.count) columns; row skipped")
                continue
            }
            out.append((row.line, row.cells))
        }
        return out
    }

    /// "-" is absent; any other text (an empty cell included) is kept as written.
    static func optionalText(_ cell: String) -> String? {
        cell == "-" || cell == "—" ? nil : cell
    }

    /// Log text fields are never absent: the placeholder reads as empty.
    static func text(_ cell: String) -> String {
        MarkdownInventoryCells.isBlank(cell) ? "" : cell
    }

    static func count(_ cell: String) -> Int?? {
        if MarkdownInventoryCells.isBlank(cell) { return .some(nil) }
        let t = MarkdownDocument.plain(cell).replacingOccurrences(of: ",", with: "")
        guard let n = Int(t), n >= 0 else { return .none }
        return .some(n)
    }
}
