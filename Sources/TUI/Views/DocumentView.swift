import Model

/// Draws the visible part of a document: only the lines in the viewport are produced, and a
/// table whose header has scrolled away keeps it on the first line.
struct DocumentView<S: Screen> {
    let document: Document
    let scroll: ScrollState
    let top: Int
    let height: Int
    let left: Int
    let width: Int
    let showsSelection: Bool

    func draw(into screen: inout S) {
        let starts = blockStarts()
        var fits: [Int: TableFit] = [:]
        let selectedLine = showsSelection ? document.place(ofRow: scroll.cursor)?.line : nil
        for r in 0..<height {
            let line = scroll.top + r
            guard let b = starts.lastIndex(where: { $0 <= line }), line < starts[b] + document.blocks[b].lineCount
            else { continue }
            let offset = line - starts[b]
            let y = top + r
            switch document.blocks[b] {
            case .gap: continue
            case .text(let lines):
                var x = left
                for span in lines[offset].spans {
                    let text = TextWidth.truncate(Sanitizer.visible(span.text), to: left + width - x)
                    screen.put(text, row: y, column: x, style: Style(span.role))
                    x += TextWidth.of(text)
                }
            case .table(let table):
                let fit = fits[b] ?? TableFit.fit(table, width: width)
                fits[b] = fit
                let headerOffset = table.title == nil ? 0 : 1
                let lastRowOffset = headerOffset + max(table.rowCount, 1)
                // Keep the header while rows of this table are still below it.
                if r == 0 && offset > headerOffset && offset < lastRowOffset {
                    drawHeader(table, fit, row: y, into: &screen)
                } else if offset < headerOffset {
                    screen.put(
                        TextWidth.truncate(Sanitizer.visible(table.title ?? ""), to: width), row: y, column: left,
                        style: Style(.sectionTitle))
                } else if offset == headerOffset {
                    drawHeader(table, fit, row: y, into: &screen)
                } else if table.rowCount == 0 {
                    screen.put(
                        TextWidth.truncate(Sanitizer.visible(table.empty), to: width), row: y, column: left,
                        style: Style(.dim))
                } else {
                    drawRow(
                        table.row(offset - headerOffset - 1), table, fit, row: y, selected: line == selectedLine,
                        into: &screen)
                }
            }
        }
    }

    private func blockStarts() -> [Int] {
        var starts: [Int] = []
        var line = 0
        for block in document.blocks {
            starts.append(line)
            line += block.lineCount
        }
        return starts
    }

    private func drawHeader(_ table: Table, _ fit: TableFit, row y: Int, into screen: inout S) {
        let cells = table.columns.map { Cell($0.title, $0.isCursor ? .headerCursor : .header) }
        drawCells(cells, table, fit, row: y, selected: false, into: &screen)
    }

    private func drawRow(
        _ cells: [Cell], _ table: Table, _ fit: TableFit, row y: Int, selected: Bool, into screen: inout S
    ) {
        if selected {
            screen.put(
                String(repeating: " ", count: width + 2), row: y, column: left - 1,
                style: Style(.selection, selected: true))
        }
        drawCells(cells, table, fit, row: y, selected: selected, into: &screen)
    }

    private func drawCells(
        _ cells: [Cell], _ table: Table, _ fit: TableFit, row y: Int, selected: Bool, into screen: inout S
    ) {
        var x = left
        for (k, column) in fit.columns.enumerated() {
            let w = fit.widths[k]
            let cell = column < cells.count ? cells[column] : Cell("")
            let text = TextWidth.fit(
                Sanitizer.visible(cell.text), to: w, alignRight: table.columns[column].alignment == .right)
            screen.put(text, row: y, column: x, style: Style(cell.role, selected: selected))
            x += w + TableFit.gap
        }
    }
}
