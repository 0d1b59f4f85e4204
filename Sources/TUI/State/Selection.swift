import Model

/// What a tab's cursor is on, by the `RowRef` its row carries, never by a table's title: a
/// key means "the thing under the cursor" wherever a tab puts its tables.
extension AppState {
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

    /// Keeps every tab's cursor on one of its rows after an edit (an undo may remove the last row).
    mutating func keepCursorsInRange() {
        for (tab, scroll) in scroll where tab != .inventory {
            let document = tab.component.document(self, width: Pages.width(self))
            if scroll.cursor >= document.rowCount {
                self.scroll[tab] = Scrolling.reveal(scroll, in: document, height: max(1, bodyHeight))
            }
        }
    }

    /// After a resize: every tab's cursor and top fit the new size, so switching to a tab never
    /// shows a page scrolled past its end (blank until a key is pressed).
    mutating func reclampScrolls() {
        for (tab, scroll) in scroll {
            let document = tab.component.document(self, width: Pages.width(self))
            self.scroll[tab] = Scrolling.reveal(scroll, in: document, height: max(1, bodyHeight))
        }
    }

    /// After an edit, the cursor goes to the issue or log entry it added or changed.
    mutating func follow(_ edit: LedgerEdit) {
        switch edit {
        case .insertIssue(let issue, _), .replaceIssue(let issue, _):
            guard let index = ledger.issues.firstIndex(where: { $0.id == issue.id }) else { return }
            select(.issue(index), on: .issues)
        case .insertTemplateUpdate(_, let i): select(.logEntry(.templateUpdates, i), on: .log)
        case .insertBaseImageUpdate(_, let i): select(.logEntry(.baseImageUpdates, i), on: .log)
        case .insertVersion(_, let i): select(.logEntry(.versionHistory, i), on: .log)
        // A changelog entry's first row is its title.
        case .insertChangelog(_, let i): select(.logEntry(.changelog, i), on: .log)
        // Projects: the Inventory cursor follows them (Update.saved). Removals: the cursor stays
        // on its row, now the next one.
        // An undone settle brings its conflict back under the cursor.
        case .reopenConflict(let conflict, _, _): select(.conflict(conflict.path), on: .conflicts)
        case .insertProject, .removeProject, .replaceProject, .removeIssue, .removeTemplateUpdate,
            .removeBaseImageUpdate, .removeVersion, .removeChangelog, .settleConflict, .batch:
            break
        }
    }
}
