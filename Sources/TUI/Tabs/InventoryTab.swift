import Model

/// 2 Inventory: every project, filtered and sorted, in the columns chosen with `c`. Its keys:
/// Enter opens the project detail, `/` filters, `<`/`>` move the column cursor, `s`/`S` sort by
/// the column under it, `x` hides archived projects, `e` edits the cell under it in place, `E`
/// the whole project, `a` adds, `d` deletes (y commits the delete, u undoes it).
enum InventoryTab: TabComponent {
    static let title = "Inventory"
    static let keyContext: KeyContext? = .inventory

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? {
        guard case .inventory(let action) = action else { return nil }
        return perform(action, state)
    }

    static func perform(_ action: InventoryAction, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        switch action {
        case .openDetail:
            if let project = s.selectedProject { s.mode = .detail(project: project, ScrollState()) }
        case .filter:
            s.mode = .filter
        case .applyFilter:
            s.mode = .browse
        case .clearFilter:
            s.mode = .browse
            s.inventory.setFilter("", data: s.data)
            s.scroll[.inventory] = ScrollState()
        case .clearFilterText:
            // Ctrl-U, as in a form field: empty the line, keep typing.
            s.inventory.setFilter("", data: s.data)
            s.scroll[.inventory] = ScrollState()
        case .columnLeft, .columnRight:
            s.columns.cursor = InventoryColumns.step(action == .columnRight ? 1 : -1, from: s)
        case .sortByCursor:
            return (sort(by: InventoryColumns.cursor(s), descending: false, s), [])
        case .reverseSortByCursor:
            let column = InventoryColumns.cursor(s)
            let q = s.inventory
            return (sort(by: column, descending: q.sortColumn == column ? !q.descending : true, s), [])
        case .sort(let column):
            let q = s.inventory
            s.columns.cursor = column
            return (sort(by: column, descending: q.sortColumn == column && !q.descending, s), [])
        case .toggleArchived:
            let selected = s.selectedProject
            s.inventory.setHidesArchived(!s.inventory.hidesArchived, data: s.data)
            s = keepSelection(selected, s)
            s.message =
                s.inventory.hidesArchived ? "archived projects hidden (x shows them)" : "archived projects shown"
            return (s, [.saveSettings(s.settings)])
        case .chooseColumns:
            s.push(.page(.columns, ScrollState()))
        case .toggleColumn:
            return ColumnChooser.toggle(s)
        case .rescan:
            return Rescan.start(s)
        case .editCell:
            return CellEdit.start(s)
        case .add, .edit, .delete:
            // The editing keys open a form or a question; nothing changes until it is submitted
            // (Forms.submit) or answered (deleteConfirmed).
            if let refusal = Update.refusal(s) {
                s.message = refusal
                break
            }
            if action == .add {
                s.mode = .form(ProjectForm.make(editing: nil, draft: .new()))
                break
            }
            guard let index = s.selectedProject else {
                s.message = "no project selected"
                break
            }
            if action == .edit {
                s.mode = .form(ProjectForm.make(editing: index, draft: ProjectDraft(editing: s.ledger.projects[index])))
            } else {
                let name = s.ledger.projects[index].name
                if let count = ProjectCascade.issueCount(of: name, in: s.ledger) {
                    s.mode = .confirm(
                        Confirmation(
                            "Delete project \(name)? It has \(count): y deletes them too, k keeps them marked "
                                + "\"(deleted project)\", n cancels (u undoes it)", .deleteProject(index)))
                } else {
                    s.mode = .confirm(Confirmation("Delete project \(name)? (u undoes it)", .deleteProject(index)))
                }
            }
        }
        return (s, [])
    }

    /// Sorts by `column` (the column cursor goes there too), keeping the same project selected.
    /// A click on a header can do the same through `InventoryAction.sort(by:)`.
    static func sort(by column: InventoryColumn, descending: Bool, _ state: AppState) -> AppState {
        var s = state
        let selected = s.selectedProject
        s.columns.cursor = column
        s.inventory.sort(by: column, descending: descending, data: s.data)
        return keepSelection(selected, s)
    }

    /// Puts the cursor back on `project` (or the first row when it is no longer shown).
    private static func keepSelection(_ project: Int?, _ state: AppState) -> AppState {
        var s = state
        let cursor = project.flatMap { s.inventory.order.firstIndex(of: $0) } ?? 0
        s.scroll[.inventory] = Scrolling.reveal(
            ScrollState(cursor: cursor, top: 0), in: document(s, width: Pages.width(s)), height: Pages.height(s))
        return s
    }

