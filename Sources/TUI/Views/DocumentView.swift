import Foundation
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
    /// The `/` search's text, marked wherever it shows, and the line of the match it is on.
    var highlight: String? = nil
    var currentLine: Int? = nil

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
                    mark(text, at: x, row: y, current: line == currentLine, selected: false, into: &screen)
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
                    let title = TextWidth.truncate(Sanitizer.visible(table.title ?? ""), to: width)
                    screen.put(title, row: y, column: left, style: Style(.sectionTitle))
                    mark(title, at: left, row: y, current: line == currentLine, selected: false, into: &screen)
                } else if offset == headerOffset {
                    drawHeader(table, fit, row: y, into: &screen)
                } else if table.rowCount == 0 {
                    screen.put(
                        TextWidth.truncate(Sanitizer.visible(table.empty), to: width), row: y, column: left,
                        style: Style(.dim))
                } else {
                    drawRow(
                        table.row(offset - headerOffset - 1), table, fit, row: y, selected: line == selectedLine,
                        current: line == currentLine, into: &screen)
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
        drawCells(cells, table, fit, row: y, selected: false, marks: false, into: &screen)
    }

    private func drawRow(
        _ cells: [Cell], _ table: Table, _ fit: TableFit, row y: Int, selected: Bool, current: Bool,
        into screen: inout S
    ) {
        if selected {
            screen.put(
                String(repeating: " ", count: width + 2), row: y, column: left - 1,
                style: Style(.selection, selected: true))
        }
        drawCells(cells, table, fit, row: y, selected: selected, current: current, into: &screen)
    }

    private func drawCells(
        _ cells: [Cell], _ table: Table, _ fit: TableFit, row y: Int, selected: Bool, current: Bool = false,
        marks: Bool = true, into screen: inout S
    ) {
        var x = left
        for (k, column) in fit.columns.enumerated() {
            let w = fit.widths[k]
            let cell = column < cells.count ? cells[column] : Cell("")
            let text = TextWidth.fit(
                Sanitizer.visible(cell.text), to: w, alignRight: table.columns[column].alignment == .right)
            screen.put(text, row: y, column: x, style: Style(cell.role, selected: selected))
            if marks { mark(text, at: x, row: y, current: current, selected: selected, into: &screen) }
            x += w + TableFit.gap
        }
    }

    /// Draws each occurrence of the search text in `text` (drawn at x) again in the match role.
    private func mark(_ text: String, at x: Int, row y: Int, current: Bool, selected: Bool, into screen: inout S) {
        guard let highlight, !highlight.isEmpty else { return }
        var from = text.startIndex
        while from < text.endIndex,
            let found = text.range(of: highlight, options: .caseInsensitive, range: from..<text.endIndex)
        {
            let column = x + TextWidth.of(String(text[text.startIndex..<found.lowerBound]))
            screen.put(
                String(text[found]), row: y, column: column,
                style: Style(current ? .searchCurrent : .searchMatch, selected: selected))
            from = found.upperBound
        }
    }
}
