import Model

/// Decides column widths for a table at a given width: wanted widths first; when too wide,
/// text columns are squeezed (cut with "…") down to their minimum, then the columns with the
/// highest drop order are left out. Numbers are never squeezed (minimum -1 means "as wanted").
public struct TableFit: Equatable {
    /// Indexes of the shown columns and their widths.
    public let columns: [Int]
    public let widths: [Int]
    public static let gap = 2

    /// Wanted widths come from the column or, when it leaves them open, from the header and
    /// the rows; at most `sample` rows are measured so huge tables stay cheap.
    public static func fit(_ table: Table, width available: Int, sample: Int = 300) -> TableFit {
        var wanted = table.columns.map { TextWidth.of($0.title) }
        let measureRows = min(table.rowCount, sample)
        let open = table.columns.indices.filter { table.columns[$0].width == nil }
        if !open.isEmpty {
            for r in 0..<measureRows {
                let cells = table.row(r)
                for i in open where i < cells.count {
                    wanted[i] = max(wanted[i], TextWidth.of(Sanitizer.visible(cells[i].text)))
                }
            }
        }
        for (i, c) in table.columns.enumerated() { if let w = c.width { wanted[i] = max(wanted[i], w) } }

        var shown = Array(table.columns.indices)
        while true {
            var widths = shown.map { wanted[$0] }
            let total = widths.reduce(0, +) + gap * max(0, shown.count - 1)
            var excess = total - available
            if excess > 0 {
                // Squeeze the column with the most room above its minimum, one cell at a time.
                while excess > 0 {
                    func slack(_ k: Int) -> Int {
                        let c = table.columns[shown[k]]
                        return c.minimum < 0 ? 0 : widths[k] - max(c.minimum, TextWidth.of(c.title))
                    }
                    guard let k = shown.indices.filter({ slack($0) > 0 }).max(by: { slack($0) < slack($1) }) else {
                        break
                    }
                    // One column at a time keeps the squeezed columns level with each other.
                    widths[k] -= 1
                    excess -= 1
                }
            }
            if excess <= 0 || shown.count <= 1 { return TableFit(columns: shown, widths: widths) }
            // Still too wide: leave out the most droppable column.
            guard
                let drop = shown.filter({ table.columns[$0].dropOrder > 0 }).max(by: {
                    table.columns[$0].dropOrder < table.columns[$1].dropOrder
                })
            else {
                return TableFit(columns: shown, widths: widths)
            }
            shown.removeAll { $0 == drop }
        }
    }
}