    /// y (or k: keep its issues) to `d`'s question.
    static func deleteConfirmed(_ index: Int, keepIssues: Bool = false, _ state: AppState) -> (AppState, [Effect]) {
        guard state.ledger.projects.indices.contains(index) else { return (state, []) }
        return Update.commit(
            ProjectCascade.delete(index, issuesOf: keepIssues ? .keep : .delete, in: state.ledger), state)
    }

    /// Text typed while filtering; nil when the key is not text (then the keymap decides).
    static func typeFilter(_ key: Key, _ state: AppState) -> AppState? {
        var s = state
        switch key {
        case .char(let c):
            s.inventory.setFilter(s.inventory.filter + String(c), data: s.data)
        case .backspace:
            guard !s.inventory.filter.isEmpty else { return s }
            s.inventory.setFilter(String(s.inventory.filter.dropLast()), data: s.data)
        default:
            return nil
        }
        s.scroll[.inventory] = ScrollState()
        return s
    }

    static func document(_ state: AppState, width: Int) -> Document {
        let q = state.inventory
        let total = state.ledger.projects.count
        let arrow = q.descending ? "▼" : "▲"
        var line: [Span] = [
            Span("\(q.order.count) of \(total) projects · sorted by \(q.sortColumn.title) \(arrow)", .dim)
        ]
        if q.hidesArchived {
            let archived = total - state.report.counts.active
            line.append(Span(" · \(archived) archived hidden (x)", .key))
        }
        line += InventoryFilterLine.spans(state)
        return Document([
            .text([Line(line)] + [InventoryFilterLine.error(state)].compactMap { $0 }), .table(table(state)),
        ])
    }

    static func table(_ state: AppState) -> Table {
        let q = state.inventory
        let shown = state.columns.shown
        let columns = self.columns(state, cursor: InventoryColumns.cursor(state))
        let data = state.data
        let empty = q.filter.isEmpty ? "no projects yet" : "no project matches the filter"
        var table = Table(nil, columns, count: q.order.count, empty: empty, ref: { .project(q.order[$0]) }) { i in
            let project = q.order[i]
            return shown.map { InventoryCells.cell($0, data, project: project) }
        }
        // A click on a header sorts by that column, a second one the other way round.
        table.headerAction = { .inventory(.sort(by: shown[$0])) }
        return table
    }

    /// The table's columns: those chosen, the sort column's header with its arrow, the one under
    /// the column cursor highlighted.
    static func columns(_ state: AppState, cursor: InventoryColumn?) -> [Column] {
        let q = state.inventory
        return state.columns.shown.map { column in
            var c = InventoryCells.column(column)
            if column == q.sortColumn { c.title += q.descending ? " ▼" : " ▲" }
            c.isCursor = column == cursor
            return c
        }
    }
}

/// The Inventory's own keys (bound in the keymap's `.inventory`, `.columnChooser` and
/// `.filterInput` contexts).
public enum InventoryAction: Equatable, Sendable {
    case openDetail, filter, applyFilter, clearFilter, clearFilterText
    /// The column cursor one shown column left or right (`<`, `>`).
    case columnLeft, columnRight
    /// Sort by the column under the column cursor (`s`), or the other way round (`S`).
    case sortByCursor, reverseSortByCursor
    /// Sort by this column: ascending, or reversed when it is already the ascending sort (what a
    /// click on its header does).
    case sort(by: InventoryColumn)
    /// Hide or show archived projects (`x`).
    case toggleArchived
    /// The column chooser (`c`), and turning the column under its cursor on or off.
    case chooseColumns, toggleColumn
    /// `a` adds, `E` edits the whole project in a form, `e` the cell under the column cursor in
    /// place, `d` deletes.
    case add, edit, editCell, delete
    /// Read the project's repository again (in the background).
    case rescan

    /// Whether the action changes the ledger (refused when read-only).
    var edits: Bool {
        switch self {
        case .add, .edit, .editCell, .delete, .rescan: true
        case .openDetail, .filter, .applyFilter, .clearFilter, .clearFilterText, .columnLeft, .columnRight,
            .sortByCursor, .reverseSortByCursor, .sort, .toggleArchived, .chooseColumns, .toggleColumn:
            false
        }
    }
}
