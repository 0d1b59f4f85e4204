import Model

/// 2 Inventory: every project, filtered and sorted. Its keys: Enter opens the project detail,
/// `/` filters, `s`/`S` sort, `a` adds, `e` edits and `d` deletes the project under the cursor
/// (y commits the delete, u undoes it).
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
        case .sortNext, .sortReverse:
            let selected = s.selectedProject
            let q = s.inventory
            if action == .sortNext {
                let all = InventoryColumn.allCases
                let next = all[(q.sortColumn.rawValue + 1) % all.count]
                s.inventory.sort(by: next, descending: false, data: s.data)
            } else {
                s.inventory.sort(by: q.sortColumn, descending: !q.descending, data: s.data)
            }
            // Keep the same project selected.
            let cursor = selected.flatMap { s.inventory.order.firstIndex(of: $0) } ?? 0
            s.scroll[.inventory] = Scrolling.reveal(
                ScrollState(cursor: cursor, top: 0), in: Pages.document(s), height: Pages.height(s))
        case .rescan:
            return Rescan.start(s)
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
        if state.mode == .filter {
            line.append(Span(" · filter: ", .dim))
            line.append(Span(q.filter + "▏", .key))
        } else if !q.filter.isEmpty {
            line.append(Span(" · filter: ", .dim))
            line.append(Span(q.filter, .key))
        }
        return Document([.text([Line(line)]), .table(table(state))])
    }

    static func table(_ state: AppState) -> Table {
        let q = state.inventory
        let columns = InventoryColumn.allCases.map { column -> Column in
            var c = spec(column)
            if column == q.sortColumn { c.title += q.descending ? " ▼" : " ▲" }
            return c
        }
        let data = state.data
        let empty = q.filter.isEmpty ? "no projects yet" : "no project matches the filter"
        return Table(nil, columns, count: q.order.count, empty: empty, ref: { .project(q.order[$0]) }) { i in
            row(data, project: q.order[i])
        }
    }

    static func spec(_ column: InventoryColumn) -> Column {
        switch column {
        case .name: Column(column.title, width: 22, minimum: 12)
        case .owner: Column(column.title, width: 12, minimum: 8, dropOrder: 2)
        case .level: .number(column.title, width: 5)
        case .dockerfileType: Column(column.title, width: 10, minimum: -1, dropOrder: 1)
        case .imageSize: .number(column.title, width: 9)
        case .cachedBuild: .number(column.title, width: 6)
        case .multiArch: Column(column.title, width: 5, minimum: -1)
        case .status: Column(column.title, width: 15, minimum: -1)
        }
    }

    static func row(_ data: LedgerData, project index: Int) -> [Cell] {
        let p = data.ledger.projects[index]
        let d = p.docker
        return [
            Cell(p.name, p.isActive ? .normal : .dim),
            Cells.text(p.owner),
            Cell("L\(data.report.projectLevels[index])"),
            d == nil ? Cell("no Docker", .dim) : Cells.text(d?.dockerfileType?.rawValue),
            Cells.value(d?.imageSizeMB, .megabytes),
            Cells.value(d?.buildTimeCachedS, .seconds),
            arch(d?.platforms),
            status(data, project: index),
        ]
    }

    static func arch(_ platforms: [String]?) -> Cell {
        guard let platforms else { return Cell("-", .dim) }
        if platforms.count > 1 { return Cell("multi") }
        return Cell(platforms.first.map { $0.replacingOccurrences(of: "linux/", with: "") } ?? "none")
    }

    /// Archived, or the project's worst status with how many of its targets have it
    /// ("◐ 1 progressing", "○ 3 behind"), in the words of the project detail.
    static func status(_ data: LedgerData, project index: Int) -> Cell {
        let p = data.ledger.projects[index]
        guard p.isActive else { return Cell("archived", .dim) }
        let a = data.report.standings.summary(of: index, level: data.report.projectLevels[index])
        return Cell(Cells.glyph(a.status) + " " + a.text, Cells.role(a.status))
    }
}

/// The Inventory's own keys (bound in the keymap's `.inventory` and `.filterInput` contexts).
public enum InventoryAction: Equatable, Sendable {
    case openDetail, filter, applyFilter, clearFilter, clearFilterText, sortNext, sortReverse
    case add, edit, delete
    /// Read the project's repository again (in the background).
    case rescan
}
