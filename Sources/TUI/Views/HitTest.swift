import Model

/// What is drawn at a screen cell, for the mouse. It uses the very layout the views draw with
/// (`Pages.top`/`height`/`width`, `TabBar.layout`, `TableFit`, `Document` lines), so a click
/// lands on what the user sees.
enum HitTest {
    enum Target: Equatable {
        case tab(Tab)
        /// The "‹" / "›" marks of a tab bar too narrow for every tab.
        case previousTab, nextTab
        /// A selectable row of the page (its index, as the cursor counts rows).
        case row(Int)
        /// The header of a table: the table's index among the document's tables and the
        /// column's index in the table's columns.
        case header(table: Int, column: Int)
        /// A field of the form on screen, by its index.
        case formField(Int)
    }

    static func target(row y: Int, column x: Int, _ state: AppState) -> Target? {
        if y == 1 { return tabBar(x, state) }
        let top = Pages.top(state)
        let height = Pages.height(state)
        guard y >= top, y < top + height else { return nil }
        if case .help = state.mode { return nil }
        if let form = state.mode.shownForm {
            // The form's own layout (no screen is drawn: the type only satisfies FormView's).
            let view = FormView<CellScreen>(form: form, top: top, height: height, width: state.size.columns)
            return view.field(atRow: y).map(Target.formField)
        }
        return body(line: y - top, column: x, state)
    }

    private static func tabBar(_ x: Int, _ state: AppState) -> Target? {
        let shown = Tab.allCases.filter { $0.isShown(in: state) }
        let entries = shown.map { TabBar.Entry(key: $0.key.map { String($0) }, title: $0.title) }
        let current = shown.firstIndex(of: state.tab) ?? 0
        let layout = TabBar.layout(entries, current: current, width: state.size.columns - 2)
        if x == 0 { return layout.hiddenBefore ? .previousTab : nil }
        if x == state.size.columns - 1 { return layout.hiddenAfter ? .nextTab : nil }
        // The labels shown are a run of the tabs around the current one.
        let first = current - layout.current
        var left = 1
        for (i, label) in layout.labels.enumerated() {
            let width = TextWidth.of(label)
            if x >= left && x < left + width { return .tab(shown[first + i]) }
            left += width + TabBar.gap
        }
        return nil
    }

    /// `r`: the body's screen line, from 0.
    private static func body(line r: Int, column x: Int, _ state: AppState) -> Target? {
        let document = Pages.document(state)
        let line = Pages.scroll(state).top + r
        var start = 0
        var firstRow = 0
        var tableIndex = 0
        for block in document.blocks {
            let count = block.lineCount
            defer { start += count }
            guard case .table(let table) = block else { continue }
            defer {
                firstRow += table.rowCount
                tableIndex += 1
            }
            guard line >= start, line < start + count else { continue }
            let offset = line - start
            let headerOffset = table.title == nil ? 0 : 1
            // The top line shows this table's header while its rows scroll under it.
            let keptHeader = r == 0 && offset > headerOffset && offset < headerOffset + 1 + max(table.rowCount, 1)
            if keptHeader || offset == headerOffset {
                return column(x, table, state).map { .header(table: tableIndex, column: $0) }
            }
            guard offset > headerOffset, table.rowCount > 0 else { return nil }
            return .row(firstRow + offset - headerOffset - 1)
        }
        return nil
    }

    /// The column drawn at x (gaps belong to the column on their left).
    private static func column(_ x: Int, _ table: Table, _ state: AppState) -> Int? {
        let fit = TableFit.fit(table, width: Pages.width(state))
        var left = 1
        for (k, column) in fit.columns.enumerated() {
            let right = left + fit.widths[k] + TableFit.gap
            if x >= left && x < right { return column }
            left = right
        }
        return nil
    }
}

extension Document {
    /// The tables in order.
    var tableBlocks: [Table] {
        blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
    }
}
