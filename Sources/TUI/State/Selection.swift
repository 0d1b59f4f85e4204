import Model

/// Which row of which table a tab's cursor is on. Tables are found by title, so a key means
/// "the table under the cursor" wherever a tab puts its tables.
extension Document {
    /// The tables in order, each with the selectable row it starts at.
    var tables: [(table: Table, firstRow: Int)] {
        var out: [(Table, Int)] = []
        var row = 0
        for block in blocks {
            guard case .table(let t) = block else { continue }
            out.append((t, row))
            row += t.rowCount
        }
        return out
    }
}

extension AppState {
    /// The title of the table under `tab`'s cursor and the row within it; nil on a page without rows.
    func cursorTable(_ tab: Tab) -> (title: String?, index: Int)? {
        let document = Pages.tabDocument(tab, self, width: Pages.width(self))
        guard let place = document.place(ofRow: scrollState(tab).cursor) else { return nil }
        return (document.tables[place.tableIndex].table.title, place.indexInTable)
    }

    /// What the row under `tab`'s cursor stands for.
    func selectedRef(on tab: Tab) -> RowRef? {
        tab.component.document(self, width: Pages.width(self)).ref(ofRow: scrollState(tab).cursor)
    }

    /// Puts `tab`'s cursor on the (first) row standing for `ref` and scrolls it into view.
    mutating func select(_ ref: RowRef, on tab: Tab) {
        let document = tab.component.document(self, width: Pages.width(self))
        guard let row = document.row(of: ref) else { return }
        var scroll = scrollState(tab)
        scroll.cursor = row
        self.scroll[tab] = Scrolling.reveal(scroll, in: document, height: max(1, bodyHeight))
    }

    /// The flagged oversized image under the Quality cursor, else the first one flagged.
    var selectedOversizedProject: String? {
        let flagged = data.oversizedWithoutIssue
        if let (title, index) = cursorTable(.quality), title == QualityTab.oversizedTitle { return ledger.projects[flagged[index]].name }
        return flagged.first.map { ledger.projects[$0].name }
    }

    /// The Log table under the cursor (the schedule counts as base image updates).
    var selectedLogTable: LogTable {
        cursorTable(.log).flatMap { LogTab.logTable(titled: $0.title) } ?? .templateUpdates
    }

    /// Puts `tab`'s cursor on row `index` of the table titled `title` and scrolls it into view.
    mutating func select(row index: Int, inTableTitled title: String, on tab: Tab) {
        let document = Pages.tabDocument(tab, self, width: Pages.width(self))
        guard let start = document.tables.first(where: { $0.table.title == title }) else { return }
        var scroll = scrollState(tab)
        scroll.cursor = start.firstRow + min(index, max(0, start.table.rowCount - 1))
        self.scroll[tab] = Scrolling.reveal(scroll, in: document, height: max(1, bodyHeight))
    }

    /// Keeps every tab's cursor on one of its rows after an edit (an undo may remove the last row).
    mutating func keepCursorsInRange() {
        for (tab, scroll) in scroll where tab != .inventory {
            let document = Pages.tabDocument(tab, self, width: Pages.width(self))
            if scroll.cursor >= document.rowCount {
                self.scroll[tab] = Scrolling.reveal(scroll, in: document, height: max(1, bodyHeight))
            }
        }
    }

    /// After an edit, the cursor goes to the issue or log entry it added or changed.
    mutating func follow(_ edit: LedgerEdit) {
        switch edit {
        case .insertIssue(let issue, _), .replaceIssue(let issue, _):
            guard let index = ledger.issues.firstIndex(where: { $0.id == issue.id }) else { return }
            select(.issue(index), on: .issues)
        case .insertTemplateUpdate(_, let i): select(row: i, inTableTitled: LogTable.templateUpdates.title, on: .log)
        case .insertBaseImageUpdate(_, let i): select(row: i, inTableTitled: LogTable.baseImageUpdates.title, on: .log)
        case .insertVersion(_, let i): select(row: i, inTableTitled: LogTable.versionHistory.title, on: .log)
        // The changelog is drawn newest first: a new entry's title is the table's first row.
        case .insertChangelog: select(row: 0, inTableTitled: LogTab.changelogTitle, on: .log)
        default: break
        }
    }
}
